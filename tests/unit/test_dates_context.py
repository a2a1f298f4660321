"""Context of a date: founding words in their own forms, headings above, "today" under a dateline."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.dates import find_dates, non_event_reason
from etl.text import fold


def _report(text: str) -> dict:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()


@pytest.mark.parametrize(("text", "is_event"), [
    ("Развитие инклюзивного образования\n\n1 ноября 2023 года в Бишкеке состоялся форум.", True),
    ("В рамках проекта для создания 12 марта 2023 года прошла встреча.", True),
    ("Организация образована 12 марта 1995 года.", False),
    ("Фонд создан 1 июня 2001 года.", False),
])
def test_founding_words_in_their_own_forms(text: str, is_event: bool) -> None:
    folded = fold(text)
    d = next(m for m in find_dates(folded) if m.precision == "day")
    assert (non_event_reason(folded, d, (0, len(folded))) is None) is is_event


def test_an_event_held_today_is_on_the_datelines_day() -> None:
    report = _report("NEWS RELEASE\n\nBISHKEK, 21 September 2023 – WFP and the Ministry today presented the "
                     "results of the programme at an event in Bishkek.")
    assert report["published_date"] == "2023-09-21"
    (event,) = report["events"]
    assert (event["event_type"], event["start_date"], event["year_inferred"]) == ("presentation", "2023-09-21", False)
    assert "no_event_date" not in {q["code"] for q in report["quality_flags"]}


def test_a_date_of_its_own_beats_today() -> None:
    report = _report("Бишкек, 2 ноября 2023 г.\n\nСегодня подведены итоги: 1 ноября 2023 года в Бишкеке "
                     "состоялся форум.")
    assert [e["start_date"] for e in report["events"]] == ["2023-11-01"]


@pytest.mark.parametrize(("text", "is_event"), [
    ("Следующий тренинг пройдёт 20 мая в Нарыне.", False),
    ("Кийинки тренинг 20-майда өткөрүлөт.", False),
    ("The next training will be held on 20 May 2024.", False),
    ("Встреча, намеченная на 5 марта 2024 года, перенесена.", False),
    ("На следующий день, 21 марта 2024 года, состоялась встреча.", True),
])
def test_the_next_stage_and_moved_events_are_not_the_reported_day(text: str, is_event: bool) -> None:
    folded = fold(text)
    (d,) = find_dates(folded)
    assert (non_event_reason(folded, d, (0, len(folded))) is None) is is_event
