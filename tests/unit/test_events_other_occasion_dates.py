"""The date of an earlier or similar occasion told before the reported event ("В прошлом году, 5 февраля
2024 года, уже прошел подобный тренинг") gives way to the reported event's own date."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _dates(text: str) -> list[str | None]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [e.start_date for e in extract(doc).events]


@pytest.mark.parametrize("text", [
    "Тренинг в Оше\n\nВ прошлом году, 5 февраля 2024 года, в Нарыне уже прошел подобный тренинг. А 12 марта "
    "2025 года тренинг прошел в Оше для 25 учителей.",
    "Training in Osh\n\nA similar training was held on 5 February 2024 in Naryn. On 12 March 2025 the training "
    "took place in Osh for 25 teachers.",
    "Ошто тренинг\n\nБылтыр, 2024-жылдын 5-февралында Нарында окшош тренинг өткөн. 2025-жылдын 12-мартында "
    "Ошто 25 мугалим үчүн тренинг өттү.",
])
def test_an_earlier_similar_occasion_does_not_date_the_event(text: str) -> None:
    assert _dates(text) == ["2025-03-12"]


def test_an_occasion_told_alone_still_dates_the_event() -> None:
    text = "Тренинг в Оше\n\nАналогичный тренинг 12 марта 2025 года прошел в Оше для 25 учителей."
    assert _dates(text) == ["2025-03-12"]
