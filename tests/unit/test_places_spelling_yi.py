"""Russian writes Kyrgyz "йы" as "и": Кайыңды is the village SOATE spells Каинды."""

from __future__ import annotations

from etl.reference.places import find_places
from etl.reference.places_spelling import spelling_skeleton

ACHA_KAINDY, KAINDY_MANAS = "41704220813010", "41707225818020"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_skeleton_reads_yi_as_i() -> None:
    assert spelling_skeleton("ача кайынды") == spelling_skeleton("ача каинды")


def test_kyrgyz_spelling_of_a_village_in_the_named_district() -> None:
    assert ACHA_KAINDY in keys("2025-жылдын 2-июнунда Ат-Башы районундагы Ача-Кайыңды айылында жыйын өттү.")
    assert KAINDY_MANAS in keys("2025-жылдын 2-июнунда Манас районундагы Кайыңды айылында жыйын өттү.")
