"""Events told as plans or as background: by the tense before the verb, or by a date after the report's
own or more than a year before it."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from etl.documents import Document
from etl.extract import extract
from etl.extract.events import EventDraft
from etl.extract.events_timing import Resolution, keep_in_time, out_of_time, told_as_plan
from etl.text import fold


def _report(text: str) -> dict:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()


def _types_dates(text: str) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["start_date"]) for e in _report(text)["events"]]


def test_en_expected_to_be_opened_is_a_plan() -> None:
    text = ("Farmers in Kemin learn drip irrigation\n\n"
            "Kemin, 20 April 2025 — Forty farmers took part in a two-day workshop on drip irrigation held on "
            "17-18 April 2025 in Kemin town.\n\n"
            "Next, the project intends to hold a conference for cooperatives in Bishkek in September 2025, and a "
            "demonstration plot is expected to be opened in Orlovka in the autumn.\n")
    assert _types_dates(text) == [("training", "2025-04-17")]


def test_ru_plan_dated_after_the_report_is_no_event() -> None:
    text = ("В Боконбаево подвели итоги проекта\n\nОпубликовано: 28.11.2024\n\n"
            "26 ноября 2024 года в селе Боконбаево состоялась презентация итогов проекта. Презентацию посетили "
            "80 человек.\n\nАссоциация пастбищепользователей намерена в марте 2025 года собрать на форум "
            "150 фермеров района, которые прошли обучение.\n")
    assert _types_dates(text) == [("presentation", "2024-11-26")]


def test_en_event_held_years_before_the_report_is_background() -> None:
    text = ("Women's councils meet in Tokmok\n\n"
            "Tokmok, 12 March 2025 — The women's councils of Chui oblast met in Tokmok on 11 March 2025 to "
            "discuss local budgets; 48 women took part.\n\n"
            "The councils were established after a forum of women leaders held in Bishkek on 8 March 2019.\n")
    assert _types_dates(text) == [("meeting", "2025-03-11")]


def test_ru_event_held_years_before_is_background_and_its_text_stays_with_the_event() -> None:
    text = ("В Кочкоре прошел тренинг для депутатов\n\nКочкор, 5 июня 2024 г. — 4 июня 2024 года в Кочкоре "
            "прошел тренинг для 25 депутатов айылных кенешей.\n\n"
            "Ассоциация депутатов была создана после форума, который прошел 10 мая 2021 года в Нарыне. "
            "Тренинг организовал фонд «Таза Кочкор».\n")
    report = _report(text)
    assert [(e["event_type"], e["start_date"]) for e in report["events"]] == [("training", "2024-06-04")]


def test_ru_order_of_holding_contests_is_a_topic_not_an_event() -> None:
    text = ("19–20 ноября 2025 года в селе Кен-Булун прошел тренинг по управлению землями для 26 "
            "специалистов.\n\nТренеры разобрали порядок проведения конкурсов на аренду земель и расчет "
            "арендной платы.\n\nИз-за снегопада 20 ноября двое участников не смогли прибыть.\n")
    assert _types_dates(text) == [("training", "2025-11-19")]


def test_ru_last_year_is_no_verb_saying_an_event_took_place() -> None:
    folded = fold("в прошлом году конкурс")
    from etl.extract.dates import HAPPENED
    assert HAPPENED.search(folded) is None
    assert HAPPENED.search(fold("конкурс прошлой весной прошел")) is not None


def test_plan_modals_govern_the_verb_after_them() -> None:
    for text, verb in (("a plot is expected to be opened", "opened"), ("the bank plans to have launched", "launched"),
                       ("центр будет открыт", "открыт"), ("гранты планируется вручить", "вручить")):
        folded = fold(text)
        assert told_as_plan(folded, 0, folded.index(verb)), text
    folded = fold("the mayor opened the plot")
    assert not told_as_plan(folded, 0, folded.index("opened"))


def test_out_of_time_is_after_the_report_or_a_year_before_it() -> None:
    published = date(2025, 4, 20)
    assert out_of_time(("2025-09-01", "2025-09-30", "month", False), published)
    assert out_of_time(("2019-03-08", "2019-03-08", "day", False), published)
    assert not out_of_time(("2025-04-17", "2025-04-18", "day", False), published)
    assert not out_of_time(("2024-06-01", "2024-06-01", "day", False), published)
    assert not out_of_time(("2025-09-01", "2025-09-30", "month", False), None)


def test_an_announcement_keeps_what_it_announces() -> None:
    first, second = EventDraft("forum", [(0, 10)]), EventDraft("training", [(10, 20)])
    dated: list[tuple[Any, Resolution | None]] = [(None, ("2025-05-01", "2025-05-01", "day", False)), (None, ("2025-05-02", "2025-05-02", "day", False))]
    assert keep_in_time([first, second], dated, date(2025, 4, 20))[0] == [first, second]
    kept, _ = keep_in_time([first, second], dated, date(2025, 5, 1))
    assert kept == [first] and first.segments == [(0, 10), (10, 20)]


def test_ru_village_abbreviation_in_a_dateline() -> None:
    text = ("Молодые предприниматели поборолись за гранты\n\nс. Тюп, 16 октября 2024 г.\n\n"
            "15 октября 2024 года в селе Тюп прошел финал конкурса бизнес-планов.\n")
    report = _report(text)
    assert report["published_date"] == "2024-10-16"
    assert [(e["event_type"], e["start_date"]) for e in report["events"]] == [("competition", "2024-10-15")]


def test_en_a_body_that_met_in_a_town_held_a_meeting() -> None:
    text = "The pasture committees of Ton district met in Bokonbaevo on 4 June 2024 to agree grazing routes.\n"
    assert _types_dates(text) == [("meeting", "2024-06-04")]


def test_ru_event_without_its_date_takes_no_background_launch_date() -> None:
    text = ("В Токмоке прошел семинар для предпринимателей\n\nТокмок, 14 марта 2025 г. — В Токмоке прошел семинар "
            "для 30 начинающих предпринимателей по вопросам налогообложения.\n\nСеминар организован в рамках "
            "программы, запущенной 1 февраля 2024 года.\n")
    assert _types_dates(text) == [("training", None)]


def test_ky_event_without_its_date_takes_no_project_start_date() -> None:
    text = ("Ноокатта тренинг өттү\n\nНоокат, 12-май 2025-жыл. Ушул аптада Ноокат районунда 25 мугалим үчүн "
            "тренинг өттү.\n\nДолбоор 2024-жылдын 1-мартында башталган.\n")
    assert _types_dates(text) == [("training", None)]


def test_en_background_date_is_passed_over_for_the_event_date() -> None:
    text = ("Round table on migration in Osh\n\nOsh, 4 April 2025 — The migration law adopted on 12 January 2024 "
            "was discussed at a round table held in Osh on 2 April 2025 with 40 participants.\n")
    assert _types_dates(text) == [("round_table", "2025-04-02")]


def test_a_presentation_at_a_conference_takes_no_later_days_date() -> None:
    text = ("A conference on green cities took place in Bishkek on 4 March 2025 with 180 participants. The city hall "
            "presented its action plan. Over the day, panels discussed tariffs.\n\nOn 5 March, the delegation "
            "travelled to Balykchy. There it visited the water company and met the mayor.\n")
    assert "presentation" not in [t for t, _ in _types_dates(text)]
