"""A report dated the day its first event began may tell, in the past tense, what followed on the next days: those
events took place, while a plan after the dateline stays out."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text))
    return [(e.event_type, e.start_date) for e in extract(doc).events]


@pytest.mark.parametrize(("text", "second"), [
    ("Заголовок\n05.06.2025 18:10\n\n5 июня 2025 года в Оше прошел форум молодежи.\n\n"
     "На следующий день, 6 июня, для 30 волонтеров прошел тренинг по первой помощи.", ("training", "2025-06-06")),
    ("Title\nKarakol, 5 June 2025\n\nOn 5 June 2025 a forum of women leaders took place in Karakol.\n\n"
     "On 6–7 June, a two-day training was held for 25 of its participants.", ("training", "2025-06-06")),
    ("Аталыш\n05.06.2025 18:10\n\n2025-жылдын 5-июнунда Нарында жаштар форуму өттү.\n\n"
     "Эртеси, 6-июнда, 30 ыктыярчы үчүн тренинг өткөрүлдү.", ("training", "2025-06-06")),
])
def test_an_event_told_past_on_the_days_after_the_dateline_took_place(text: str, second: tuple[str, str]) -> None:
    assert _events(text)[1:] == [second]


@pytest.mark.parametrize("text", [
    "Заголовок\n05.06.2025 18:10\n\n5 июня 2025 года в Оше прошел форум молодежи.\n\n"
    "Следующий тренинг для волонтеров пройдет 6 июня.",
    "Title\nKarakol, 5 June 2025\n\nOn 5 June 2025 a forum of women leaders took place in Karakol.\n\n"
    "A training for its participants will be held on 7 June.",
    "Заголовок\n05.06.2025 18:10\n\n5 июня 2025 года в Оше прошел форум молодежи.\n\n"
    "20 июня для волонтеров был проведен тренинг по первой помощи.",
])
def test_a_plan_or_a_day_far_after_the_dateline_is_no_event(text: str) -> None:
    assert [t for t, _ in _events(text)] == ["forum"]
