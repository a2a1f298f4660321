"""Groups that took part are institutions covered; "жигит-кыз" (young men and women) is everyone, not men."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "expected"), [
    ("В фестивале участвовали 9 женских групп из трёх сел.", ("institutions_covered", "total", 9, "institution")),
    ("Фестивалга Кочкор жана Жумгал райондорунан 11 аялдар тобу катышты.",
     ("institutions_covered", "total", 11, "institution")),
    ("Twelve youth groups from the district took part in the contest.",
     ("institutions_covered", "total", 12, "institution")),
    ("Форумга 240тан ашык жигит-кыз келди.", ("participants", "total", 240, "person")),
])
def test_groups_and_young_people(text: str, expected: tuple[str, str, float, str]) -> None:
    assert expected in indicator_tuples(text, skip_dates=True)


def test_named_groups_are_not_counted() -> None:
    found = indicator_tuples("В центре занимаются 6 групп по 15 детей.", skip_dates=True)
    assert not any(t[0] == "institutions_covered" for t in found)


def test_kyrgyz_group_is_not_its_people() -> None:
    found = indicator_tuples("Борбордо 7 жаштар тобу бар.", skip_dates=True)
    assert not any(t[0] == "participants" for t in found)


def test_young_people_split_by_sex() -> None:
    found = indicator_tuples("Окууга 64 жигит-кыз катышты, алардын 35и кыздар.", skip_dates=True)
    assert ("participants", "total", 64, "person") in found
    assert ("participants", "female", 35, "person") in found
    assert not any(t[1] == "male" for t in found)


@pytest.mark.parametrize(("text", "value"), [
    ("Олимпиадага 11 мектептин командалары катышты.", 11),
    ("В семинаре приняли участие представители 17 общественных организаций района.", 17),
    ("Teams from 6 schools took part in the debate tournament.", 6),
])
def test_bodies_whose_people_took_part(text: str, value: float) -> None:
    assert ("institutions_covered", "total", value, "institution") in indicator_tuples(text, skip_dates=True)


def test_bodies_named_without_taking_part_are_not_counted() -> None:
    found = indicator_tuples("Члены 12 кооперативов планируют объединиться в ассоциацию.", skip_dates=True)
    assert not any(t[0] == "institutions_covered" for t in found)


@pytest.mark.parametrize("text", [
    "In the final round 36 students debated on climate policy.",
    "В финале соревновались 48 юных шахматистов.",
])
def test_competing_is_taking_part(text: str) -> None:
    assert any(t[0] == "participants" for t in indicator_tuples(text, skip_dates=True))
