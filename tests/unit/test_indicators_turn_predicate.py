"""Counts joined by a contrastive turn ("…, а …", "…, but …", "…, ал эми …") do not share a predicate:
the people after the turn are not trained because those before it were."""

from __future__ import annotations

from tests.unit.indicator_support import indicator_tuples


def _trained(text: str) -> list[float]:
    return sorted(t[2] for t in indicator_tuples(text, skip_dates=True) if t[0] == "people_trained")


def test_turn_keeps_its_own_predicate() -> None:
    assert _trained("Обучение по новой программе прошли 120 учителей, а в школы вернулись 35 детей.") == [120.0]


def test_coordination_still_shares() -> None:
    assert _trained("Обучение по новой программе прошли 120 учителей и 35 воспитателей.") == [35.0, 120.0]
