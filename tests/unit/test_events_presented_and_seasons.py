"""A study presented is a presentation; attending one is no visit; a season is no event date;
"Posted on <date>" is the report's own date."""

from __future__ import annotations

import hashlib

import pytest

from etl.contract import Event
from etl.documents import Document
from etl.extract import extract
from etl.extract.dates import find_dateline, find_dates
from etl.extract.events import find_anchors
from etl.extract.flags import event_flags
from etl.text import fold


def _report(text: str) -> dict:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()


def test_a_study_presented_is_a_presentation_not_the_training_it_recommends() -> None:
    text = ("В Оше представили исследование о молодёжи\n\n"
            "11 сентября 2024 года в городе Ош фонд «Элдик» представил результаты исследования о миграции. "
            "Авторы рекомендуют расширить программы профессионального обучения.")
    assert [e["event_type"] for e in _report(text)["events"]] == ["presentation"]


@pytest.mark.parametrize("sentence", [
    "Презентацию посетили около 50 человек.",
    "Мероприятие посетили 30 учителей.",
])
def test_attending_an_event_is_no_visit(sentence: str) -> None:
    text = f"Нарын, 21.03.2024\n\n20 марта 2024 года в Нарыне прошла презентация доклада. {sentence}"
    assert [e["event_type"] for e in _report(text)["events"]] == ["presentation"]


def test_the_minister_visiting_a_district_is_still_a_visit() -> None:
    text = "10 августа 2023 года министр посетил Чон-Алайский район и ознакомился с работой больницы."
    assert [e["event_type"] for e in _report(text)["events"]] == ["visit"]


def _event(start: str | None, end: str | None, precision: str, kind: str = "campaign") -> Event:
    return Event(event_type=kind, start_date=start, end_date=end, date_precision=precision,
                 date_evidence="жазында" if start else None)


def test_a_season_alone_gives_no_event_date() -> None:
    flags = event_flags([_event("2024-03-01", "2024-05-31", "month")])
    assert [f.code for f in flags] == ["no_event_date"]


def test_a_season_beside_a_dated_event_is_no_flag() -> None:
    flags = event_flags([_event("2023-06-14", "2023-06-14", "day", "grant_award"),
                         _event("2023-03-01", "2023-05-31", "month", "competition")])
    assert flags == []


def test_a_month_alone_gives_no_event_date() -> None:
    # event_dates lists only days, so a report dated by a month has none to give the donor report
    flags = event_flags([_event("2023-05-01", "2023-05-31", "month")])
    assert [f.code for f in flags] == ["no_event_date"] and "only a month" in flags[0].detail


def test_a_month_beside_a_dated_event_is_no_flag() -> None:
    assert event_flags([_event("2023-06-14", "2023-06-14", "day", "training"),
                        _event("2023-05-01", "2023-05-31", "month")]) == []


def test_a_winter_across_the_new_year_is_a_season() -> None:
    assert [f.code for f in event_flags([_event("2023-12-01", "2024-02-29", "month")])] == ["no_event_date"]


def test_a_season_of_the_whole_report_is_flagged() -> None:
    text = ("Жарыяланды: 02.06.2025\n\n2025-жылдын жазында Ысык-Көл районунда экологиялык акция өттү. "
            "Акцияга 300 ыктыярчы катышты.")
    assert "no_event_date" in [f["code"] for f in _report(text)["quality_flags"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("# Title\n\n_Posted on March 3, 2025 · Grants, Women · 4 min read_\n\nText", "2025-03-03"),
    ("Заголовок\n\nОпубликовано в 12.03.2024\n\nТекст", "2024-03-12"),
])
def test_posted_on(text: str, expected: str) -> None:
    folded = fold(text)
    d = find_dateline(folded, find_dates(folded))
    assert d is not None and (r := d.resolve()) is not None and r[0].isoformat() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Заголовок\n\nБишкек ш., 21-октябрь, 2025-жыл. /Кабар/. Нарын облусунда 17-октябрда тренинг өттү.",
     "2025-10-21"),
    ("Заголовок\n\nг. Ош, 12 марта 2024 г. — Сегодня в Оше прошёл форум.", "2024-03-12"),
])
def test_dateline_with_city_abbreviation_and_agency(text: str, expected: str) -> None:
    folded = fold(text)
    d = find_dateline(folded, find_dates(folded))
    assert d is not None and (r := d.resolve()) is not None and r[0].isoformat() == expected


