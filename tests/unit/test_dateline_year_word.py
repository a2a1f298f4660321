"""A place and a numeric date whose year word ("г.") or own dot ends it, with the lead's date right after
on the same line, is the report's dateline, not the event's day."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract


def _report(text: str) -> tuple[str | None, list[str | None]]:
    r = extract(Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text)))
    return r.published_date, [e.start_date for e in r.events]


@pytest.mark.parametrize("text", [
    "Семинар в Нарыне\n\nНарын, 15.04.2025 г. 14 апреля в Нарыне прошёл семинар для 30 фермеров.",
    "Семинар в Нарыне\n\nНарын, 15.04.2025. 14 апреля в Нарыне прошёл семинар для 30 фермеров.",
    "Нарында семинар өттү\n\nНарын, 15.04.2025-ж. 14-апрелде Нарын шаарында 30 фермер үчүн семинар өттү.",
])
def test_a_numeric_dateline_before_the_lead(text: str) -> None:
    assert _report(text) == ("2025-04-15", ["2025-04-14"])
