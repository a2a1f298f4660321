"""Kyrgyz girls and boys of a total, the possessive glued to the digits: "алардын 34ү кыздар, 26сы балдар"."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "female", "male"), [
    ("Олимпиадага 48 окуучу катышты, алардын 27си кыздар, 21и балдар.", 27, 21),
    ("Лагерге 70 бала келди. Алардын 38и кыздар, 32си балдар.", 38, 32),
    ("Сынакка 33 окуучу катышты, алардын 19у кыздар, 14ү балдар.", 19, 14),
])
def test_girls_then_boys_split_the_total(text: str, female: float, male: float) -> None:
    found = indicator_tuples(text, skip_dates=True)
    assert ("participants", "female", female, "person") in found
    assert ("participants", "male", male, "person") in found
    assert not any(t[1] == "total" and t[2] == male for t in found)


def test_children_alone_stay_children() -> None:
    found = indicator_tuples("Майрамга 120 бала катышты.", skip_dates=True)
    assert found == [("participants", "total", 120, "person")]
