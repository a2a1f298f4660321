"""Organizations a clause gives equipment, training or support are institutions covered."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "value"), [
    ("В рамках проекта 25 ассоциаций водопользователей получили оборудование.", 25),
    ("Долбоордун алкагында 18 суу пайдалануучулар ассоциациясы жабдуулар менен камсыздалды.", 18),
    ("Under the project, 12 cooperatives received equipment and training.", 12),
])
def test_organizations_supported_are_covered(text: str, value: float) -> None:
    assert ("institutions_covered", "total", value, "institution") in indicator_tuples(text, skip_dates=True)


def test_organizations_only_named_stay_uncounted() -> None:
    assert indicator_tuples("Партнеры из 5 организаций обсудили план работы.", skip_dates=True) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("In the valley 60 pasture user associations received equipment and training.", ("institutions_covered", 60)),
    ("Overall, 22 dairy cooperatives got training on hygiene.", ("institutions_covered", 22)),
])
def test_a_verb_ends_the_english_compound(text: str, pair: tuple[str, float]) -> None:
    kinds = [(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)]
    assert pair in kinds and not any(k == "sessions_held" for k, _ in kinds)
