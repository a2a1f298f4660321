"""A span of years over by the event's year ("in 2022–2023", "в 2023–2024 годах", "2022–2023-жылдары")
frames its figures as that earlier time, as a single earlier year does."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _values(text: str) -> set[float]:
    return {t[2] for t in indicator_tuples(text, skip_dates=True)}


@pytest.mark.parametrize("text", [
    "On 3 March 2025, 28 nurses were trained in Naryn. In its first phase, in 2022–2023, the project "
    "equipped 31 rural clinics and trained 140 nurses.",
    "3 марта 2025 года тренинг прошли 28 медсестер. В 2022–2023 годах на ремонт сельских ФАПов было "
    "направлено 12 млн сомов.",
    "2025-жылдын 3-мартында 28 медайым окутулду. 2022–2023-жылдары долбоор 31 ФАПты жабдыды.",
])
def test_a_span_of_earlier_years_is_background(text: str) -> None:
    assert _values(text) == {28}


def test_a_span_reaching_the_events_year_is_left() -> None:
    text = "In 2024–2025, the project trained 140 nurses in Naryn, 28 of them at the March 2025 course."
    assert 140 in _values(text)
