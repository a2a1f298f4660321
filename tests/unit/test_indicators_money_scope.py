"""Money about something other than the event: a multi-year project's standing budget, damage, sales,
fines, a reporting period's spending and quoted prices; the money a project was given or spent stays."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _money(text: str) -> list[float]:
    return [t[2] for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"]


@pytest.mark.parametrize("text", [
    # a project's budget dated by its implementation span, in the sentence or the one before
    "Программа действует с 2022 по 2027 год, её бюджет составляет 7,3 млн евро.",
    "Программа 2024–2028-жылдары Талас облусунда ишке ашырылат. Программанын бюджети 2,1 млн доллар.",
    "The Safe Roads Programme (2023–2027) has a budget of USD 25 million.",
    "The EUR 12 million Green Valleys Project (2022–2026) is financed by the EU.",
    # the overall budget of a project, named as such, in the present or without a verb
    "Общий бюджет проекта — 96 000 долларов США.",
    "Общий бюджет программы составляет 2,4 млн евро.",
    # damage, sales, fines
    "Сели в прошлом году нанесли ущерб на 35 млн сомов.",
    "За три дня фермеры продали продукции на 800 тысяч сомов.",
    "Жарманкеде усталар 600 миң сомдук буюм сатышты.",
    "Штраф для юридических лиц составляет 10 000 сомов, для граждан — 2 000 сомов.",
    # a reporting period's spending and its parts
    "За отчетный квартал израсходовано 940 000 сомов, в том числе на питание — 120 000 сомов.",
    # a price quoted for a service
    "A two-day horse trek costs between USD 90 and USD 140.",
])
def test_money_about_something_else_is_no_funding(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(("text", "amount"), [
    ("Общий бюджет проекта составил 6,2 млн евро.", 6.2e6),  # a finished project: the money spent
    ("The project, worth CHF 5 million for 2025-2028, is funded by Switzerland.", 5e6),
    ("Its reconstruction cost USD 2.6 million, financed by the bank.", 2.6e6),
    ("Долбоордун бюджети 38,000 долларды түзөт.", 38000),
])
def test_money_given_or_spent_stays(text: str, amount: float) -> None:
    assert _money(text) == [amount]


@pytest.mark.parametrize("text", [
    "Көпүрөнү оңдоо үчүн 600 миң сом бөлүү сунушталды.",
    "Предложено выделить 2 млн сомов на ремонт моста.",
    "Бул иштерге болжол менен 1,5 млн сом керектелет.",
    "В прошлом отопительном сезоне на ремонт котельной было потрачено 4,1 млн сомов.",
    "Last season the municipality spent KGS 3 million on snow clearing.",
])
def test_proposed_needed_or_last_season_money_is_no_funding(text: str) -> None:
    assert _money(text) == []
