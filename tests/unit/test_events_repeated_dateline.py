"""The report's day told a second time without its year ("KARAKOL, Dec 8 (24.kg) -" under a metadata
line "08/12/2025 11:26") is the dateline again, never the event's day."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.dateline import repeats_dateline
from etl.extract.dates import find_dates
from etl.text import fold


def _events(text: str) -> list[dict]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()["events"]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Seminar in Osh\nNews | 14/03/2025 09:10\nOSH, Mar 14 (Kabar) - A seminar for teachers was held in Osh "
     "on 11-12 March 2025.", "2025-03-11", "2025-03-12"),
    ("Семинар в Оше\nОбщество | 14.03.2025 09:10\nОШ, 14 мар — Sputnik. Семинар для учителей прошёл в Оше "
     "11–12 марта 2025 года.", "2025-03-11", "2025-03-12"),
    ("Ошто семинар\nКоом | 14.03.2025\nОш, 14-март — Кабар. Ош шаарында 2025-жылдын 11-12-мартында "
     "мугалимдер үчүн семинар өттү.", "2025-03-11", "2025-03-12"),
])
def test_the_dateline_repeated_without_its_year_is_not_the_event_day(text: str, start: str, end: str) -> None:
    events = _events(text)
    assert [(e["start_date"], e["end_date"], e["year_inferred"]) for e in events] == [(start, end, False)]


def test_only_the_dateline_day_in_a_datelines_form_repeats_it() -> None:
    folded = fold("News | 14/03/2025 09:10\nOSH, Mar 14 (Kabar) - On Mar 12 a seminar was held.")
    line, again, event = find_dates(folded)
    assert repeats_dateline(folded, again, line)
    assert not repeats_dateline(folded, event, line)  # another day, and not set out as a dateline
