"""Places or bodies said to be somewhere ("в зоне риска находятся 23 школы района") are a standing state."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize("text", [
    "Тренинг прошли 30 учителей. По словам начальника МЧС, в зоне риска находятся 17 школ района.",
    "Тренинг прошли 30 учителей. В районе часто сходят сели, а 14 сел находятся в зоне подтопления.",
    "Thirty teachers were trained. Nine schools are located in the mudflow zone.",
])
def test_located_places_are_no_coverage(text: str) -> None:
    assert {t[2] for t in indicator_tuples(text, skip_dates=True)} == {30}


def test_schools_the_event_covered_stay() -> None:
    found = indicator_tuples("Учения прошли в 17 школах района.", skip_dates=True)
    assert ("institutions_covered", "total", 17, "institution") in found
