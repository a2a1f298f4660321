"""Beneficiaries stated as a goal or a target are not reached yet; a facility's future users still count."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize("text", [
    'Thirty nurses were trained. "Our goal is that by 2027 at least 5,000 mothers in the oblast benefit," said the director.',
    "Тренинг прошли 30 медсестер. Цель проекта — охватить услугами 5 000 матерей.",
    "Тренингден 30 медайым өттү. Долбоордун максаты — 5 000 эненин ден соолугун чыңдоо.",
])
def test_a_goal_is_no_beneficiaries(text: str) -> None:
    assert {t[2] for t in indicator_tuples(text, skip_dates=True)} == {30}


def test_a_facilitys_users_stay() -> None:
    found = indicator_tuples("Тренинг прошли 30 медсестер. Станция обеспечит водой 2 800 жителей.", skip_dates=True)
    assert ("beneficiaries", "total", 2800, "person") in found
