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


@pytest.mark.parametrize(("text", "value"), [
    ("Салтанатта гранттар тапшырылды. Тогуз демилгелүү топко жалпы суммасы 2,7 млн сом болгон гранттар берилди.", 9),
    ("Быйыл 11 демилгелүү топ жалпы суммасы 2,2 млн сомдук гранттарга ээ болду.", 11),
    ("Гранттар тапшырылды. Жалпысынан 8 демилгелүү топко 1 600 000 сом бөлүндү.", 8),
    ("Пяти инициативным группам вручены гранты на общую сумму 1,5 млн сомов.", 5),
])
def test_groups_given_grants_count_the_grants_not_coverage(text: str, value: float) -> None:
    found = indicator_tuples(text, skip_dates=True)
    assert ("grants_awarded", "total", value, "grant") in found
    assert not any(t[0] == "institutions_covered" for t in found)
