"""Events held within a named event, events recalled from before, and an event only framed by another."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[dict]:  # type: ignore[type-arg]
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()["events"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("text", [
    "14 мая 2025 года в Нарыне прошёл форум фермеров.\n\nВ рамках форума состоялся круглый стол по сбыту.",
    "On 14 May 2025 a farmers' forum was held in Naryn.\n\nAs part of the forum, a round table on sales took place.",
    "2025-жылдын 14-майында Нарында фермерлер форуму өттү.\n\nФорумдун алкагында сатуу боюнча тегерек үстөл да өттү.",
])
def test_an_event_held_within_a_named_event_is_its_own(text: str) -> None:
    assert [e["event_type"] for e in _events(text)] == ["forum", "round_table"]


def test_a_meeting_within_a_visit_stays_the_visit() -> None:
    text = "14 мая 2025 года министр посетил Нарын. В рамках визита состоялась встреча с акимом."
    assert [e["event_type"] for e in _events(text)] == ["visit"]


def test_an_event_framed_by_a_campaign_is_not_the_campaign() -> None:
    text = ("2024-жылдын 28-ноябрында Таласта тегерек стол өттү. Ага 30 киши катышты.\n\n"
            "Иш-чара 16 күндүк активдүүлүк кампаниясынын алкагында өткөрүлдү.")
    assert [e["event_type"] for e in _events(text)] == ["round_table"]


@pytest.mark.parametrize("text", [
    "12 марта 2025 года в Оше прошёл тренинг для учителей. В нём участвовали 30 человек.\n\n"
    "Напомним, 5 февраля 2025 года в Оше прошёл круглый стол для директоров, в нём участвовали 25 человек.",
    "On 12 March 2025 a training for teachers was held in Osh. 30 teachers took part.\n\n"
    "Earlier, on 5 February 2025, a round table for directors was held in Osh with 25 participants.",
    "2025-жылдын 12-мартында Ошто мугалимдер үчүн тренинг өттү. Ага 30 мугалим катышты.\n\n"
    "Буга чейин, 2025-жылдын 5-февралында, Ошто директорлор үчүн тегерек стол өткөн, ага 25 директор катышкан.",
])
def test_an_event_recalled_from_before_is_no_event_and_its_figures_none(text: str) -> None:
    events = _events(text)
    assert [(e["event_type"], e["start_date"]) for e in events] == [("training", "2025-03-12")]
    assert [i["value"] for i in events[0]["indicators"]] == [30]


def test_the_text_after_a_recalled_paragraph_is_the_events_again() -> None:
    text = ("12 марта 2025 года в Оше прошёл тренинг для учителей.\n\n"
            "Напомним, 5 февраля 2025 года в Оше прошёл круглый стол для директоров.\n\n"
            "Всего в тренинге участвовали 30 человек.")
    events = _events(text)
    assert [i["value"] for i in events[0]["indicators"]] == [30]
