"""Grant figures and planned grants are no events of their own; an award dated in its sentence is."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[dict]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()["events"]


_COMPETITION = ("Сынак\n\n2020-жылдын 21-сентябрында Балыкчы шаарында долбоорлор сынагы болуп өттү.\n\n"
                "Долбоор 58 айылды камтыйт. Жалпысынан 13 грант тапшырылды. "
                "Каржылоонун жалпы суммасы 4433 евро түздү.")


def test_a_date_later_in_the_text_does_not_make_a_grant_figure_an_event() -> None:
    events = _events(_COMPETITION + "\n\nДолбоордун жыйынтыгы 15-декабрда чыгарылат.")
    assert [e["event_type"] for e in events] == ["competition"]
    assert {("grants_awarded", 13), ("funding_amount", 4433)} <= {
        (i["indicator"], i["value"]) for i in events[0]["indicators"]}


def test_people_with_disabilities_are_no_date_that_splits_the_grants() -> None:
    events = _events(_COMPETITION + "\n\nКатышуучулардын арасында 30 майыптыгы бар адам болду.")
    assert [e["event_type"] for e in events] == ["competition"]
    assert events[0]["start_date"] == "2020-09-21"


def test_a_bilingual_report_gives_its_grant_figures_once() -> None:
    text = ("Гранттарды тапшыруу\n\n2015-жылдын 3-4-декабрында Жалал-Абад облусунда гранттарды тапшыруу "
            "аземи өттү.\n\nКатышуучулардын жалпы саны — 336 адам. Жалпысынан 30 грант тапшырылды. "
            "Каржылоонун жалпы суммасы 47 005 евро түздү.\n\nКатышуучулардын арасында 12 майыптыгы бар "
            "адам болду.\n\n———————-\n\nВручение грантов\n\n3-4 декабря 2015 года в Джалал-Абадской "
            "области прошло торжественное вручение грантов.\n\nВсего участников — 336. Было выдано 30 "
            "грантов. Общая сумма финансирования составила 47 005 евро.")
    events = _events(text)
    assert [e["event_type"] for e in events] == ["grant_award"]
    grants = [i for i in events[0]["indicators"] if i["indicator"] == "grants_awarded"]
    assert [g["value"] for g in grants] == [30]


def test_planned_grants_make_no_event() -> None:
    for text in ("12 октября 2023 года в Таласе прошёл тренинг. По итогам конкурса пять лучших проектов "
                 "получат гранты по 50 тысяч сомов.",
                 "2023-жылдын 12-октябрында Таласта тренинг өттү. Мыкты долбоорлорго гранттар берилет.",
                 "On 12 October 2023 a training was held in Talas. The best projects will receive grants."):
        assert [e["event_type"] for e in _events(text)] == ["training"], text


def test_a_year_before_the_event_word_is_no_count() -> None:
    # "2023 a training" is not "8 trainings": the sentence still opens the event
    assert [e["event_type"] for e in _events("On 12 October 2023 a training was held in Talas.")] == ["training"]


def test_a_dated_plan_is_no_event() -> None:
    for text in ("12 октября 2023 года в Таласе прошёл тренинг. 20 ноября победителям также будут "
                 "торжественно вручены гранты.",
                 "On 12 October 2023 a training was held in Talas. On 20 November grants will also be "
                 "awarded to the winners."):
        assert [e["event_type"] for e in _events(text)] == ["training"], text
    done = "12 октября 2023 года в Таласе прошёл тренинг. 20 ноября победителям торжественно вручены гранты."
    assert [e["event_type"] for e in _events(done)] == ["training", "grant_award"]
