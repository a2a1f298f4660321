"""A project's years and budget in a parenthesis after its name are the project's size, not money given."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _money(text: str) -> set[float]:
    return {t[2] for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"}


@pytest.mark.parametrize("text", [
    "Ярмарку посетили 900 человек. Проект «Зелёные сёла» (2023–2027 гг., 2,4 млн долларов) поддерживает фермеров.",
    "About 900 people visited the fair. The project (2024–2028, EUR 3 million) supports women farmers.",
])
def test_a_projects_years_and_budget_in_brackets_are_no_funding(text: str) -> None:
    assert _money(text) == set()


def test_an_amount_in_brackets_without_years_stays() -> None:
    assert _money("В ходе ярмарки 6 кооперативам вручили гранты (1,2 млн сомов).") == {1200000}
