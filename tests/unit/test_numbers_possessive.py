"""Kyrgyz number words with the possessive ending: "жыйырма бири" (twenty-one of them)."""

from __future__ import annotations

import pytest

from etl.extract.numbers import find_numbers
from etl.text import fold


@pytest.mark.parametrize(("text", "values"), [
    ("алардын жыйырма бири аял", [21]),
    ("алардын элүү бири аялдар", [51]),
    ("алардын экиси аял", [2]),
    ("отуз экиси", [32]),
    ("токсону", [90]),
    ("жүзү", [100]),
    # Russian words that look like a Kyrgyz number with an ending are no numbers
    ("семьи они получили мини-гранты", []),
    ("үчүн", []),
    ("бириктирди", []),
])
def test_possessive(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(fold(text))] == values


@pytest.mark.parametrize(("text", "value"), [
    ("пятеро участников", 5),
    ("трое депутатов", 3),
    ("троих победителей", 3),
    ("семеро", 7),
])
def test_russian_collectives(text: str, value: float) -> None:
    assert [n.value for n in find_numbers(fold(text))] == [value]
