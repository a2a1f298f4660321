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
