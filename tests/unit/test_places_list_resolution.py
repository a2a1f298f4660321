"""A village in a list after a city named for another group is the village of the district the report
names, not an unknown place in that city (``places_match._district_named_later``)."""

from __future__ import annotations

from etl.reference.places import find_places

NARYN_CITY, KOCHKOR = "41704400000010", "41704235000000"
SEMIZ_BEL, SARY_BULAK = "41704235832030", "41704235830020"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_villages_after_a_city_resolve_through_the_district_named_elsewhere() -> None:
    text = ("4 марта 2025 года в Кочкорском районе прошёл конкурс молодёжных проектов. Гранты получили команды "
            "из города Нарын, сел Семиз-Бель и Сары-Булак.")
    assert keys(text) == [KOCHKOR, NARYN_CITY, SEMIZ_BEL, SARY_BULAK]
    text = ("2025-жылдын 4-мартында Кочкор районунда жаштар форуму өттү. Форумга Нарын шаарынан, ошондой эле "
            "Семиз-Бел жана Сары-Булак айылдарынан 80 жаш келди.")
    assert keys(text) == [KOCHKOR, NARYN_CITY, SEMIZ_BEL, SARY_BULAK]


def test_a_village_the_named_city_lacks_with_no_district_named_is_an_unknown_place_in_the_city() -> None:
    text = "4 марта 2025 года в городе Нарын прошёл семинар. В нём участвовали жители сёл Кара-Суу и Ак-Жол."
    found = find_places(text)
    assert [m.place.key for m in found][0] == NARYN_CITY
    assert all(m.place.parent_soate == NARYN_CITY for m in found[1:]) and len(found) == 3


def test_a_quoted_name_after_a_settlement_word_is_a_settlement_of_the_city_not_of_its_neighbour() -> None:
    found = find_places("15 ноября 2024 года мэр Таш-Кумыра встретился с жителями жилмассива «Береке» и соседнего "
                        "поселка Кызыл-Жар.")
    bereke = [m.place for m in found if m.place.soate is None]
    assert [(p.name, p.parent_soate) for p in bereke] == [("Bereke", "41703420000010")]
    found = find_places("14 ноября 2024 года в городе Таш-Кумыр прошла встреча с жителями микрорайона «Шахтёр».")
    assert [(m.place.name, m.place.parent_soate) for m in found if m.place.soate is None] == [
        ("Shakhtyor", "41703420000010")]


def test_a_quoted_organization_name_is_still_no_settlement() -> None:
    found = find_places("4 марта 2025 года в Нарыне прошла встреча в ОО «Жаңы-Айыл».")
    assert all(m.place.soate is not None for m in found)