@pytest.mark.parametrize(("text", "start", "end"), [
    ("С 10.10.2023 по 12.10.2023 в Баткене прошёл тренинг.", "2023-10-10", "2023-10-12"),
    ("с 5 по 7.06.2024 в Оше прошёл семинар.", "2024-06-05", "2024-06-07"),
    ("From 10.10.2023 to 12.10.2023 a training was held in Osh.", "2023-10-10", "2023-10-12"),
])
def test_numeric_range_with_words(text: str, start: str, end: str) -> None:
    events = _report(text)["events"]
    assert (events[0]["start_date"], events[0]["end_date"]) == (start, end)


def test_since_a_numeric_date_is_still_no_event_date() -> None:
    events = _report("С 10.10.2023 в Оше работает центр. 15.10.2023 в центре прошёл тренинг.")["events"]
    assert events[0]["start_date"] == "2023-10-15"


def test_yesterday_is_the_day_before_the_dateline() -> None:
    events = _report("Встреча\n\n03.07.2023\n\nВчера в Оше прошла встреча с жителями.")["events"]
    assert (events[0]["start_date"], events[0]["date_evidence"]) == ("2023-07-02", "Вчера")


def test_yesterday_gives_way_to_the_date_the_text_gives() -> None:
    events = _report("Встреча\n\n03.07.2023\n\nВчера, 1 июля, в Оше прошла встреча с жителями.")["events"]
    assert events[0]["start_date"] == "2023-07-01"


def test_yesterday_without_a_dateline_gives_no_date() -> None:
    assert _report("Вчера в Оше прошла встреча с жителями.")["events"][0]["start_date"] is None


def test_the_dateline_repeated_over_the_second_part_is_no_event_date() -> None:
    text = ("Тренинг\n\nОш ш., 3-ноябрь 2025-ж. — Ош шаарында 2025-жылдын 30-31-октябрында тренинг өттү. "
            "Тренингге 120 куткаруучу катышты.\n\n"
            "Ош, 3 ноября 2025 г. — 30–31 октября 2025 года в городе Ош прошёл тренинг. В нём приняли участие "
            "120 спасателей.")
    r = _report(text)
    assert r["published_date"] == "2025-11-03"
    assert [(e["start_date"], e["end_date"]) for e in r["events"]] == [("2025-10-30", "2025-10-31")]


def test_a_headline_naming_two_events_leads_with_the_one_told_first() -> None:
    text = ("Токтогулда жаштар менен жолугушуу жана мугалимдер үчүн семинар өттү\n\n"
            "2025-жылдын 18-февралында Токтогул шаарында жаштар менен жолугушуу болуп өттү. Жолугушууга 70 жаш "
            "катышты.\n\nОшол эле күнү мугалимдер үчүн семинар да өткөрүлдү. Семинарга 27 мугалим катышты.")
    assert [(e["event_type"], e["start_date"]) for e in _report(text)["events"]] == [
        ("meeting", "2025-02-18"), ("training", "2025-02-18")]


@pytest.mark.parametrize("item", [
    "Мэр провёл встречу с предпринимателями рынка · 18.04.2024",
    "Мэр провёл встречу с предпринимателями рынка (18.04.2024)",
    "Мэр провёл встречу с предпринимателями рынка | 18.04.2024",
])
def test_a_dated_headline_in_a_news_list_is_no_event(item: str) -> None:
    text = f"Субботник\n\n20 апреля 2024 года в Токмоке прошёл субботник.\n\nНовости города\n\n{item}\n"
    assert [(e["event_type"], e["start_date"]) for e in _report(text)["events"]] == [("campaign", "2024-04-20")]


def test_a_date_closing_a_sentence_is_still_its_date() -> None:
    text = "Встреча с предпринимателями рынка прошла в мэрии 18.04.2024."
    assert _report(text)["events"][0]["start_date"] == "2024-04-18"


@pytest.mark.parametrize("text", [
    "On 14 November 2025 the Ambassador signed grant contracts with two ayil okmotus. The grants, totalling "
    "USD 180,000, were awarded for a school repair.",
    "4 декабря 2024 года в Нарыне Посольство Швейцарии подписало грантовые соглашения с айыл окмоту.",
])
def test_grant_agreements_signed_are_an_award(text: str) -> None:
    assert [e["event_type"] for e in _report(text)["events"]] == ["grant_award"]


