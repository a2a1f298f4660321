"""Proposals to extend an activity, trend statistics, landscape adjectives, 'им.' names and all-caps
level words name no event place; same-named villages go to the same-named ayil aimak."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places
from etl.reference.places_plans import near_another, proposed, trend_sentence
from etl.reference.places_samename import prefer_same_named_aimak, respelled_in_district

TALAS_CITY, BALYKCHY, KOCHKOR = "41707400000010", "41702420000010", "41704235000000"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


@pytest.mark.parametrize("text", [
    "Семинар прошёл в городе Талас. Организаторы предложили расширить программу на Баткенскую область.",
    "The seminar took place in Talas city. UNDP proposed to extend the approach to Batken Region next.",
    "The seminar took place in Talas city. Participants recommended scaling the model up to Batken Region.",
])
def test_a_proposal_to_take_the_activity_elsewhere_is_no_event_place(text: str) -> None:
    assert keys(text) == [TALAS_CITY]


def test_proposed_reads_the_clause_only() -> None:
    ft = "министерство предложило распространить модель на нарынскую область"
    assert proposed(ft, 0, len(ft))
    assert not proposed("участники предложили идеи", 0, 25)


@pytest.mark.parametrize("text", [
    "The training took place in Talas city. Child mortality in Batken Region fell from 24.1 to 19.5 "
    "per 1000 between 2015 and 2022.",
    "Тренинг прошёл в городе Талас. Уровень бедности в Баткенской области снизился с 33,1 до 29,4 процента.",
])
def test_a_trend_sentence_is_background_statistics(text: str) -> None:
    assert keys(text) == [TALAS_CITY]


def test_a_trend_needs_both_a_change_verb_and_from_to() -> None:
    assert trend_sentence("fell from 11.2 to 8.9", 0, 21)
    assert not trend_sentence("from 10 to 12 june the forum", 0, 28)


def test_a_place_adjective_of_a_landscape_is_no_place() -> None:
    text = "В Балыкчы прошла ярмарка. Участвовали пансионаты Иссык-Кульского побережья и фермеры."
    assert keys(text) == [BALYKCHY]


def test_a_village_name_after_imeni_is_a_persons_name() -> None:
    text = "Тренинг прошёл в школе им. Курманжан Датки села Кочкорка Кочкорского района."
    found = keys(text)
    assert "41706207814060" not in found and KOCHKOR in found


def test_capitalised_level_words_in_an_all_caps_headline_name_no_settlement() -> None:
    text = "КОЧКОРДО ЖАШТАР ТАЗАЛАНГАН АЙЫЛ ЧАРБАСЫН ҮЙРӨНҮШТҮ\n\nКочкор районунда тренинг өттү."
    assert keys(text) == [KOCHKOR]


def test_tied_same_named_villages_go_to_the_same_named_ayil_aimak() -> None:
    # Alay district: Sary-Mogol of Taldy-Suu ayil aimak and Sary-Mogol of Sary-Mogol ayil aimak
    assert prefer_same_named_aimak(["41706207838050", "41706207839010"])[0] == "41706207839010"
    assert keys("Ноокат районунун Кара-Таш айылында жыйын болду.") == ["41706242000000", "41706242812010"]


def test_a_respelled_village_is_looked_up_in_the_whole_district() -> None:
    # "Чавай" is Кадамжай district's Чаувай; a sibling may have put it in the wrong ayil aimak
    assert respelled_in_district("Чавай", "village", "41705258849000") in {"41705258867010", None}
    assert respelled_in_district("Сары-Могол", "village", "41706207838000") == "41706207839010"


def test_names_listed_as_municipalities_are_ayil_aimaks() -> None:
    text = ("The award ceremony took place in Osh. The winning municipalities, among them Papan and "
            "Kurshab in Uzgen district, received grants.")
    found = keys(text)
    assert "41706255853000" in found and "41706255853010" not in found
    text = "The award ceremony took place in Osh. Villagers of Kurshab in Uzgen district received grants."
    assert "41706255853000" not in keys(text)


def test_a_mayors_title_names_no_place() -> None:
    text = "Мэр Каракола встретился с жителями. Встреча прошла в селе Кочкорка Кочкорского района."
    assert "41702410000010" not in keys(text)
    assert "41702410000010" not in keys("The Mayor of Karakol opened the fair in Kochkor district.")
    assert "41702410000010" in keys("Мэрия города Каракол провела ярмарку.")  # the mayor's office acts for its city


def test_an_organizations_office_in_a_city_is_no_event_place() -> None:
    text = "Тренинг Кочкор районунда өттү. Ага ПРООНдун Нарындагы кеңсесинин адиси катышты."
    assert keys(text) == [KOCHKOR]


def test_a_settlement_of_a_city_takes_the_one_district_the_text_names() -> None:
    text = ("Мэрия провела встречу с жителями жилмассива Ак-Ордо-3 города Бишкек. Встреча прошла в школе "
            "Ленинского района.")
    assert "Ak-Ordo@41711201000000" in keys(text)


def test_a_place_ranked_by_a_figure_is_background() -> None:
    text = "Ярмарка прошла в Балыкчы. Бедность в Нарынской области остается одной из самых высоких в стране."
    assert keys(text) == [BALYKCHY]


def test_a_place_that_opens_a_sites_name_is_no_place() -> None:
    text = "Тренинг Кочкор районунда өттү. Катышуучулар Ысык-Көл Рух-Ордо комплексине барышты."
    assert keys(text) == [KOCHKOR]


def test_a_bare_aimak_adjective_is_the_village_the_text_names() -> None:
    text = "В Петровском открыли теплицу\n\nВ селе Петровка Московского района открыли теплицу."
    assert "41708217824000" not in keys(text) and "41708217824010" in keys(text)


def test_an_infinitive_of_extending_names_a_target_not_a_place() -> None:
    got = [m.place.key for m in find_places(
        "4 июня 2024 года в городе Кара-Суу прошёл круглый стол. Участники рекомендовали министерству включить "
        "мониторинг воды в областную программу и распространить опыт на Ноокатский и Узгенский районы.")]
    assert got == ["41706226600010"]


def test_the_second_river_of_a_list_is_no_place() -> None:
    got = [m.place.key for m in find_places(
        "8 июня 2022 года в городе Балыкчы прошёл круглый стол. Эколог представила карту нерестилищ у устья рек Чу и Тюп.")]
    assert got == ["41702420000010"]


def test_near_another_reads_a_proximity_phrase_before_the_name() -> None:
    ft = "проблема стоит остро из-за близости к бишкеку. село недалеко от каракола. a village near osh"
    assert near_another(ft, ft.index("бишкеку"))
    assert near_another(ft, ft.index("каракола"))
    assert near_another(ft, ft.index("osh"))
    assert not near_another(ft, ft.index("село"))
