"""Owners are people a training counts; households are no indicator and end the counted phrase; a span of
earlier years told with its adjective ("за два предыдущих года", "in the previous three years") is history, and
so is a span cited "по данным фонда" (the body's records, not a speaker at the event)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "value"), [
    ("В тренинге приняли участие 26 владельцев кафе.", 26),
    ("Seventeen shop owners took part in the workshop.", 17),
])
def test_owners_take_part(text: str, value: int) -> None:
    assert ("participants", "total", value, "person") in indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize("text", [
    "40 семей прошли курсы по ведению хозяйства.",
    "12 families attended sessions on budgeting.",
])
def test_households_count_no_session(text: str) -> None:
    assert not [t for t in indicator_tuples(text, skip_dates=True) if t[0] == "sessions_held"]


@pytest.mark.parametrize("text", [
    "Фонд работает с 2015 года. За пять последних лет обучение прошли 480 фермеров.",
    "The foundation was set up in 2015. In the previous four years it trained 480 farmers.",
])
def test_earlier_years_are_history(text: str) -> None:
    assert not [t for t in indicator_tuples(text, skip_dates=True) if t[0] == "people_trained"]


def test_a_bodys_records_are_the_writers_source() -> None:
    text = ("Ассоциация работает с 2016 года. По данным ассоциации, за это время обучение прошли более 700 "
            "фермеров.")
    assert not [t for t in indicator_tuples(text, skip_dates=True) if t[0] == "people_trained"]


def test_bodies_of_territorial_self_government_are_institutions() -> None:
    text = "В конкурсе участвовали 12 органов территориального общественного самоуправления города."
    assert ("institutions_covered", "total", 12, "institution") in indicator_tuples(text, skip_dates=True)


def test_heads_of_units_are_people() -> None:
    text = "В совещании приняли участие 14 заведующих детскими садами."
    assert indicator_tuples(text, skip_dates=True) == [("participants", "total", 14, "person")]
