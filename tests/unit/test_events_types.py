"""Event types from more wordings, and sentences that look like events but report figures or background."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.dates import find_dates, non_event_reason
from etl.text import fold


def _types(text: str) -> list[str]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [e["event_type"] for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize(("text", "kind"), [
    ("15 декабря 2023 года в доме культуры прошли публичные слушания по проекту бюджета.", "meeting"),
    ("2023-жылдын 10-апрелинде мектептерде эвакуациялоо боюнча окуу машыгуулары өткөрүлдү.", "training"),
    ("On March 4, 2024, the Ambassador presented Democracy Commission Small Grants to twelve organizations.",
     "grant_award"),
])
def test_more_wordings_of_event_types(text: str, kind: str) -> None:
    assert _types(text) == [kind]


def test_a_dateline_time_above_does_not_count_the_event() -> None:
    # "11:47" ends the line above: the round table is not "47 round tables"
    text = "AKIpress, 12.03.2024 11:47\nКруглый стол по миграции прошёл 11 марта в Оше."
    assert _types(text) == ["round_table"]


def test_what_a_project_did_over_a_period_is_background() -> None:
    text = ("Круглый стол прошёл 11 марта 2024 года в Оше. В нём приняли участие 35 человек.\n\n"
            "С начала 2023 года центры помогли 2 870 мигрантам, 410 из них прошли профессиональное обучение.")
    assert _types(text) == ["round_table"]


@pytest.mark.parametrize("text", ["с начала 2023 года центры помогли", "2023-жылдын башынан бери 410 адам окуду"])
def test_since_the_start_of_a_year_is_a_period(text: str) -> None:
    folded = fold(text)
    assert all(non_event_reason(folded, d, (0, len(folded))) is not None for d in find_dates(folded))


def test_pitches_in_a_competition_are_the_competition() -> None:
    text = ("On 11 June 2024 a business ideas competition was held in Osh. 42 young people presented their "
            "business plans to a jury.")
    assert _types(text) == ["competition"]


@pytest.mark.parametrize(("text", "kind"), [
    ("12 марта 2024 года в Караколе гранты были выданы пяти женским группам.", "grant_award"),
    ("10 августа 2023 года в селе Сары-Могол введена в эксплуатацию новая школа.", "opening"),
    ("2023-жылдын 10-августунда айылда жаңы мектеп пайдаланууга берилди.", "opening"),
    ("10 августа 2023 года министр открыл в селе отремонтированный мост.", "opening"),
])
def test_grants_given_and_buildings_put_into_use(text: str, kind: str) -> None:
    assert _types(text) == [kind]


def test_grants_counted_in_a_conference_report_are_a_figure() -> None:
    text = ("12 марта 2024 года в Бишкеке состоялась конференция по местному самоуправлению.\n\n"
            "Всего участников — 120. Было выдано 45 грантов.")
    assert _types(text) == ["conference"]


def test_taking_part_in_an_opening_during_a_visit_is_an_opening_of_its_own_day() -> None:
    text = ("9 августа 2023 года министр прибыл с рабочим визитом в Чон-Алайский район.\n\n"
            "10 августа 2023 года министр принял участие в открытии новой школы в селе Дароот-Коргон.")
    doc_events = _types(text)
    assert doc_events == ["visit", "opening"]


@pytest.mark.parametrize("text", [
    "Женщины-предпринимательницы Каракола получили гранты\n\n12 марта 2024 года в Караколе подвели итоги.",
    "Каракол шаарынын аял ишкерлери грант утуп алышты\n\n2024-жылдын 12-мартында жыйынтыктар чыгарылды.",
    "Women entrepreneurs in Karakol received small grants\n\nOn 12 March 2024 the results were announced.",
])
def test_grants_received_in_a_headline_are_an_award(text: str) -> None:
    assert _types(text) == ["grant_award"]


def test_a_results_table_row_of_grants_is_a_figure() -> None:
    text = ("12 октября 2023 года в городе Талас прошёл тренинг для молодых предпринимателей.\n"
            "Координатор представил результаты программы:\n Показатель\tЗначение\n Выдано грантов\t38\n"
            "Грантов выдано: 12")
    assert _types(text) == ["training"]
