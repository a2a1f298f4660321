"""Money that is not what the event gave: one unit's price said of "each" item, what one service costs, a
reporting period's expenditure line, and exchange rates in a site header; projectors are no projects."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _money(text: str) -> list[float]:
    return [t[2] for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"]


@pytest.mark.parametrize("text", [
    "Каждая корзина весит 12 кг, ее цена 2 400 сомов.",
    "Ар бир топтомдун салмагы 30 кг, баасы 4 200 сом.",
    "Each hygiene kit weighs 8 kg and costs KGS 1,900.",
    "One consultation costs the clinic about KGS 700.",
    "Расходы за отчетный период: 812 000 сомов.",
    "Quarterly expenditure: KGS 2,350,000.",
    "USD 87,45 · EUR 94,20 · RUB 0,96",
    "Доллар 87,45 · Евро 94,20 · Рубль 0,96",
])
def test_unit_prices_period_spending_and_rates_are_no_funding(text: str) -> None:
    assert _money(text) == []


def test_a_total_said_with_each_stays() -> None:
    # the whole amount given, told beside each item's share, is the money the event gave
    assert 3_600_000.0 in _money("Каждая из 12 школ получила оборудование, общая стоимость которого 3,6 млн сомов.")


def test_projectors_are_equipment_not_projects() -> None:
    found = indicator_tuples("На грант фонда школе переданы 15 компьютеров и 4 проектора.", skip_dates=True)
    assert not [t for t in found if t[0] == "grants_awarded"]
