"""The writer's description of a project (its span of years, its budget, the places it covers) is the
project's size, not what the event reached or spent; the event's own figures in the same text stay."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize("text", [
    "The meeting is part of the Clean Rivers project (2024–2026), which has a total budget of EUR 900,000 "
    "and covers 11 villages in Kemin district.",
    "Программа рассчитана на 2025–2028 годы и охватывает 16 школ района. Ее бюджет составляет 2,3 млн долларов.",
    "The programme runs from 2023 to 2027 in Talas. Its total budget is USD 4.1 million.",
])
def test_project_scope_and_its_budget_are_no_indicators(text: str) -> None:
    assert [t for t in indicator_tuples(text, skip_dates=True)
            if t[0] in ("settlements_covered", "institutions_covered", "funding_amount")] == []


def test_scope_without_the_projects_span_or_budget_stays() -> None:
    # the places a new project will reach, presented at the event (fixture 041), are the event's
    assert ("settlements_covered", "total", 40.0, "settlement") in indicator_tuples(
        "It will cover 40 municipalities in Jalal-Abad and Osh regions.", skip_dates=True)
