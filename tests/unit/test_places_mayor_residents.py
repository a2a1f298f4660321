"""A mayor meeting the town's own residents does so in the town; elsewhere the mayor's town is a title."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

KARAKOL, NARYN_CITY, BISHKEK = "41702410000010", "41704400000010", "41711000000000"


def codes(text: str) -> set[str]:
    return {m.place.soate or m.place.name for m in find_places(text)}


@pytest.mark.parametrize(("text", "city"), [
    ("Мэр Каракола встретился с жителями микрорайона Восточный.", KARAKOL),
    ("Мэр города Нарын провел встречу с горожанами по вопросам отопления.", NARYN_CITY),
    ("The Mayor of Karakol met residents of the eastern microdistrict to discuss heating.", KARAKOL),
])
def test_mayor_meeting_own_residents_names_the_town(text: str, city: str) -> None:
    assert city in codes(text)


@pytest.mark.parametrize("text", [
    "Мэр Каракола принял участие в международном форуме.",
    # a city divided into districts: the meeting's district is its place
    "Мэр Бишкека встретился с жителями жилмассива. Встреча прошла в школе №5 Ленинского района.",
])
def test_mayor_title_elsewhere_is_no_place(text: str) -> None:
    got = codes(text)
    assert KARAKOL not in got and BISHKEK not in got


@pytest.mark.parametrize("text", [
    "Среди победителей — Бекзат Назаров из Каракола (о ремонте дорог) и Айпери Асанова из Нарына.",
    "The prize went to Aibek Toktogulov from Karakol for a story on road repairs.",
])
def test_a_named_persons_home_is_no_place(text: str) -> None:
    assert KARAKOL not in codes(text)
