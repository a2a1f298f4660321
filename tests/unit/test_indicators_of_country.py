"""Places or bodies "of the country" are a national figure, not what the event reached."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize("text", [
    "Тренинг прошли 30 специалистов. С 1 января в пилотном режиме 16 муниципалитетов страны получили право устанавливать сборы.",
    "Thirty specialists were trained. So far 25 municipalities across the country have adopted the new rules.",
])
def test_the_countrys_places_are_no_coverage(text: str) -> None:
    assert {t[2] for t in indicator_tuples(text, skip_dates=True)} == {30}


def test_the_districts_places_people_came_from_stay() -> None:
    found = indicator_tuples("Тренинг прошли 30 специалистов из 12 айыльных аймаков района.", skip_dates=True)
    assert ("settlements_covered", "total", 12, "settlement") in found
