"""Settlements and microdistricts of Bishkek below SOATE: their parent is the city district where
the text or the gazetteer says which, else Bishkek."""

from __future__ import annotations

import pytest

from etl.reference.gazetteer import gazetteer
from etl.reference.places import find_places

BISHKEK, LENIN, OKTYABR, PERVOMAI, SVERDLOV = (
    "41711000000000", "41711201000000", "41711202000000", "41711203000000", "41711204000000")


def settlements(text: str) -> list[tuple[str, str | None]]:
    return [(m.place.name, m.place.parent_soate) for m in find_places(text) if m.place.soate is None]


@pytest.mark.parametrize("text", [
    "Бишкектин Свердлов районундагы Ак-Бата конушунда жыйын өттү.",
    "В Свердловском районе Бишкека, в жилмассиве Ак-Бата прошла встреча.",
    "В жилмассиве Ак-Бата Свердловского района прошла встреча.",
])
def test_the_district_named_in_the_sentence_is_the_parent(text: str) -> None:
    assert settlements(text) == [("Ak-Bata", SVERDLOV)]


def test_every_mention_of_the_settlement_follows_its_district() -> None:
    text = "В Свердловском районе Бишкека, в жилмассиве Ак-Бата прошла встреча. Жители Ак-Бата пришли."
    assert settlements(text) == [("Ak-Bata", SVERDLOV), ("Ak-Bata", SVERDLOV)]


def test_an_unknown_settlement_takes_the_district_of_its_sentence() -> None:
    assert settlements("Бишкектин Ленин районундагы Жаңы-Жер конушунда жыйын өттү.") == [("Jany-Jer", LENIN)]


def test_two_districts_in_the_sentence_decide_nothing() -> None:
    text = "В Ленинском и Свердловском районах Бишкека, в жилмассивах Ак-Ордо и Ак-Бата прошли встречи."
    assert settlements(text) == [("Ak-Ordo", BISHKEK), ("Ak-Bata", BISHKEK)]


def test_without_a_district_the_parent_is_bishkek() -> None:
    assert settlements("Встреча прошла в жилмассиве Ак-Ордо в Бишкеке.") == [("Ak-Ordo", BISHKEK)]


@pytest.mark.parametrize("text,expected", [
    ("Встреча прошла в жилмассиве Бакай-Ата.", ("Bakai-Ata", SVERDLOV)),
    ("Тренинг в микрорайоне Тунгуч Бишкека.", ("Tunguch", OKTYABR)),
])
def test_the_gazetteer_knows_some_districts(text: str, expected: tuple[str, str]) -> None:
    """Names that are also common words or other places are read only near their district (needs_context)."""
    assert settlements(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Тренинг прошел в жилмассиве Кок-Жар.", ("Kok-Jar", BISHKEK)),
    ("Алтын-Казык конушунда жыйын өттү.", ("Altyn-Kazyk", BISHKEK)),
    ("В жилмассиве Кок-Жар Октябрьского района открылся детский сад.", ("Kok-Jar", OKTYABR)),
    ("Алтын-Казык конушунда, Биринчи Май районунда жыйын өттү.", ("Altyn-Kazyk", PERVOMAI)),
])
def test_a_district_the_text_does_not_name_is_not_given(text: str, expected: tuple[str, str]) -> None:
    """A settlement lies in the unit the text places it in (labelling guide: each place at the level the text
    names): the city, unless its district is named with it."""
    assert settlements(text) == [expected]


def test_bishkek_settlements_lie_in_bishkek() -> None:
    units = gazetteer().units
    for uid, unit in units.items():
        if uid.startswith("bsk_"):
            assert unit.soate is None and unit.level == "settlement"
            assert BISHKEK in (unit.parent, *unit.ancestors)
            assert unit.parent == BISHKEK or units[unit.parent].level == "city_district"


@pytest.mark.parametrize("text,name", [
    ("В Бишкеке в новостройке Ай-Тилек прошла встреча.", "Ay-Tilek"),
    ("В Бишкеке в жилом массиве Ай-Тилек прошла встреча.", "Ay-Tilek"),
    ("The meeting was held in the Ai-Tilek new settlement of Bishkek.", "Ai-Tilek"),
    ("The meeting was held in the Ai-Tilek microdistrict of Bishkek.", "Ai-Tilek"),
])
def test_an_unknown_settlement_is_kept_whatever_its_level_word(text: str, name: str) -> None:
    assert settlements(text) == [(name, BISHKEK)]


def test_an_unknown_village_in_english_is_kept() -> None:
    found = [(m.place.name, m.place.level) for m in find_places("The school opened in the village of Ai-Tilek.")]
    assert found == [("Ai-Tilek", "village")]


def test_a_settlement_word_with_nothing_around_keeps_an_unknown_settlement() -> None:
    found = [(m.place.soate, m.place.name, m.place.level) for m in find_places("Жители жилмассива Жаңы-Жер пришли.")]
    assert found == [(None, "Jany-Jer", "settlement")]
