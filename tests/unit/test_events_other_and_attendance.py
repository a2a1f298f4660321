"""Fairs, exhibitions and camps are events of type "other"; visitors counted at a place attend it, they
pay no visit; opening a business is no opening; a course of days is a training; a Kyrgyz
"тааныштыруу" is a presentation; contests and master classes within a fair or campaign are its own."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.dates import find_dates
from etl.text import fold


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e.get("start_date")) for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "Ярмарка в Нарыне\n\n14 мая 2025 года в Нарыне прошла сельскохозяйственная ярмарка. Свои товары представили "
    "80 фермеров. По итогам ярмарки 12 человек направлены на курсы профессионального обучения.",
    "Книжная выставка\n\n14 мая 2025 года в Нарыне открылась выставка детской книги. Выставку, подготовленную "
    "библиотекой, посетили более 900 человек.",
    "Talas career fair\n\nOn 14 May 2025 a job fair took place in Talas. Some 40 employers offered 300 vacancies; "
    "20 job seekers were referred to a five-month vocational course.",
    "Нарында жарманке\n\n2025-жылдын 14-майында Нарында айыл чарба жарманкеси өттү. Жарманкеге 80 дыйкан катышты.",
])
def test_a_fair_or_exhibition_is_an_other_event(text: str) -> None:
    assert _events(text) == [("other", "2025-05-14")]


@pytest.mark.parametrize("text", [
    "В Оше прошла ярмарка ремесел\n\n20–21 сентября 2025 года в Оше прошла ярмарка ремесел. В рамках ярмарки "
    "прошли мастер-классы по войлоку и конкурс на лучший ковер.",
    "Неделя безопасности\n\nС 6 по 10 октября 2025 года в школах района прошла кампания «Безопасная дорога». Более "
    "3 000 учеников приняли участие в классных часах, конкурсах рисунков и викторинах.",
])
def test_contests_and_classes_within_a_fair_or_campaign_are_part_of_it(text: str) -> None:
    assert len(_events(text)) == 1


@pytest.mark.parametrize("text", [
    "Музей в Караколе\n\nМузей Пржевальского после ремонта посетили около 3 тысяч человек.",
    "The exhibition on felt crafts was visited by 1,200 people in its first week.",
    "Over two days, 5 000 visitors visited the stalls of the crafts square.",
])
def test_visitors_counted_at_a_place_pay_no_visit(text: str) -> None:
    assert "visit" not in [t for t, _ in _events(text)]


def test_a_delegation_visiting_villages_is_still_a_visit() -> None:
    text = "12 марта 2025 года делегация ЕС посетила 5 сел Нарынского района."
    assert _events(text) == [("visit", "2025-03-12")]


@pytest.mark.parametrize("text", [
    "12 марта 2025 года в Оше прошел форум. Консультанты провели консультации по открытию собственного дела.",
    "On 12 March 2025 a forum took place in Osh. Advisers helped with opening a small business.",
])
def test_opening_a_business_is_no_opening(text: str) -> None:
    assert [t for t, _ in _events(text)] == ["forum"]


@pytest.mark.parametrize("text", [
    "From 3 to 7 March 2025, 25 midwives completed a five-day course on safe delivery in Naryn.",
    "С 3 по 7 марта 2025 года 25 акушерок в Нарыне прошли пятидневный курс по безопасным родам.",
    "2025-жылдын 3-7-мартында Нарында 25 акушерка беш күндүк курстан өтүштү.",
])
def test_a_course_of_days_is_a_training(text: str) -> None:
    assert _events(text) == [("training", "2025-03-03")]


@pytest.mark.parametrize("text", [
    "2025-жылдын 4-февралында Кербенде райондун өнүктүрүү стратегиясынын тааныштыруусу болуп өттү.",
    "Кербенде стратегия таанытылды\n\n2025-жылдын 4-февралында Кербенде райондун өнүктүрүү стратегиясы "
    "таанытылды. Ага 70 киши катышты.",
])
def test_a_kyrgyz_taanyshtyruu_is_a_presentation(text: str) -> None:
    assert _events(text) == [("presentation", "2025-02-04")]


def test_a_fair_within_a_forum_is_part_of_the_forum() -> None:
    text = ("2 апреля 2025 года в Узгене прошел форум предпринимателей. На ярмарке вакансий в рамках форума "
            "12 работодателей предложили 46 вакансий.")
    assert [t for t, _ in _events(text)] == ["forum"]


def test_june_and_july_shortened_with_a_dot_before_the_year() -> None:
    folded = fold("Пост\n5 июл. 2024, 18:40\n\n12 июн. 2025 г.")
    assert [(d.y1, d.m1, d.d1) for d in find_dates(folded)] == [(2024, 7, 5), (2025, 6, 12)]


@pytest.mark.parametrize("text", [
    "On 14 April 2025 an exhibition of the hospital's history opened in the lobby of the Osh maternity hospital.",
    "14 апреля 2025 года выставка детского рисунка открылась в фойе областной библиотеки.",
    "On 14 April 2025 the museum opened an exhibition of felt carpets.",
])
def test_an_exhibition_opening_is_the_exhibition_not_an_opening(text: str) -> None:
    assert _events(text) == [("other", "2025-04-14")]


@pytest.mark.parametrize("text", [
    "12 марта 2025 года в Караколе после ремонта открылся исторический музей. За первую неделю его посетили "
    "около 3 тыс. человек.",
    "On 12 March 2025 the Karakol history museum reopened after repairs. More than 2,000 people visited the "
    "museum in its first week.",
])
def test_a_museum_reopened_is_an_opening_its_visitors_no_visit(text: str) -> None:
    assert _events(text) == [("opening", "2025-03-12")]


@pytest.mark.parametrize(("text", "kind"), [
    ("12 марта 2025 года в Таласе прошли соревнования по волейболу среди 12 школьных команд.", "competition"),
    ("On 12 March 2025 a chess championship for 60 pupils took place in Talas.", "competition"),
    ("12 марта 2025 года в Таласе прошел чемпионат области по шахматам среди 60 школьников.", "competition"),
    ("С 12 по 14 марта 2025 года 60 учителей прошли онлайн-курс по цифровой грамотности.", "training"),
    ("12 марта 2025 года в Таласе прошла фокус-группа с 12 женщинами-предпринимателями.", "meeting"),
    ("On 12 March 2025 a focus group discussion with 12 women farmers was held in Talas.", "meeting"),
])
def test_more_words_for_known_event_types(text: str, kind: str) -> None:
    assert _events(text) == [(kind, "2025-03-12")]
