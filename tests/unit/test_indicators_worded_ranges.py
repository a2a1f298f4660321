"""A range in words ("от 80 до 120 человек", "between 40 and 60 farmers") is no count: neither half is."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "kept"), [
    ("Тренинг прошли 32 медсестры. Каждый ФАП обслуживает от 2 до 5 тысяч жителей.", {32}),
    ("В слушаниях обычно участвуют от 60 до 90 человек; в этот раз пришли 74 жителя.", {74}),
    ("Between 40 and 60 farmers attend each field day; 52 farmers were trained this season.", {52}),
    ("Each clinic serves from 3,000 to 6,000 residents. 21 nurses completed the course.", {21}),
])
def test_a_worded_range_is_no_count(text: str, kept: set[float]) -> None:
    assert {t[2] for t in indicator_tuples(text, skip_dates=True)} == kept


def test_from_a_place_to_another_leaves_the_counts() -> None:
    found = indicator_tuples("Тренинг прошли 30 врачей из 5 сел, от Ак-Суу до Кара-Ой.", skip_dates=True)
    assert ("people_trained", "total", 30, "person") in found
