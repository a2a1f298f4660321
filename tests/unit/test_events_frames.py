"""Parts of an event told with their own day: a visit's meeting within its days, the day of a several
days' event a part of it took place on, an outing of the event's own participants, a training that a
campaign's figures tell."""

from __future__ import annotations

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text))
    return [(e.event_type, e.start_date, e.end_date) for e in extract(doc).events]


def test_a_meeting_on_a_day_of_the_visit_is_the_visit() -> None:
    text = ("Title\n\nOSH, 14 May 2025 — The UNICEF Representative visited Alay district on 11–12 May 2025 to "
            "review the school water programme.\n\nOn 12 May the delegation met the heads of the Gulcha and "
            "Sopu-Korgon ayil okmotus to discuss co-financing.")
    assert [e[0] for e in _events(text)] == ["visit"]


def test_a_meeting_the_day_after_a_one_day_visit_stays_its_own() -> None:
    text = ("Title\n\nOSH, 14 May 2025 — The UNICEF Representative visited Alay district on 11 May 2025 to "
            "review the school water programme.\n\nOn 13 May the delegation met the heads of the Gulcha and "
            "Sopu-Korgon ayil okmotus to discuss co-financing.")
    assert [e[0] for e in _events(text)] == ["visit", "meeting"]


def test_the_first_day_of_a_visit_dates_what_it_opened() -> None:
    text = ("Title\n\nNARYN, 20 June 2025 — The Ambassador of Japan visited At-Bashy district on 17–18 June 2025 "
            "to review schools.\n\nOn the first day of the visit, the Ambassador, together with the akim, opened "
            "a renovated kindergarten in the village of Kara-Suu. The renovation cost KGS 3 million.")
    assert ("opening", "2025-06-17", "2025-06-17") in _events(text)


def test_the_second_day_in_russian() -> None:
    text = ("Заголовок\n\nОш, 20 июня 2025 г. — 17–18 июня 2025 года посол Японии посетил Ат-Башинский район."
            "\n\nВо второй день визита посол открыл отремонтированный детский сад в селе Кара-Суу.")
    assert ("opening", "2025-06-18", "2025-06-18") in _events(text)


def test_the_participants_outing_is_part_of_the_conference() -> None:
    text = ("Заголовок\n\nТалас, 20.06.2025. 17–18 июня в Таласском университете прошла научная конференция "
            "по водным ресурсам. В ней участвовали 90 ученых.\n\nВо второй день участники конференции посетили "
            "насосную станцию в селе Кок-Ой.")
    assert [e[0] for e in _events(text)] == ["conference"]


def test_teachers_trained_as_a_campaigns_figure_are_no_training() -> None:
    text = ("Заголовок\n\nБишкек, 14 окт — Kabar. В школах Кеминского района завершилась акция «Тынч мектеп», "
            "которая проходила с 1 по 10 октября 2025 года. В ней приняли участие 3 000 учащихся.\n\n"
            "По словам координатора, 40 учителей прошли трехдневное обучение тренеров.")
    assert [e[0] for e in _events(text)] == ["campaign"]


def test_the_first_day_outweighs_a_later_sentences_day() -> None:
    text = ("Title\n\nKochkor, 21 June 2025 - The Ambassador visited Kochkor district on 18–19 June.\n\n"
            "On the first day of the visit, the Ambassador opened a renovated kindergarten in the village of "
            "Kara-Suu. The building now has a new roof.\n\nOn 19 June the delegation met teachers in Semiz-Bel. "
            "During the meeting, parents asked for help with heating.")
    assert [(e[0], e[1]) for e in _events(text)] == [("visit", "2025-06-18"), ("opening", "2025-06-18")]


def test_a_visit_made_on_its_days_is_dated_by_them() -> None:
    text = ("Title\n\nPublished 5 May 2025\n\nThe Ambassador of Switzerland made a two-day working visit to Talas "
            "oblast on 2–3 May 2025 to review water projects.\n\nOn 2 May the delegation met the heads of the "
            "Kok-Oy and Kopuro-Bazar ayil okmotus.")
    assert _events(text)[0] == ("visit", "2025-05-02", "2025-05-03")


def test_travelled_to_see_is_a_visit_on_its_sentences_day() -> None:
    text = ("Title\n\nBISHKEK, 6 March 2025 – The bank gathered mayors in Bishkek on 4 March 2025 for the conference "
            "on green cities.\n\nThe utility was set up in 2016. On 5 March, a delegation travelled to Balykchy to "
            "see the results of the water project. The delegation was received by the mayor and visited the "
            "water company.")
    assert sorted((e[0], e[1]) for e in _events(text)) == [("conference", "2025-03-04"), ("visit", "2025-03-05")]


def test_travelled_to_see_names_a_visit_that_took_place() -> None:
    from etl.extract.dates_context import HAPPENED
    from etl.extract.event_keywords import keyword_types
    from etl.text import fold

    s = fold("On 5 March, a delegation travelled to Balykchy to see the results of the water project.")
    assert [t for _, t in keyword_types(s, 0, len(s))] == ["visit"]
    assert HAPPENED.search(s) is not None
