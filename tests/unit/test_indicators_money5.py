"""Money forms: more donors' currencies, the last of a list of amounts, the size of a public body's budget,
and a plan in the clause after an amount that does not make the amount a plan."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _money(text: str) -> list[tuple[str, str, float, str]]:
    return [t for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"]


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("The clinic was equipped with a grant of JPY 28 million from the Government of Japan.", 28e6, "JPY"),
    ("Правительство Японии выделило на оборудование 9,5 млн иен.", 9.5e6, "JPY"),
    ("Жапония өкмөтү клиникага 9,5 млн иена бөлдү.", 9.5e6, "JPY"),
    ("China Aid financed the road with 40 million yuan.", 40e6, "CNY"),
    ("TIKA выделило на ремонт школы 3 млн турецких лир.", 3e6, "TRY"),
    ("KOICA provided KRW 1.5 billion for the greenhouses.", 1.5e9, "KRW"),
])
def test_more_currencies(text: str, amount: float, unit: str) -> None:
    assert _money(text) == [("funding_amount", "total", amount, unit)]


@pytest.mark.parametrize("text", [
    "Жеңүүчү командалар 20 000, 15 000 жана 10 000 сомдук сертификаттарды алышты.",
    "Призёры получили 30, 20 и 10 тысяч сомов.",
    "The three best teams received 600, 400 and 200 US dollars.",
])
def test_amounts_listed_one_by_one_are_no_total(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize("text", [
    "Маселен, Ак-Башат айыл аймагынын 2023-жылкы бюджети 41 млн сомду түзгөн.",
    "Бюджет города Талас на 2024 год составляет 610 млн сомов.",
    "Местный бюджет Ак-Суу: 22 млн сомов.",
    "The district's budget was KGS 90 million in 2023.",
    "The municipal budget is KGS 75 million.",
])
def test_the_size_of_a_body_budget_is_no_funding(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(("text", "amount"), [
    ("Местные бюджеты четырёх айылных аймаков добавят ещё 1,6 млн сомов.", 1.6e6),
    ("Жергиликтүү бюджеттен 2 млн сом бөлүндү.", 2e6),
    ("Бюджет тренинга составил 250 тысяч сомов.", 250e3),
    ("Долбоордун бюджети 45,500 долларды түзөт.", 45500),
])
def test_money_from_or_of_the_event_stays(text: str, amount: float) -> None:
    assert [t[2] for t in _money(text)] == [amount]


def test_a_plan_in_the_next_clause_leaves_the_amount() -> None:
    text = "The library was rebuilt with EUR 300,000 from the EU, and will be run by the city."
    assert _money(text) == [("funding_amount", "total", 300000, "EUR")]
    assert _money("The city will be given EUR 300,000 for the library.") == []


@pytest.mark.parametrize(("text", "amounts"), [
    ("A second round of grants, worth a further KGS 4 million, is planned for next year.", []),
    ("Общая сумма грантов — 2 400 000 сомов, софинансирование со стороны мэрии составит не менее 10%.", [2.4e6]),
    ("Общая сумма грантов — 2 400 000 сомов (максимальный размер гранта — 400 000 сомов).", [2.4e6]),
])
def test_whose_plan_or_ceiling_it_is(text: str, amounts: list[float]) -> None:
    assert [t[2] for t in _money(text)] == amounts


def test_a_total_fund_in_a_contrastive_clause_leaves_the_amount_each() -> None:
    text = "Призёры получили наборы стоимостью 30 тыс. сомов каждый, а призовой фонд конкурса составил 90 тыс. сомов."
    assert [t[2] for t in _money(text)] == [90000]
