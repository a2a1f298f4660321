"""An event's end told in a sentence of its own ("Кампания продлится до 21 апреля"), and a Kyrgyz dateline
followed at once by the lead's own day."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.dates import find_dates
from etl.text import fold


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text))
    return [(e.event_type, e.start_date, e.end_date) for e in extract(doc).events]


@pytest.mark.parametrize(("text", "end"), [
    ("Заголовок\n\nБишкек, 10 апреля 2025 г. — 7 апреля в Сокулукском районе стартовала кампания по "
     "информированию родителей. Медики обходят дома.\n\nКампания продлится до 21 апреля.", "2025-04-21"),
    ("Аталыш\n\nКара-Балта, 2025-жылдын 3-майы — 2-майда Жайыл районунда «Таза айыл» акциясы башталды. "
     "Акцияга 200 киши катышты.\n\nАкция 10-майга чейин уланат.", "2025-05-10"),
    ("Title\n\nOsh, 3 May 2025 - On 2 May a cleanup campaign started in Kara-Suu district. 200 volunteers "
     "joined it.\n\nThe campaign will run until 12 May.", "2025-05-12"),
])
def test_an_end_told_apart_extends_the_event(text: str, end: str) -> None:
    assert _events(text)[0][2] == end


def test_an_intake_deadline_is_no_end() -> None:
    text = ("Заголовок\n\nБишкек, 3 мая 2025 г. — 2 мая в Таласе стартовал конкурс бизнес-идей для молодежи. "
            "Прием заявок продлится до 20 мая.")
    assert _events(text)[0][1:] == ("2025-05-02", "2025-05-02")


@pytest.mark.parametrize(("text", "days"), [
    ("Ош, 2025-жылдын 3-майы — 2-майда", [(2025, 5, 3), (None, 5, 2)]),
    ("Нарын, 2025-жылдын 12-марты — 11-мартта", [(2025, 3, 12), (None, 3, 11)]),
    ("2025-жылдын 28-декабрынан 3-январына чейин", [(2025, 12, 28)]),
])
def test_a_day_before_the_first_is_a_date_of_its_own(text: str, days: list[tuple[int | None, int, int]]) -> None:
    assert [(d.y1, d.m1, d.d1) for d in find_dates(fold(text))] == days
