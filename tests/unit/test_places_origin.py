"""Where one person, team, school or contest entry comes from is no event place; a group of
participants' home areas is the activity's coverage (the labels count it)."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

TALAS_CITY, NARYN_CITY, KARAKOL, TOKMOK = "41707400000010", "41704400000010", "41702410000010", "41708400000010"
OSH_REGION, NARYN_REGION, TALAS_REGION, CHUI_REGION = "41706000000000", "41704000000000", "41707000000000", "41708000000000"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


@pytest.mark.parametrize("text", [
    "The hackathon took place in Talas. \"We can do it,\" said a 30-year-old software developer from Karakol.",
    "The hackathon took place in Talas. Prizes went to a Karakol team that recycles plastic.",
    "The hackathon took place in Talas. The jury also liked a Karakol startup building drones.",
    "The hackathon took place in Talas. The keynote came from a young hydrologist from Karakol.",
])
def test_one_person_or_team_from_a_place_is_no_event_place_en(text: str) -> None:
    assert keys(text) == [TALAS_CITY]


def test_a_kyrgyz_ablative_before_a_named_winner_is_where_the_winner_comes_from() -> None:
    text = "Сынак Талас шаарында өттү. Жеңүүчүлөрдүн арасында Каракол шаарынан Нурлан Токтосунов бар."
    assert keys(text) == [TALAS_CITY]
    text = "Сынак Талас шаарында өттү. Жеңүүчүлөрдүн арасында Токмоктон Азамат Беков бар."
    assert keys(text) == [TALAS_CITY]


def test_a_locative_with_a_role_before_a_named_person_introduces_the_speaker() -> None:
    text = "Тренинг Талас шаарында өттү.\n\nКөк-Ой айылындагы мугалим Гүлнара Осмонова: «Бул абдан пайдалуу»."
    assert keys(text) == [TALAS_CITY]


def test_a_single_school_from_a_place_in_russian_is_no_event_place() -> None:
    text = "Финал прошёл в городе Талас. Приз зрительских симпатий получила школа из Токмока."
    assert keys(text) == [TALAS_CITY]


def test_a_ranking_names_the_winners_homes_not_the_events() -> None:
    text = ("Финал конкурса прошёл в городе Талас. Первое место заняла команда лицея города Токмок, "
            "второе — школа из Каракола, третье — гимназия города Нарын.")
    assert keys(text) == [TALAS_CITY]


def test_a_ranking_of_the_places_themselves_keeps_them() -> None:
    text = "Талас районунда «Эң кооз айыл» сынагы өттү. Биринчи орунду Кара-Суу айыл аймагы ээледи."
    found = keys(text)
    assert "41707232000000" in found and len(found) == 2


def test_a_kyrgyz_adjective_of_origin_after_a_rank_is_the_winners_home() -> None:
    text = "Сынак Талас шаарында өттү. Биринчи орунду Токмоктук команда алды."
    assert keys(text) == [TALAS_CITY]


def test_where_contest_entries_were_sent_from_is_no_event_place() -> None:
    text = "Итоги конкурса подвели в городе Талас. На конкурс поступило 80 работ из Нарынской и Чуйской областей."
    assert keys(text) == [TALAS_CITY]
    text = "Сынактын жыйынтыгы Талас шаарында чыгарылды. Сынакка Нарын жана Чүй облустарынан 80 эмгек келип түштү."
    assert keys(text) == [TALAS_CITY]


@pytest.mark.parametrize("text", [
    "Форум прошёл в городе Талас. В нём участвовали 120 фермеров из Нарынской и Чуйской областей.",
    "Форум Талас шаарында өттү. Ага Нарын жана Чүй облустарынан 120 фермер катышты.",
    "The forum took place in Talas city. It brought together 120 farmers from Naryn and Chui regions.",
])
def test_a_group_of_participants_home_areas_is_the_activitys_coverage(text: str) -> None:
    assert set(keys(text)) == {TALAS_CITY, NARYN_REGION, CHUI_REGION}


def test_grants_received_by_people_from_villages_stay_coverage() -> None:
    text = "В городе Талас вручены гранты. Гранты получили фермеры из сёл Кара-Суу и Кок-Ой Таласского района."
    found = keys(text)
    assert TALAS_CITY in found and "41707232000000" in found and len(found) >= 3


def test_a_place_inside_a_persons_title_before_the_name_is_no_event_place() -> None:
    text = "Круглый стол прошёл в городе Талас. «Нужна помощь», — сказал председатель пастбищного комитета Кок-Ой Нурлан Бекматов."
    assert keys(text) == [TALAS_CITY]
    assert set(keys("В Кок-Ое Таласского района Нурлан Бекматов открыл пекарню.")) >= {"41707232000000"}
