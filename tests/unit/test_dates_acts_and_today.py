"""An act's date before its number is no event date; "today" with a verb of starting takes the dateline's day."""

from __future__ import annotations

import pytest

from etl.documents import read_bytes
from etl.extract.pipeline import extract


def _dates(text: str) -> list[str | None]:
    return [e["start_date"] for e in extract(read_bytes(text.encode(), "r.txt")).to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "Президентинин 2024-жылдын 7-мартындагы № 62 Жарлыгы менен бекитилген программанын алкагында жолугушуу "
    "2024-жылдын 10-октябрь күнү Кара-Суу шаарында өткөрүлдү.",
    "Министрликтин 2023-жылдын 5-июнундагы №45 буйругу менен семинар 2024-жылдын 10-октябрында Нарында өттү.",
])
def test_an_acts_date_and_number_are_not_the_events(text: str) -> None:
    assert _dates(text) == ["2024-10-10"]


@pytest.mark.parametrize("text", [
    "Osh, July 30, 2019. /Kabar/. The International Youth Forum has begun today in Osh.",
    "Ош, 30 июля 2019 года. Сегодня в Оше начал работу Международный молодежный форум.",
    "Osh, July 30, 2019. The youth forum kicked off today in Osh.",
])
def test_today_with_a_verb_of_starting_is_the_datelines_day(text: str) -> None:
    assert _dates(text) == ["2019-07-30"]
