"""Dates told as "the next day" (эртеси, на следующий день, the next day)."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[dict]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()["events"]


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["event_type"], e["start_date"], e["end_date"]) for e in _events(text)]


def test_ky_an_opening_the_next_day_after_a_visit_is_dated_the_day_after() -> None:
    text = ("Саламаттык сактоо министри 2025-жылдын 12-сентябрында Талас облусуна иш сапары менен барды.\n\n"
            "Эртеси министр Кызыл-Адыр айылында жаңы ФАПтын ачылышына катышты.")
    assert _dates(text) == [("visit", "2025-09-12", "2025-09-12"), ("opening", "2025-09-13", "2025-09-13")]


def test_ru_an_opening_the_next_day_is_dated_the_day_after() -> None:
    text = ("12 сентября 2025 года министр здравоохранения посетил Таласскую область с рабочим визитом.\n\n"
            "На следующий день министр принял участие в открытии нового ФАПа в селе Кызыл-Адыр.")
    assert _dates(text)[1] == ("opening", "2025-09-13", "2025-09-13")


def test_en_an_opening_the_next_day_is_dated_the_day_after() -> None:
    text = ("On 12 September 2025 the Minister of Health visited Talas region.\n\n"
            "The next day the minister opened a new rural health post in Kyzyl-Adyr.")
    assert _dates(text)[1] == ("opening", "2025-09-13", "2025-09-13")


def test_an_outing_of_the_participants_the_next_day_takes_no_date() -> None:
    text = ("2025-жылдын 12-сентябрында Талас шаарында мугалимдер үчүн окуу өттү.\n\n"
            "Эртеси катышуучулар Кара-Буура районуна барып, мектептердин иши менен таанышышты.")
    assert [e["start_date"] for e in _events(text)][1:] == [None]


def test_ky_a_one_day_visit_going_on_the_next_day_lasts_two_days() -> None:
    text = ("Акыйкатчынын өкүлү 2025-жылдын 12-сентябрында Талас районуна иш сапары менен барды. "
            "Ал райондук ооруканага барды.\n\n"
            "Эртеси өкүл Кара-Буура айылында тургундарды кабыл алды.")
    assert _dates(text) == [("visit", "2025-09-12", "2025-09-13")]


def test_a_next_day_sentence_with_its_own_date_does_not_stretch_the_event() -> None:
    text = ("2025-жылдын 12-сентябрында Талас шаарында мугалимдер үчүн окуу өттү.\n\n"
            "Эртеси, 14-сентябрда, окуунун катышуучулары мэр менен жолугушту.")
    assert _dates(text)[0] == ("training", "2025-09-12", "2025-09-12")


def test_a_day_later_in_ky_ru_en_dates_the_next_event_the_day_after() -> None:
    for text in ("Саламаттык сактоо министри 2025-жылдын 12-сентябрында Талас облусуна иш сапары менен барды.\n\n"
                 "Бир күндөн кийин министр Кызыл-Адыр айылында жаңы ФАПтын ачылышына катышты.",
                 "12 сентября 2025 года министр здравоохранения посетил Таласскую область.\n\n"
                 "Назавтра министр открыл новый ФАП в селе Кызыл-Адыр.",
                 "On 12 September 2025 the Minister of Health visited Talas region.\n\n"
                 "A day later the minister opened a new rural health post in Kyzyl-Adyr."):
        assert _dates(text)[1] == ("opening", "2025-09-13", "2025-09-13"), text
