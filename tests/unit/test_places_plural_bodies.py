"""The bodies of several areas named by a list and a plural level word: the areas are the event's reach,
though an organization's name holds one area."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places
from etl.reference.places_plural import plural_list
from etl.text import fold

AT_BASHY, KOCHKOR, NARYN_RAYON = "41704220000000", "41704235000000", "41704230000000"


def keys(text: str) -> set[str]:
    return {m.place.key for m in find_places(text)}


@pytest.mark.parametrize("text", [
    "Талас, Манас жана Бакай-Ата райондорунун",
    "Таласского, Манасского и Бакай-Атинского районов",
    "Talas, Manas and Bakai-Ata districts",
])
def test_a_list_ending_on_a_plural_level_word(text: str) -> None:
    assert plural_list(fold(text), (0, len(text)))


@pytest.mark.parametrize("text", ["Бакай-Ата районунун", "Бакай-Атинского района", "Bakai-Ata district"])
def test_one_area_is_no_plural_list(text: str) -> None:
    assert not plural_list(fold(text), (0, len(text)))


def test_representatives_of_the_districts_bodies_count() -> None:
    got = keys("2025-жылдын 12-мартында Нарын шаарында тегерек стол өттү. Ага Ат-Башы жана Кочкор райондорунун "
               "үй-бүлөлүк медицина борборлорунун өкүлдөрү катышты.")
    assert {AT_BASHY, KOCHKOR} <= got


@pytest.mark.parametrize("text", [
    "Самаркандек, Ак-Татыр жана Кара-Бак айылдык кеңештеринин",
    "Покровского и Майского айылных кенешей",
])
def test_a_list_ending_on_a_plural_council_word(text: str) -> None:
    assert plural_list(fold(text), (0, len(text)))


def test_deputies_of_several_ayil_keneshes_name_each_aimak() -> None:
    """The last item of the list was blocked as the name of the Kara-Bak council."""
    got = keys("2023-жылдын 11-майында Кызыл-Кыя шаарында тренинг өттү. Тренингге Баткен районунун Самаркандек, "
               "Ак-Татыр жана Кара-Бак айылдык кеңештеринин 38 депутаты катышты.")
    assert {"41705214846000", "41705214849000", "41705214823000"} <= got
