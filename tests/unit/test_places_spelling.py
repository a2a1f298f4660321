"""Villages spelled otherwise than the gazetteer spells them, found inside the district named."""

from __future__ import annotations

from etl.reference.places import find_places
from etl.reference.places_spelling import respelled_unit, spelling_skeleton
from etl.reference.translit import name_key


def places(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(m.place.soate, m.place.name, m.place.parent_soate) for m in find_places(text)]


def test_kyrgyz_russian_and_hybrid_spellings_share_a_skeleton() -> None:
    same = {spelling_skeleton(name_key(n)) for n in ("Бюргендю", "Бүргөндү", "Бюргөндү", "Бюргенду")}
    assert len(same) == 1
    assert spelling_skeleton(name_key("Гульча")) == spelling_skeleton(name_key("Гүлчө"))
    assert spelling_skeleton(name_key("Массы")) == spelling_skeleton(name_key("Масы"))
    assert spelling_skeleton(name_key("Кара-Джыгач")) == spelling_skeleton(name_key("Кара-Жыгач"))
    assert spelling_skeleton(name_key("Гульча")) != spelling_skeleton(name_key("Галча"))  # first vowel
    assert spelling_skeleton(name_key("Массы")) != spelling_skeleton(name_key("Мас"))  # vowel count


def test_a_hybrid_spelling_in_the_named_district_is_the_gazetteer_village() -> None:
    found = places("Ак-Суу районунун Тюргөн айылында жаштар үчүн окутуу өттү.")
    assert ("41702205805040", "Tyurgen", "41702205805000") in found  # SOATE Тюрген
    assert all(soate for soate, _n, _p in found)


def test_a_russian_spelling_after_a_level_word_is_the_gazetteer_village() -> None:
    found = places("Тренинг прошёл в селе Чон-Орюкту Иссык-Кульского района.")
    assert "41702215850010" in [s for s, _n, _p in found]  # SOATE Чон-Орюктю


def test_the_skeleton_reaches_no_village_outside_the_named_district() -> None:
    assert respelled_unit("Тюргөн", "village", "41704220000000") is None  # At-Bashy district
    found = places("Ат-Башы районунун Тюргөн айылында жаштар үчүн окутуу өттү.")
    assert (None, "Tyurgon", "41704220000000") in found


def test_an_ayil_aimak_word_admits_only_ayil_aimaks() -> None:
    assert respelled_unit("Масы", "ayil_aimak", "41703215000000") == "41703215836000"
    assert respelled_unit("Масы", "village", "41703215000000") == "41703215836010"
    assert respelled_unit("Масы", "village", None) is None


def test_a_russian_name_in_ia_declines_like_one_in_a() -> None:
    # Кызыл-Кия: "в Кызыл-Кие", "Кызыл-Кии", as Чолпон-Ата gives "в Чолпон-Ате"
    assert [name for _, name, _ in places("Встреча прошла в Кызыл-Кие.")] == ["Kyzyl-Kiya"]
    assert [name for _, name, _ in places("Жители Кызыл-Кии пришли на встречу.")] == ["Kyzyl-Kiya"]


def test_english_writes_kh_as_h_and_a_glide_y_as_i() -> None:
    found = places("On 16 June 2025 residents of Halmion village in Kadamjay district and of Hauz village "
                   "in Aravan district met the Mihailovka and Baimaala farmers.")
    soates = {soate for soate, _n, _p in found}
    assert {"41705258860010", "41706211829010"} <= soates  # SOATE Халмион, Хауз
