"""A body's record over earlier years (an earlier event with its year, a period ending by the report's
year, years counted back from now) names no event place, unless a text that presents results counts
what that record covered."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places
from etl.reference.places_record import earlier_record, presents_results
from etl.text import fold

TALAS_CITY, BATKEN_OBLAST, NARYN_OBLAST = "41707400000010", "41705000000000", "41704000000000"
BISHKEK = "41711000000000"


def keys(text: str) -> list[str]:
    return sorted({m.place.key for m in find_places(text)})


@pytest.mark.parametrize("text", [
    "Тренинг прошёл 12 мая 2025 года в городе Талас. В 2023 году фонд провёл 6 акций в Баткенской области.",
    "Тренинг прошёл 12 мая 2025 года в городе Талас. В 2023 году, в рамках прежнего проекта, фонд "
    "организовал 6 акций в Баткенской области.",
    "The seminar was held in Talas city on 12 May 2025. The first seminar was held in Batken Region in 2023 "
    "and gathered 90 people.",
    "2025-жылдын 12-майында Талас шаарында семинар өттү. Биринчи семинар 2023-жылы Баткен облусунда өткөн.",
])
def test_an_earlier_event_with_its_year_is_no_event_place(text: str) -> None:
    assert keys("13.05.2025\n\n" + text) == [TALAS_CITY]  # the report's year named more often than the earlier one


def test_a_short_text_naming_each_year_once_keeps_its_places() -> None:
    text = "Тренинг 2024-жылы Талас шаарында өттү. 2025-жылы ушундай эле тренинг Баткен облусунда өтөт."
    assert TALAS_CITY in keys(text)


@pytest.mark.parametrize("text", [
    "Тренинг прошёл 12 мая 2025 года в городе Талас. По словам координатора, за 2023–2025 годы обучение "
    "прошли 400 специалистов Баткенской и Нарынской областей.",
    "The seminar was held in Talas city on 12 May 2025. Over the past three years the network has worked "
    "with schools in Batken and Naryn regions.",
    "Семинар прошёл 12 мая 2025 года в городе Талас. За последние годы фонд работал с айыл окмоту "
    "Баткенской и Нарынской областей.",
    "2025-жылдын 12-майында Талас шаарында семинар өттү. Акыркы үч жылда уюм Баткен жана Нарын "
    "облустарындагы мектептер менен иштеди.",
])
def test_a_record_over_a_period_is_no_event_place(text: str) -> None:
    assert keys(text) == [TALAS_CITY]


def test_a_presentation_of_results_keeps_the_counted_record() -> None:
    text = ("On 12 May 2025 UNDP presented the results of the programme in Bishkek. Over the past two years "
            "the programme has reached 9,000 people in 30 villages of Batken and Naryn regions.")
    assert keys(text) == sorted([BISHKEK, BATKEN_OBLAST, NARYN_OBLAST])


def test_a_speaker_telling_the_record_is_background_even_at_a_presentation() -> None:
    text = ("On 12 May 2025 UNDP presented the results of the programme in Bishkek. According to the coordinator, "
            "over the past two years 9,000 people in Batken and Naryn regions were reached.")
    assert keys(text) == [BISHKEK]


def test_founding_year_and_full_date_do_not_make_a_record() -> None:
    ft = fold("Фонд, основанный в 2010 году, провёл тренинг в городе Талас")
    assert not earlier_record(ft, 0, len(ft), False, False)
    ft = fold("Тренинг прошёл 12 мая 2023 года в городе Талас")
    assert not earlier_record(ft + " 2025 2025", 0, len(ft), False, False)


def test_presents_results_reads_the_three_languages() -> None:
    assert presents_results(fold("министерство представило итоги программы"))
    assert presents_results(fold("долбоордун жыйынтыктары тааныштырылды"))
    assert presents_results(fold("participants discussed the results of the pilot"))
    assert not presents_results(fold("тренинг прошёл в Таласе"))


@pytest.mark.parametrize("text", [
    "13.05.2025\n\nЦентр открылся 12 мая 2025 года в городе Талас. Фонд подал заявку на открытие второго такого "
    "центра в Баткенской области.",
    "13.05.2025\n\nThe centre opened in Talas city on 12 May 2025. The foundation hopes to open another such centre "
    "in Batken Region.",
    "13.05.2025\n\n2025-жылдын 12-майында Талас шаарында борбор ачылды. Фонд экинчи ушундай борборду Баткен "
    "облусунда ачууну көздөйт.",
])
def test_one_more_of_the_same_elsewhere_is_no_event_place(text: str) -> None:
    assert keys(text) == [TALAS_CITY]
