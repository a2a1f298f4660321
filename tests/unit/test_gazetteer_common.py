"""Low-level places named with everyday words need their parent in the same sentence when written bare
(``gazetteer_common``)."""

from __future__ import annotations

from etl.reference.gazetteer import gazetteer
from etl.reference.gazetteer_common import COMMON_WORD_NAMES
from etl.reference.places import find_places

NARYN_DISTRICT, DOSTUK_AIMAK, DOSTUK_VILLAGE = "41704245000000", "41704245863000", "41704245863010"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_every_listed_word_names_a_low_level_unit_that_needs_context() -> None:
    gaz = gazetteer()
    for key in COMMON_WORD_NAMES:
        low = [uid for uid, _kind in gaz.keys.get(key, ()) if gaz.units[uid].level in ("village", "ayil_aimak", "settlement")]
        assert low, key
        assert all(gaz.units[uid].needs_context for uid in low), key


def test_districts_named_by_a_listed_word_are_unchanged() -> None:
    gaz = gazetteer()
    high = [uid for uid, _kind in gaz.keys["октябрь"] if gaz.units[uid].level == "city_district"]
    assert high and not any(gaz.units[uid].needs_context for uid in high)


def test_a_bare_everyday_word_with_its_district_only_elsewhere_is_the_word() -> None:
    text = ("2025-жылдын 4-мартында Нарын районунда жаштар форуму өттү.\n\n"
            "Достук – биздин байлыгыбыз, деди аким.")
    assert keys(text) == [NARYN_DISTRICT]


def test_with_a_level_word_or_its_district_in_the_sentence_it_is_the_place() -> None:
    assert DOSTUK_AIMAK in keys("2025-жылдын 4-мартында Нарын районунун Достук айыл аймагында жыйын өттү.")
    assert DOSTUK_VILLAGE in keys("2025-жылдын 4-мартында Нарын районундагы Достукта жыйын өттү.")
