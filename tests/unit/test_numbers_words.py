"""Word numbers with halves and English "and"."""

from __future__ import annotations

import pytest

from etl.extract.numbers import find_numbers, parse_number
from etl.text import fold


@pytest.mark.parametrize(("text", "value"), [
    ("бир жарым миллион", 1_500_000),
    ("эки жарым миң сом", 2_500),
    ("жарым миллион доллар", 500_000),
    ("полтора миллиона сомов", 1_500_000),
    ("полутора тысяч", 1_500),  # the genitive of "полтора"
    ("two hundred and fifty", 250),
    ("one hundred and twenty-five", 125),
])
def test_word_numbers(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "values"), [
    ("two and three", [2, 3]),  # "and" joins only after hundred/thousand/million
    ("жарым саат", []),  # a half alone is a duration's fraction, no count
    ("катышуучулардын жарымы", []),
])
def test_not_joined(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(fold(text))] == values


def test_kyrgyz_share_is_no_number() -> None:
    # "one in three" / "two in ten": the ablative whole and its part make a share, no count
    assert find_numbers(fold("катышуучулардын ондон экиси аял")) == []
    assert [n.value for n in find_numbers(fold("жыйырма бештен ашык адам"))] == [25]


@pytest.mark.parametrize(("text", "spans"), [
    # a unit joins only a ten before it: side by side, two numbers
    ("held two five-day trainings", [(2, "two"), (5, "five")]),
    ("three two-day workshops", [(3, "three"), (2, "two")]),
    # one number each
    ("twenty five people", [(25, "twenty five")]),
    ("жыйырма беш адам", [(25, "жыйырма беш")]),
    ("он бир аял", [(11, "он бир")]),
    ("сто двадцать пять", [(125, "сто двадцать пять")]),
    ("эки жүз отуз беш", [(235, "эки жуз отуз беш")]),
    ("ninety-one teachers", [(91, "ninety-one")]),
])
def test_units_join_only_tens(text: str, spans: list[tuple[float, str]]) -> None:
    folded = fold(text)
    assert [(n.value, folded[n.start:n.end]) for n in find_numbers(folded)] == spans
