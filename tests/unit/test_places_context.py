"""Places the words around them rule out: plans, origins, a project's general area; and names
below the gazetteer that are common words."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

BISHKEK, CHUI, TALAS, NARYN_OBL, ISSYK_KUL = (
    "41711000000000", "41708000000000", "41707000000000", "41704000000000", "41702000000000")


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


@pytest.mark.parametrize("text", [
    "Тренинг прошел в Бишкеке. Проект реализуется в Чуйской, Таласской и Нарынской областях.",
    "Тренинг прошел в Бишкеке. В 2025 году проект охватит Чуйскую, Таласскую и Нарынскую области.",
    "Тренинг прошел в Бишкеке. В следующем году работа расширится на Чуйскую и Таласскую области.",
    "Тренинг Бишкекте өттү. Долбоор Чүй, Талас жана Нарын облустарында ишке ашырылып жатат.",
    "Тренинг Бишкекте өттү. Келерки жылы долбоор Чүй жана Талас облустарына жайылтылат.",
    "The training took place in Bishkek. The project is implemented in Chui, Talas and Naryn regions.",
])
def test_plans_and_project_background_name_no_place(text: str) -> None:
    assert keys(text) == [BISHKEK]


@pytest.mark.parametrize("text", [
    "Тренинг в Бишкеке провел эксперт Азамат Бекович, родом из Нарына.",
    "Тренинг в Бишкеке провела Айгуль Асанова, уроженка Нарынской области.",
    "Тренинг Бишкекте өттү. Тренер Нарында туулган.",
    "The training in Bishkek was led by a trainer born in Naryn.",
])
def test_a_persons_origin_is_no_event_place(text: str) -> None:
    assert keys(text) == [BISHKEK]


def test_counted_coverage_of_a_project_counts() -> None:
    text = "Проект реализуется с 2021 по 2024 год в 12 айылных аймаках Иссык-Кульской и Нарынской областей."
    assert keys(text) == [ISSYK_KUL, NARYN_OBL]


def test_a_list_in_a_held_clause_keeps_every_item() -> None:
    assert keys("Тренинги прошли в Чуйской, Таласской и Нарынской областях.") == [CHUI, TALAS, NARYN_OBL]


def test_unknown_settlements_in_a_plan_are_not_places() -> None:
    assert keys("Жыйын Бишкекте өттү. Келерки жылы Ак-Булуң жана Жаңы-Турмуш конуштарын камтуу пландалууда.") \
        == [BISHKEK]


def test_a_name_starting_with_zhany_is_a_name() -> None:
    found = [(m.place.name, m.place.parent_soate) for m in find_places(
        "Бишкектин Ленин районундагы Жаңы-Жер конушунда жыйын өттү.") if m.place.soate is None]
    assert found == [("Jany-Jer", "41711201000000")]


@pytest.mark.parametrize("text", [
    "Сотрудников айыл окмоту Кеминского района обучили.",
    "Представителей айыл окмоту Кеминского района пригласили.",
    "Кызматкерлери айыл аймагынын Кемин районунда окушту.",
])
def test_people_words_before_a_level_word_are_no_settlement(text: str) -> None:
    assert all(m.place.soate is not None for m in find_places(text))


@pytest.mark.parametrize("text", [
    "Тренинг прошел в Бишкеке. Ранее подобные тренинги прошли в Нарыне.",
    "Тренинг Бишкекте өттү. Буга чейин мындай тренингдер Нарында өткөн.",
    "The training took place in Bishkek. The organization is based in Naryn.",
])
def test_earlier_work_and_an_organizations_seat_name_no_place(text: str) -> None:
    assert keys(text) == [BISHKEK]


@pytest.mark.parametrize("text", [
    "Тренинг Бишкекте өттү. «Мен баштагам», – дейт Нарын шаарынан келген ишкер Гүлнара Токтосунова.",
    "Тренинг Бишкекте өттү, - деди катышуучулардын бири, Ат-Башы айылынын тургуну Гулзат Абдыкадырова.",
    "Тренинг прошел в Бишкеке. «Спасибо», — сказала жительница села Папан Гульзат Абдыкадырова.",
])
def test_where_a_quoted_person_lives_is_no_event_place(text: str) -> None:
    assert keys(text) == [BISHKEK]


def test_residents_as_a_group_still_name_their_village() -> None:
    text = "Тренинг Кара-Суу районунда өттү. Папан айылынын тургундары катышты."
    assert keys(text) == ["41706226000000", "41706226842010"]


@pytest.mark.parametrize("text,expected", [
    ("FAO awards grants to farmer cooperatives in Chui and Talas", [CHUI, TALAS]),
    ("Иш-чаралар Чүй, Талас жана Нарында өттү.", [CHUI, TALAS, NARYN_OBL]),
    ("Тренинги прошли в Бишкеке, Оше и Нарыне.", [BISHKEK, "41721000000000", "41704400000010"]),
])
def test_bare_names_listed_together_share_a_level(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize("text", [
    '"These grants will save our harvest," said Asel Toktogulova, a farmer from Kochkor district.',
    "«Спасибо», — сказала Асель Токтогулова, фермер из Кочкорского района.",
])
def test_where_a_named_person_comes_from_is_no_event_place(text: str) -> None:
    assert keys(text) == []


def test_people_from_a_place_as_a_group_keep_it() -> None:
    assert keys("Гранты получили фермеры из Кочкорского района.") == ["41704235000000"]


@pytest.mark.parametrize("text", [
    "Тренинг Нарында Токтогул атындагы мектепте өттү.",
    "Тренинг прошел в Нарыне, в школе имени Токтогула.",
    "Тренинг прошел в Нарыне, в школе им. Токтогула.",
    "Семинар прошел в Нарыне в гимназии №3 имени Манаса.",
])
def test_a_person_an_institution_is_named_after_is_no_place(text: str) -> None:
    assert keys(text) == ["41704400000010"]


def test_the_towns_own_name_still_counts() -> None:
    assert keys("Тренинг Токтогул шаарында өттү.") == ["41703225600010"]


def test_business_plans_are_no_plan() -> None:
    text = "42 young people from Osh oblast presented their business plans to a jury in Osh city."
    assert keys(text) == ["41706000000000", "41721000000000"]


def test_a_plan_to_expand_names_no_place() -> None:
    assert keys("The training took place in Bishkek. The project plans to expand to Naryn region.") == [BISHKEK]


@pytest.mark.parametrize("text", [
    "Көптөгөн айылдарда жыйын өттү.", "Көпчүлүк айыл аймактарында жыйын өттү.", "Өз айылында жыйын өттү.",
    "Мындай конуштарда жыйын өттү.", "Кошуна айыл аймактары катышты.",
])
def test_a_common_word_opening_a_sentence_before_a_level_word_is_no_settlement(text: str) -> None:
    assert keys(text) == []


def test_names_listed_before_a_plural_level_word_stay() -> None:
    found = [m.place.name for m in find_places("Ак-Булуң жана Жаңы-Турмуш конуштарында жыйын өттү.")]
    assert found == ["Ak-Bulun", "Jany-Turmush"]
