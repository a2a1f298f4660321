"""Money a report states that the event did not give or spend: a later phase's budget, a project budget over
years written in words, one unit's price or rate, a named month's running costs, one of several amounts
listed one by one, and the amount each recipient got; the money given for the event stays."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _money(text: str) -> list[float]:
    return [t[2] for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"]


@pytest.mark.parametrize("text", [
    # a later phase or stage, still to come
    "Стоимость второго этапа программы оценивается в 2,5 млн долларов.",
    "The next phase of the programme, worth EUR 8 million, will start in 2027.",
    "A follow-up stage with a budget of USD 300,000 is under discussion.",
    "Программанын кийинки этабына 4 млн сом каралат.",
    # a project's or initiative's budget over years written in words
    "The Clean Rivers initiative operates from 2022 to 2026 with a budget of USD 3.1 million.",
    "Демилге 2024-жылдан 2026-жылга чейин ишке ашат, анын бюджети 900 миң доллар.",
    # one unit's price or rate
    "Местные жители сдают пластик по цене приёма, тариф — 6 сомов за килограмм.",
    "Farmers pay a water tariff of KGS 250 per hectare.",
    "The recycling point pays KGS 5 per kilogram of plastic.",
    "Бир тонна көмүр азыр 9 миң сомго турат.",
    "Such a greenhouse for one family costs KGS 45,000 per unit.",
    # a named month's running costs
    "Расходы за сентябрь составили 74 300 сомов.",
    "Expenses for October amounted to KGS 51,000.",
    # one of several prizes listed one by one
    "Призерам вручили 40 тыс., 25 тыс. и 15 тыс. сомов.",
    "Жеңүүчү мектептер 70 миң, 50 миң жана 30 миң сом алышты.",
    "Winners took home USD 900, 600 and 300 respectively.",
    # what each recipient got, with the total in another clause
    "Each school received a grant of KGS 80,000 for equipment, while the total support reached KGS 400,000.",
])
def test_money_that_is_not_the_events_is_no_funding(text: str) -> None:
    assert [a for a in _money(text) if a != 400000] == []


@pytest.mark.parametrize(("text", "amount"), [
    ("На втором этапе проекта было выделено 1,2 млн сомов на ремонт школ.", 1.2e6),  # a phase already paid
    ("В рамках нового этапа фонд выделил 300 тыс. сомов.", 3e5),
    ("The initiative, which ran from 2020 to 2023, spent USD 700,000 on 12 water systems.", 7e5),
    ("Всего на конкурс выделено 900 тыс. сомов.", 9e5),
    ("Каждая школа получила по компьютеру, а общая сумма гранта составила 500 000 сомов.", 5e5),
])
def test_money_given_for_the_event_stays(text: str, amount: float) -> None:
    assert amount in _money(text)


def test_a_range_of_unit_prices_is_no_funding() -> None:
    assert _money("Households pay between KGS 12 and KGS 30 per cubic metre of water.") == []
    assert _money("Цена вывоза — от 50 до 80 сомов за кубометр.") == []


def test_a_long_named_project_over_years_without_the_word_year() -> None:
    text = ("Программа «Чистая вода для сельских школ Таласской долины» выполняется ЮНИСЕФ с 2024 по 2028 год, "
            "ее бюджет — 3,6 млн долларов США.")
    assert _money(text) == []
