"""Grantee groups named with the money they received after the grants are announced count the grants;
municipalities given grants count under both coverage and grants."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _grants(text: str) -> list[float]:
    return [t[2] for t in indicator_tuples(text, skip_dates=True) if t[0] == "grants_awarded"]


@pytest.mark.parametrize(("text", "value"), [
    ("Вчера в Узгене вручили гранты. Семь кооперативов получили в общей сложности 2,1 млн сомов.", 7),
    ("Салтанатта гранттар тапшырылды. Сегиз топ жалпысынан 1,6 млн сом алды.", 8),
    ("The grants were presented on Monday. Eleven cooperatives received a total of KGS 2 million.", 11),
    ("Төрт айыл аймагына таштанды чыгарууну уюштуруу үчүн гранттар берилди.", 4),
])
def test_grantees_count_the_grants(text: str, value: float) -> None:
    assert _grants(text) == [value]


def test_municipalities_given_grants_are_also_covered() -> None:
    found = indicator_tuples("Төрт айыл аймагына таштанды чыгарууну уюштуруу үчүн гранттар берилди.", skip_dates=True)
    assert ("settlements_covered", "total", 4, "settlement") in found


@pytest.mark.parametrize("text", [
    # no grant said near: money received for something else
    "Семь кооперативов получили в общей сложности 2,1 млн сомов кредитов.",
    # applied, not received
    "Гранттар сынагына 12 топ арыз тапшырды.",
])
def test_no_grants_without_a_grant_given(text: str) -> None:
    assert _grants(text) == []
