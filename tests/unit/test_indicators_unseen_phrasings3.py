"""Phrasings of figures that a fourth unseen set showed the extractor misreading: money that is needed,
earmarked, an average, a periodic figure or a price (none of it granted for the event), and people
counted in ways the extractor did not yet read."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


def _money(text: str) -> list[tuple[str, str, float, str]]:
    return [t for t in _read(text) if t[0] == "funding_amount"]


@pytest.mark.parametrize("text", [
    # needed or required
    "Для ремонта всех трех мостов, по словам главы, нужно еще 4,5 млн сомов.",
    "Фельдшердик пунктту оңдоого 900 миң сом керек экенин айыл башчысы айтты.",
    "Депутаты отметили, что на капремонт школы требуется 27 млн сомов.",
    "Officials estimated that USD 300,000 is needed to extend the network to the upper villages.",
    "Жолду асфальттоо үчүн 6 млн сом талап кылынат.",
    # earmarked in a budget for later
    "На строительство второго корпуса в районном бюджете заложено 9 млн сомов.",
    # an average
    "The average loan was about USD 1,200, repaid over two years.",
    "Каждое хозяйство в среднем тратит 3 000 сомов на корма.",
    # periodic figures: spending per month, a tariff
    "Жители платят за воду 150 сомов в месяц.",
    "Айына үй-бүлө жарыкка 800 сом төлөйт.",
    "Operating the centre costs the municipality KGS 40,000 per month.",
    "Расходы за квартал 512 300 сом",
    # the price of a thing
    "Бир чака сүттүн баасы быйыл 350 сом болуп калды.",
    "The price of a sack of fertiliser has reached KGS 2,400.",
])
def test_money_not_given_for_the_event_is_no_funding(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(("text", "amount"), [
    # what the thing built cost is the money spent for the event
    ("Общая стоимость строительства моста составила 6,3 млн сомов.", 6_300_000),
    ("Курулуштун жалпы наркы 7,1 млн сомду түздү.", 7_100_000),
    # a total granted with an average beside it keeps the total
    ("Grants total KGS 48 million, awarded by the fund.", 48_000_000),
])
def test_money_spent_or_granted_stays(text: str, amount: float) -> None:
    assert [t[2] for t in _money(text)] == [amount]
