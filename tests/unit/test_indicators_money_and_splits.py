"""Money per recipient is no total; a sex split stated in its own clause or sentence still splits."""

from __future__ import annotations

import pytest

from etl.extract.flags import sex_split_flags
from etl.extract.indicators import IndicatorMention
from tests.unit.indicator_support import indicator_mentions, indicator_tuples


def _mentions(text: str) -> list[IndicatorMention]:
    return indicator_mentions(text)


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text)


@pytest.mark.parametrize("text", [
    "Каждый из победителей получил грант в размере 100 000 сомов.",
    "Ар бир жеңүүчү 50 миң сом алды.",
    "Each winner received a grant of USD 5,000.",
    "The winners received USD 5,000 each.",
    "Победителям вручены гранты в размере 100 тысяч сомов каждый.",
    "Жеңүүчүлөр 100 миң сомдук грантка ээ болушту.",
    "Победители конкурса получат по 50 000 сомов.",
    "Общий объём бюджета на 2024 год составит 74,3 млн сомов.",
    "Мыкты деп табылган 5 идеяга кийинки айда 30 миң сомдон чакан грант берилет.",
])
def test_money_per_recipient_or_planned_is_no_funding(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Победители получили гранты по 100 тыс. сомов, общая сумма составила 1 млн сомов.",
     [("funding_amount", "total", 1_000_000, "KGS")]),
    ("Победителям конкурса вручены гранты на общую сумму 2 млн сомов.",
     [("funding_amount", "total", 2_000_000, "KGS")]),
    ("On 24 January 2024, FAO awarded grants totalling USD 1.2 million to 15 farmer cooperatives.",
     [("funding_amount", "total", 1_200_000, "USD"), ("grants_awarded", "total", 15, "grant")]),
    ("The Ambassador presented small grants to twelve civil society organizations.",
     [("grants_awarded", "total", 12, "grant")]),
])
def test_totals_and_grants_to_organizations(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Грантка 64 уюм арыз тапшырды.",  # applied, not awarded
    "Форумга 40 уюм катышты.",  # organizations present are no indicator
])
def test_organizations_without_an_award(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "female", "male"), [
    ("Семинарга 45 адам катышты. Катышуучулардын 30у аялдар болду.", 30, None),
    ("В семинаре приняли участие 45 человек. Женщины составили 30 человек.", 30, None),
    ("В семинаре приняли участие 45 человек. Среди участников 30 женщин и 15 мужчин.", 30, 15),
    ("Всего 45 участников. 30 из них — женщины.", 30, None),
    ("Тренингге 45 адам катышты; анын 30у аялдар.", 30, None),
    ("В семинаре приняли участие 45 человек. Женщин было 28, мужчин — 17.", 28, 17),
    ("Катышкан 45 адамдын 30у аял.", 30, None),
])
def test_sex_split_apart_from_its_total(text: str, female: float, male: float | None) -> None:
    found = _mentions(text)
    total = found[0].indicator
    assert (total.indicator, total.sex, total.value) == ("participants", "total", 45)
    split = {m.indicator.sex: m.indicator.value for m in found[1:] if m.parent == 0}
    assert split == {"female": female, **({"male": male} if male is not None else {})}


def test_a_split_with_its_own_predicate_is_not_a_split() -> None:
    found = _mentions("В семинаре приняли участие 45 человек. 30 женщин прошли обучение.")
    assert [(m.indicator.indicator, m.indicator.sex, m.parent) for m in found] == [
        ("participants", "total", None), ("people_trained", "female", None)]


def test_a_split_in_the_next_sentence_is_checked_against_its_total() -> None:
    flags = sex_split_flags(_mentions("В семинаре приняли участие 45 человек. Женщин было 28, мужчин — 20."))
    assert [f.code for f in flags] == ["sex_split_mismatch"]
    assert sex_split_flags(_mentions("В семинаре приняли участие 45 человек. Женщин было 28, мужчин — 17.")) == []


@pytest.mark.parametrize("text", [
    "Гранттын максималдуу суммасы — 500 000 сом.",
    "Средняя сумма гранта составила 150 тыс. сомов.",
    "Жеңүүчүлөргө 1-орун үчүн 30 000 сом, 2-орун үчүн 20 000 сом, 3-орун үчүн 10 000 сом берилди.",
    "Билет стоит 500 сом.",
    "Зарплата медсестры составляет 15 000 сомов.",
    "За сброс мусора введены штрафы в размере 20 тысяч сомов.",
])
def test_ceilings_averages_prizes_prices_are_no_funding(text: str) -> None:
    assert _read(text) == []


def test_a_cost_is_money_spent() -> None:
    assert _read("Стоимость строительства составила 148,6 млн сомов.") == [("funding_amount", "total", 148_600_000, "KGS")]


def test_women_with_their_own_predicate_in_the_next_sentence_are_no_split() -> None:
    found = _mentions("В форуме участвовали 200 человек. 30 женщин-предпринимателей получили гранты.")
    assert all(m.parent is None for m in found)
