"""What an event's own text tells after it is part of it, unless dated on its own: goods handed over during
a training, "the meeting" that names a contest's final again, the visits volunteers make during a campaign."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract


def types(text: str) -> list[str]:
    doc = Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text))
    return [e.event_type for e in extract(doc).events]


@pytest.mark.parametrize(("text", "expected"), [
    ("12 марта 2025 года в городе Нарын прошёл тренинг для учителей. В ходе тренинга школам передано оборудование "
     "на сумму 200 тыс. сомов.", ["training"]),
    ("On 12 March 2025 a training for nurses was held in Naryn. During the training, the clinics were handed over "
     "equipment worth USD 5,000.", ["training"]),
    ("2025-жылдын 12-мартында Нарын шаарында мыкты мектеп сынагынын финалы өттү. Жыйынга 40 киши катышты.",
     ["competition"]),
    ("12 марта 2025 года в Нарыне прошёл финал конкурса «Лучшая школа». Во встрече приняли участие 40 человек.",
     ["competition"]),
    ("С 3 по 5 июня 2025 года в Кочкорском районе прошла кампания по профилактике бруцеллёза. Волонтёры и "
     "ветеринары побывали в 12 школах Кочкорского района, где провели занятия для 900 учеников.", ["campaign"]),
    ("From 3 to 5 June 2025 a vaccination campaign took place in Kochkor district. Volunteers and nurses visited "
     "12 schools of Kochkor district, where they held lessons for 900 pupils.", ["campaign"]),
])
def test_told_within_the_event(text: str, expected: list[str]) -> None:
    assert types(text) == expected


def test_a_meeting_dated_on_its_own_stays() -> None:
    got = types("12 марта 2025 года в Нарыне прошёл финал конкурса «Лучшая школа». А 14 марта в мэрии состоялась "
                "встреча победителей с мэром.")
    assert got == ["competition", "meeting"]
