"""Counts stating an area's or a facility's standing state, a population, a part of places already counted,
or the minutes of a clock time are no coverage; what the event covered or reached stays."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _kinds(text: str) -> list[tuple[str, float]]:
    return [(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)
            if t[0] in ("settlements_covered", "institutions_covered", "beneficiaries")]


@pytest.mark.parametrize("text", [
    # a quoted speaker on the area's state
    "По словам главы района, 14 сёл до сих пор остаются без газа.",
    "Акимдин айтымында, облустагы 25 бала бакча начар абалда.",
    "According to the district doctor, 6,000 patients with diabetes are registered in the district.",
    "Директор добавил, что школа рассчитана на 400 учеников.",
    # a sentence scoped to the whole area with a stative predicate
    "В Таласской области 40 сёл нуждаются в ремонте водопроводов.",
    "In the district 17 schools remain in poor condition.",
    # a population named with its place
    "The village of about 2,600 residents has one school.",
    "Село с населением 4 200 человек расположено у границы.",
])
def test_area_state_is_no_coverage(text: str) -> None:
    assert _kinds(text) == []


def test_part_of_places_already_counted_adds_none() -> None:
    text = "За год программа охватила 31 айылный аймак Ошской области, и 12 из них утвердили планы развития."
    assert _kinds(text) == [("settlements_covered", 31)]


def test_clock_minutes_count_nothing() -> None:
    text = "12.03.2025 · 09:45 · Аймактар\nТренингге 25 мугалим катышты."
    assert ("settlements_covered", 45) not in _kinds(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("По словам организаторов, проект охватил 12 сёл района.", ("settlements_covered", 12)),
    ("According to the mayor, 5,200 residents received clean drinking water.", ("beneficiaries", 5200)),
    ("В Нарынском районе тренинги прошли в 9 айылных аймаках.", ("settlements_covered", 9)),
])
def test_event_coverage_said_by_a_speaker_stays(text: str, pair: tuple[str, float]) -> None:
    assert pair in _kinds(text)


@pytest.mark.parametrize("text", [
    "Волонтеры очистили дворы пяти микрорайонов города.",
    "Volunteers cleaned the streets of four neighbourhoods of the town.",
])
def test_parts_of_a_town_are_no_settlements(text: str) -> None:
    assert not any(k == "settlements_covered" for k, _ in _kinds(text))
