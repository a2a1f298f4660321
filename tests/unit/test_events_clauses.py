"""Two events told in one sentence, each in a clause with its own date, are two events."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e.event_type, e.start_date) for e in extract(doc).events]


@pytest.mark.parametrize("text", [
    "12-13 марта 2025 года в Оше прошел тренинг для 25 учителей, а 14 марта — круглый стол для 30 директоров.",
    "On 12-13 March 2025 a training for 25 teachers took place in Osh, and on 14 March a round table for 30 "
    "school directors.",
    "Ошто 2025-жылдын 12-13-мартында 25 мугалим үчүн тренинг, 14-мартта 30 директор үчүн тегерек стол өттү.",
])
def test_two_dated_clauses_tell_two_events(text: str) -> None:
    assert _events(text) == [("training", "2025-03-12"), ("round_table", "2025-03-14")]


@pytest.mark.parametrize("text", [
    # one kind of event in both clauses, or a second date in a clause without an event word
    "12 марта 2025 года в Оше прошел тренинг для учителей, а 14 марта — тренинг для директоров.",
    "12-13 марта 2025 года в Оше прошел тренинг для 25 учителей, 20 из них получили сертификаты 13 марта.",
])
def test_a_sentence_telling_one_kind_of_event_stays_one(text: str) -> None:
    assert [t for t, _ in _events(text)] == ["training"]


@pytest.mark.parametrize("text", [
    "Training in Osh\n\nOn 12 March 2025 a training for 25 teachers took place in Osh. The project had previously "
    "held a round table for 40 school directors on 5 February.",
    "Тренинг в Оше\n\n12 марта 2025 года в Оше прошел тренинг для 25 учителей. А 5 февраля в рамках проекта уже был "
    "проведен круглый стол для 40 директоров.",
    "Ошто тренинг\n\n2025-жылдын 12-мартында Ошто 25 мугалим үчүн тренинг өттү. Долбоордун алкагында буга чейин, "
    "5-февралда, 40 директор үчүн тегерек стол өткөрүлгөн.",
])
def test_an_earlier_event_recalled_inside_a_paragraph_is_no_event(text: str) -> None:
    assert _events(text) == [("training", "2025-03-12")]
