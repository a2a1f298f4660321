"""A campaign named by how long it runs ("месячник", "декадник") is a campaign; an event word naming where a
training's people came from ("for 24 of the forum's participants", "для участников форума") is not the one held."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text))
    return [(e.event_type, e.start_date, e.end_date) for e in extract(doc).events]


@pytest.mark.parametrize("text", [
    "Заголовок\n14.05.2025\n\nС 1 по 10 мая 2025 года в Таласском районе прошел декадник по профилактике пожаров.",
    "Заголовок\n14.05.2025\n\nС 1 по 10 мая 2025 года в районе проходит месячник безопасности дорожного движения.",
])
def test_a_campaign_named_by_its_length(text: str) -> None:
    assert _events(text) == [("campaign", "2025-05-01", "2025-05-10")]


@pytest.mark.parametrize("second", [
    "On 10 June, a training on first aid was held for 20 of the forum's participants.",
    "10 июня для 20 участников форума был проведен тренинг по первой помощи.",
])
def test_the_event_its_people_came_from_is_not_the_one_held(second: str) -> None:
    text = f"Title\n12.06.2025\n\nOn 9 June 2025 a youth forum took place in Osh.\n\n{second}"
    assert [t for t, _, _ in _events(text)] == ["forum", "training"]


@pytest.mark.parametrize("second", [
    "Церемонию провели совместно с банком «Компаньон», спонсором конкурса.",
    "The ceremony was held together with Kompanion Bank, the contest's sponsor, in the city hall.",
    "The ceremony was organised with the partner of the competition, the Naryn Youth Centre.",
])
def test_a_contest_named_as_what_a_sponsor_belongs_to_is_not_held(second: str) -> None:
    text = f"Title\n12.06.2025\n\nOn 9 June 2025 grants were awarded to 12 youth initiatives in Naryn.\n\n{second}"
    assert [t for t, _, _ in _events(text)] == ["grant_award"]
