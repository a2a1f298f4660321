"""A yearless event date takes its year from the text only where the text tells of events: a dateline,
an "updated" stamp or a report's own foot date dates the text, so the year is then inferred (and flagged)."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _report(text: str) -> tuple[list[tuple[str | None, bool]], list[str]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    r = extract(doc)
    return [(e.start_date, e.year_inferred) for e in r.events], [f.code for f in r.quality_flags]


_RU = "Тренинг в Оше\n{}\n\n10 марта в Оше прошел тренинг для 25 учителей."


@pytest.mark.parametrize("text", [
    _RU.format("Обновлено: 15.03.2025"),
    _RU.format("Изменено 15.03.2025, 10:12"),
    "Ошто тренинг өттү\nЖаңыртылды: 15.03.2025\n\n10-мартта Ошто 25 мугалим үчүн тренинг өттү.",
    "Training in Osh\nUpdated: 15 March 2025\n\nOn 10 March a training for 25 teachers took place in Osh.",
])
def test_an_updated_stamp_gives_no_event_its_year(text: str) -> None:
    events, flags = _report(text)
    assert events == [("2025-03-10", True)]
    assert "year_inferred" in flags


def test_an_earlier_event_date_in_the_text_gives_its_year() -> None:
    text = ("Тренинг в Оше\n\n9 марта 2025 года в Оше прошла встреча с родителями. На следующий день, 10 марта, "
            "прошел тренинг для 25 учителей.")
    events, flags = _report(text)
    assert ("2025-03-09", False) in events
    assert "year_inferred" not in flags


@pytest.mark.parametrize("text", [
    "Тренинг в Оше\nОбновлено: 15.03.2025\n\nВ Оше прошел тренинг для 25 учителей.",
    "Отчет\n\nВ марте в селе Ак-Суу прошел тренинг для 20 фермеров. Участники получили сертификаты.\n\n"
    "Составил: координатор И. Осмонов, 31.03.2025",
])
def test_an_updated_stamp_or_a_signed_foot_date_is_no_events_date(text: str) -> None:
    events, flags = _report(text)
    assert events == [(None, False)]
    assert "no_event_date" in flags
