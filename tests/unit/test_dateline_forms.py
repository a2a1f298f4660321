"""Datelines in more forms: a field of a bar-separated metadata line, a day written without its year, and a place
and date set off by a spaced hyphen or with the date in brackets (the report's day, not its event's)."""

from __future__ import annotations

import pytest

from etl.extract.dates import find_dates
from etl.text import fold
from tests.unit.dateline_support import dateline_of


@pytest.mark.parametrize(("text", "expected"), [
    ("Title\nNews | 5 June 2024 | Tags: Health, Youth, Naryn Oblast\n\nText", "2024-06-05"),
    ("Заголовок\nПресс-релиз · 12.09.2023 · Рубрика: Экономика и финансы\n\nТекст", "2023-09-12"),
    ("Title\nStatement | April 2, 2025, 10:15 | Embassy Press Office\n\nText", "2025-04-02"),
])
def test_a_date_in_a_field_of_its_own_among_metadata(text: str, expected: str) -> None:
    assert dateline_of(text) == expected


@pytest.mark.parametrize("text", [
    "| 12.03.2024 | Тренинг для молодежи | 25 |\nТекст",
    "Title\nTraining | 5 June 2024 | Osh\n\nText",
])
def test_table_rows_and_event_fields_are_nodateline_of(text: str) -> None:
    assert dateline_of(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Талас, 3-декабрь — Кабар.\n\n2024-жылдын 1-декабрында Таласта форум өттү.", "2024-12-03"),
    # a report of late December tells an event of the year before... or one just after New Year
    ("Ош, 2 января — АКИpress. 28 декабря 2023 года в Оше прошёл форум.", "2024-01-02"),
    ("Заголовок\n17 апреля, 14:32\n\n15 апреля 2025 года в Караколе прошёл семинар.", "2025-04-17"),
    ("Title\n14:32, 17 April\n\nOn 15 April 2025 a seminar was held in Karakol.", "2025-04-17"),
    ("Опубликовано: 17 апреля\n\n15 апреля 2025 года прошёл семинар.", "2025-04-17"),
    ("БИШКЕК, 14 ноя — Sputnik. В Бишкеке 13 ноября 2025 года прошёл форум.", "2025-11-14"),
    # a year told alone is a plan's or history's, not the report's: no day to go by leaves its year unknown
    ("ОШ, 3 сен — Sputnik. Вчера в Оше прошёл круглый стол, а в 2025 году проект продолжится.", "--09-03"),
])
def test_a_dateline_without_its_year_takes_the_year_of_the_event_it_reports(text: str, expected: str) -> None:
    assert dateline_of(text) == expected


def test_a_dateline_without_any_year_in_the_text_stays_without_one() -> None:
    assert dateline_of("Нарын, 14-октябрь — Кабар.\n\nКечээ Нарында тренинг өттү.") == "--10-14"


@pytest.mark.parametrize("text", [
    "Программа\n14 октября\n09:00 Регистрация участников\n10:00 Открытие форума 2024 года",
    "14 октября, 09:00 – регистрация участников форума 2024 года",
])
def test_a_programmes_day_is_nodateline_of(text: str) -> None:
    assert dateline_of(text) is None


@pytest.mark.parametrize("text", [
    "Обновлено: 15.03.2025\nОпубликовано: 12.03.2025\n\nТекст",
    "Last updated: 15 March 2025\nPublished: 12 March 2025\n\nText",
    "Жаңыланды: 15.03.2025\nЖарыяланды: 12.03.2025\n\nТекст",
])
def test_the_date_a_page_was_updated_is_not_itsdateline_of(text: str) -> None:
    assert dateline_of(text) == "2025-03-12"


@pytest.mark.parametrize(("text", "expected"), [
    ("BISHKEK, March 12 (Kabar) - A training was held in Osh on 11 March 2025.", "2025-03-12"),
    ("BISHKEK, March 12, 2025 (Kabar) - A training was held in Osh on 11 March.", "2025-03-12"),
    ("Бишкек, 12 марта 2025 года (АКИpress) — 11 марта в Оше прошёл тренинг.", "2025-03-12"),
    ("Ош, 14 марта 2025 г. 12 марта текущего года в Оше прошёл тренинг для учителей школ района.", "2025-03-14"),
])
def test_a_dateline_with_the_agency_in_parentheses(text: str, expected: str) -> None:
    assert dateline_of(text) == expected


def test_a_full_month_name_takes_no_dot_a_short_one_does() -> None:
    folded = fold("It was held on 11 March. On Nov. 29, 2025 another.")
    spans = [folded[d.span[0]:d.span[1]] for d in find_dates(folded)]
    assert spans == ["11 march", "nov. 29, 2025"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Title\n\nNaryn, 12 March 2024 - The Governor visited Kochkor district on 11 March.", "2024-03-12"),
    ("Title\n\nKarakol, 12.03.2024 - Министр посетил Тонский район 11 марта.", "2024-03-12"),
    ("Title\n\nCholpon-Ata (12 Mar 2024) – The Minister visited Ton district on 11 March.", "2024-03-12"),
    ("Заголовок\n\nТалас (5 мая 2023 г.) — Делегация посетила Бакай-Ату 4 мая.", "2023-05-05"),
    ("Title\n\nBISHKEK, 8 October 2025 — The Ambassador visited Naryn on 7 October.", "2025-10-08"),
])
def test_place_date_then_dash_is_the_reports_day(text: str, expected: str) -> None:
    assert dateline_of(text) == expected


@pytest.mark.parametrize("text", [
    # a hyphen joined to a word or a range is no dateline's dash
    "Title\n\nThe training (12 March 2024) - as planned - gathered 30 farmers in Naryn.",
    "Title\n\nThe visit of the delegation to Naryn, 12 March 2024 - 14 March 2024, was a success.",
])
def test_dates_inside_sentences_are_nodateline_of(text: str) -> None:
    assert dateline_of(text) is None


def test_a_yearless_dateline_takes_no_year_from_a_recalled_year() -> None:
    text = ("Заголовок\n\nОш, 12 марта — АКИpress. 11 марта в Оше прошел круглый стол. Музей открыт в 1978 году.")
    assert dateline_of(text) == "--03-12"


def test_a_yearless_dateline_takes_the_year_of_the_day_after_it() -> None:
    text = "Заголовок\n\nОш, 12 марта — АКИpress. 11 марта 2024 года в Оше прошел круглый стол."
    assert dateline_of(text) == "2024-03-12"


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\n\nTitle\n\nKOCHKOR, Naryn Region, 14 March 2024 — The foundation opened a centre on 13 March 2024.",
     "2024-03-14"),
    ("Новость\n\nКАРА-БАЛТА, Чуйская область, 3 апреля 2025 — В городе прошёл форум 2 апреля 2025 года.", "2025-04-03"),
])
def test_a_place_with_its_region_before_the_date_and_dash(text: str, expected: str) -> None:
    assert dateline_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Title\n\nPress Release · March 4, 2024 · Topics: USAID, Economic Growth, Women's Empowerment and Gender\n\nText",
     "2024-03-04"),
    ("Title\n\nNews | 5 June 2024 | Tags: training, youth, Naryn\n\nText", "2024-06-05"),
])
def test_a_labelled_tag_list_is_metadata_whatever_its_length(text: str, expected: str) -> None:
    assert dateline_of(text) == expected


def test_a_sentence_with_a_place_and_a_date_is_still_nodateline_of() -> None:
    assert dateline_of("Title\n\nIn Kochkor, Naryn Region, 14 March 2024 the foundation opened a centre.") is None
