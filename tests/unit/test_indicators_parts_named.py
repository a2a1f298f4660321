"""Parts of a total named by who they are: officials among the participants ("алардын 26сы … депутаттары",
"из них 12 — главы айыл окмоту", "12 of them were councillors"), and boys beside girls in a split."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize("text", [
    "Жыйынга 48 адам катышты, алардын 15и шаардык кеңештин депутаттары.",
    "В обсуждении приняли участие 48 человек, из них 15 — депутаты городского кенеша.",
    "48 people attended the hearing; 15 of them were city council deputies.",
])
def test_officials_named_among_the_participants(text: str) -> None:
    assert _read(text) == [("participants", "total", 48, "person"), ("officials_participants", "total", 15, "person")]


def test_women_after_the_officials_split_the_whole() -> None:
    text = "Жыйынга 48 адам катышты, алардын 15и айылдык кеңештердин депутаттары. Катышуучулардын 20сы аялдар."
    assert _read(text) == [("participants", "total", 48, "person"), ("officials_participants", "total", 15, "person"),
                           ("participants", "female", 20, "person")]


def test_a_part_named_by_no_role_stays_a_part() -> None:
    assert _read("Ага 40 адам катышты, алардын 22си жаштар.") == [
        ("participants", "total", 40, "person"), ("participants", "total", 22, "person")]


@pytest.mark.parametrize("text", [
    "Окуу сынагына 62 окуучу катышты, анын ичинен 35 кыз жана 27 бала.",
    "Окуу сынагына 62 окуучу катышты, алардын ичинде 35 кыз, 27 бала.",
])
def test_boys_beside_the_girls_of_a_total(text: str) -> None:
    assert _read(text) == [("participants", "total", 62, "person"), ("participants", "female", 35, "person"),
                           ("participants", "male", 27, "person")]


def test_officials_named_by_a_sex_compound() -> None:
    text = "На встрече присутствовали 52 человека, а также 9 женщин-депутатов сельских кенешей."
    assert ("officials_participants", "female", 9, "person") in _read(text)


def test_a_split_opened_by_v_ikh_chisle() -> None:
    text = "На форуме присутствовали около 70 человек. В их числе — 11 депутатов городского кенеша."
    assert _read(text) == [("participants", "total", 70, "person"), ("officials_participants", "total", 11, "person")]


def test_a_share_of_them_is_no_count() -> None:
    assert _read("Ага 60 адам катышты, алардын 40 пайызы жаштар.") == [("participants", "total", 60, "person")]


@pytest.mark.parametrize("text", [
    "The ministry signed grant agreements with four municipalities of Naryn Oblast.",
    "Подписаны грантовые соглашения с 4 айылными аймаками Нарынской области.",
    "Министрлик Нарын облусундагы 4 айыл аймагы менен гранттык келишимдерге кол койду.",
])
def test_grant_agreements_with_places_are_a_grant_each(text: str) -> None:
    assert sorted(_read(text)) == [("grants_awarded", "total", 4, "grant"),
                                   ("settlements_covered", "total", 4, "settlement")]


def test_a_noun_in_the_locative_ends_the_counted_phrase() -> None:
    # four halls, in which the young people …: no one counted
    assert _read("Катышуучулар 4 залда жаштардын көйгөйлөрүн талкуулашты.") == []