@pytest.mark.parametrize(("earlier", "now"), [
    ("The Ambassador, who visited Karakol last month, praised the project.",
     "The Ambassador, who visited Karakol today, praised the project."),
    ("Посол, который в прошлом месяце посетил Баткенскую область, похвалил проект.",
     "Посол, который сегодня посетил Баткенскую область, похвалил проект."),
    ("Элчи өткөн айда Баткен облусуна иш сапары менен барды.",
     "Элчи бүгүн Баткен облусуна иш сапары менен барды."),
])
def test_an_event_of_last_month_told_in_passing_is_no_anchor(earlier: str, now: str) -> None:
    for text, expected in ((earlier, []), (now, ["visit"])):
        folded = fold(text)
        assert [a.primary for a in find_anchors(folded, [(0, len(folded))], None)] == expected


def test_dates_under_a_whats_next_heading_are_plans() -> None:
    text = ("On 12 October 2025 a competition of youth ideas took place in Torkent. Forty young people "
            "presented their ideas to the jury.\n\n## What's next\n\n- Training for the finalists in November 2025\n")
    assert [(e["event_type"], e["start_date"]) for e in _report(text)["events"]] == [("competition", "2025-10-12")]


def test_what_has_since_been_opened_is_history() -> None:
    text = ("On 12 October 2025 a competition of youth ideas took place in Torkent. The initiative began in "
            "2023 in Ala-Buka, where 15 youth businesses have since been opened.")
    assert [e["event_type"] for e in _report(text)["events"]] == ["competition"]


def test_slash_date_dateline_and_english_day_without_year() -> None:
    r = _report("Training\n\nPublished 12/03/2024\n\nOn Tuesday, March 5, a training was held in Naryn.")
    assert r["published_date"] == "2024-03-12"
    assert (r["events"][0]["start_date"], r["events"][0]["year_inferred"]) == ("2024-03-05", True)


@pytest.mark.parametrize(("text", "values"), [
    ("May 2024", [(5, None, 2024)]),  # a month and year, no day 20
    ("1/2 and 3/4", []),  # fractions
    ("March 5-6", [(3, 5, None)]),
])
def test_english_month_day_forms(text: str, values: list[tuple[int, int | None, int | None]]) -> None:
    assert [(d.m1, d.d1, d.y1) for d in find_dates(fold(text))] == values


def test_a_dateline_ended_by_a_full_stop() -> None:
    text = ("Форум\n\nОш ш., 16-октябрь 2025-жыл. 2025-жылдын 14-октябрында Ош шаарында жаштар форуму өттү.")
    r = _report(text)
    assert (r["published_date"], r["events"][0]["start_date"]) == ("2025-10-16", "2025-10-14")


@pytest.mark.parametrize(("text", "kind"), [
    ("18 апреля 2025 года в Баткене состоялись командно-штабные учения по реагированию на сели.", "training"),
    ("A regional dialogue on the prevention of violence took place in Karakol on 26 November 2024.", "meeting"),
    ("10 декабря 2024 года Посольство США вручило малые гранты пяти организациям.", "grant_award"),
])
def test_drills_dialogues_and_grants_handed_over(text: str, kind: str) -> None:
    assert [e["event_type"] for e in _report(text)["events"]] == [kind]


@pytest.mark.parametrize("sentence", [
    "Встречи групп проходили каждую неделю в Семиз-Бельском айыл аймаке.",
    "Groups met every two weeks in the Kara-Bak ayil aimak.",
])
def test_the_routine_of_a_series_is_no_event_of_its_own(sentence: str) -> None:
    text = f"С 5 мая по 20 сентября 2025 года в Кочкорском районе прошли курсы пчеловодства. {sentence}"
    assert [e["event_type"] for e in _report(text)["events"]] == ["training"]


def test_a_year_told_of_the_site_does_not_set_the_participants_outing_apart() -> None:
    text = ("8–9 октября 2025 года в городе Таш-Кумыр прошёл двухдневный семинар для специалистов. "
            "На второй день участники посетили отвал шахты, где в 2023 году завершены работы по укреплению склона.")
    assert [e["event_type"] for e in _report(text)["events"]] == ["training"]
