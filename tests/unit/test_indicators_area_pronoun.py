"""An area's standing state told through a pronoun ("в нем", "анын аймагында", "in it"), the second of a pair
of counts of the same area, and the stative "находятся/расположены/are located": no coverage."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize("text", [
    "Население Сузакского района составляет около 250 тысяч человек, в нем 17 айылных аймаков и 90 сел.",
    "В Кеминском районе 40 сел и 12 школ.",
    "Район чоң, анын аймагында 23 айыл бар.",
    "В районе 14 сел находятся в зоне затопления.",
])
def test_area_state_is_no_coverage(text: str) -> None:
    kinds = {t[0] for t in indicator_tuples(text, skip_dates=True)}
    assert not kinds & {"settlements_covered", "institutions_covered"}


def test_coverage_stays() -> None:
    assert indicator_tuples("Тренинг охватил 12 сел района.", skip_dates=True) == [
        ("settlements_covered", "total", 12.0, "settlement")]
