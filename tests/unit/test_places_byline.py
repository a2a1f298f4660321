"""Bylines, level-word datelines and letterhead address lines are no event places."""

from __future__ import annotations

from etl.reference.places import find_places
from etl.reference.places_byline import byline

TALAS_CITY, NARYN_REGION, NARYN_CITY = "41707400000010", "41704000000000", "41704400000010"
KOCHKOR, AT_BASHY = "41704235000000", "41704220000000"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_an_outlet_place_and_date_between_separators_is_a_byline() -> None:
    text = "Жаштар форуму өттү\n\nКабар, Нарын · 14-май, 2025 · 09:30\n\nКочкор районунда жаштар форуму өттү."
    assert keys(text) == [KOCHKOR]
    text = "Youth forum held\n\nAKIpress | Naryn | 14.05.2025\n\nA youth forum took place in Kochkor district."
    assert keys(text) == [KOCHKOR]


def test_a_table_row_with_separators_is_content() -> None:
    assert not byline("| Нарын | 20 |", 2, 7)


def test_a_level_word_dateline_heading_the_body_is_where_the_news_was_written() -> None:
    text = "Нарын облусу, 2025-жылдын 3-апрели. Бүгүн Кочкор районунда фермерлер үчүн жыйын өттү."
    assert keys(text) == [KOCHKOR]
    text = "Нарынская область, 3 апреля. Сегодня в Кочкорском районе прошло собрание фермеров."
    assert keys(text) == [KOCHKOR]


def test_a_level_word_dateline_standing_alone_over_the_text_is_kept() -> None:
    # the labels count such a line as the event's area (holdout label convention)
    text = "Нарын облусу, 03.04.2025\n\nКочкор районунда фермерлер үчүн жыйын өттү."
    assert set(keys(text)) == {NARYN_REGION, KOCHKOR}


def test_an_address_line_with_a_phone_is_a_letterhead() -> None:
    text = ("Общественное объединение «Тоолук Аялдар»\n\nНарынская область, Ат-Башинский район. Тел.: 0555 12 34 56\n\n"
            "ОТЧЕТ\n\n12 марта 2025 года в Кочкорском районе прошел тренинг.")
    assert keys(text) == [KOCHKOR]


def test_a_place_with_the_outlet_in_brackets_opens_a_byline() -> None:
    # the bracketed outlet makes it a dash dateline: where the news was written once the paragraph
    # names the event's own town (test_places_passing covers a dateline that names the only place)
    text = "Нарын (Кабар) — 3 марта 2025 года в Караколе прошёл семинар для фермеров."
    assert keys(text) == ["41702410000010"]
    assert NARYN_CITY in keys("Форум прошёл в Нарыне (Нарынская область) в марте.")


def test_a_place_field_after_the_date_is_a_byline() -> None:
    text = ("Nurses trained\n\n27 June 2022 | Bishkek | Reading time: 3 min (760 words)\n\n"
            "Forty nurses completed a course in Kochkor district on 7 June 2022.")
    assert keys(text) == [KOCHKOR]


def test_a_place_and_date_field_after_a_separator_is_a_byline() -> None:
    text = ("«Жайыт» коомдук бирикмесинин пресс-релизи · Нарын, 2024-жылдын 16-майы\n\n"
            "2024-жылдын 14-майында Кочкор районунда тренинг өттү.")
    assert keys(text) == [KOCHKOR]
