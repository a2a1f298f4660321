"""A new event needs a lead of its own: figure sentences make none, "also … took place" does."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[dict]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()["events"]


def test_a_grant_figure_inside_a_competition_report_is_not_an_event() -> None:
    text = ("Сынак\n\n2020-жылдын 21-сентябрында Балыкчы шаарында долбоорлор сынагы болуп өттү.\n\n"
            "Долбоор 58 айылды камтыйт. Жалпысынан 13 грант тапшырылды. Каржылоонун жалпы суммасы 4433 евро түздү.")
    events = _events(text)
    assert [e["event_type"] for e in events] == ["competition"]
    assert ("grants_awarded", 13) in {(i["indicator"], i["value"]) for i in events[0]["indicators"]}


def test_a_grant_award_with_its_own_date_is_still_an_event() -> None:
    text = ("2020-жылдын 21-сентябрында Балыкчы шаарында долбоорлор сынагы болуп өттү.\n\n"
            "2020-жылдын 5-октябрында 13 грант тапшырылды.")
    assert sorted(e["event_type"] for e in _events(text)) == ["competition", "grant_award"]


def test_also_took_place_adds_an_event_even_within_a_forum() -> None:
    text = ("Форум\n\n08.05.2022 в Бишкеке состоялся региональный форум. В рамках мероприятия также "
            "состоялась рабочая встреча по предупреждению конфликтов.\n\nУчастники обсудили вопросы.\n\n"
            "Всего участников — 348.")
    events = _events(text)
    assert [e["event_type"] for e in events] == ["forum", "meeting"]
    # the totals at the end are the forum's, not the meeting's told in an earlier paragraph
    assert [i["value"] for i in events[0]["indicators"]] == [348]
    assert events[1]["indicators"] == []


def test_also_in_kyrgyz_adds_an_event() -> None:
    text = ("2017-жылдын 21-декабрында Нарын облусунда делегациянын таанышуу сапары болуп өттү. "
            "Иш-чаранын алкагында ошондой эле изилдөөнүн презентациясы болуп өттү.")
    assert [e["event_type"] for e in _events(text)] == ["visit", "presentation"]


def test_what_a_visitor_also_did_is_part_of_the_visit() -> None:
    text = ("4 апреля 2024 года посол посетил Алайский район. Посол осмотрел ветеринарный пункт, "
            "встретился с фермерами, а также провёл встречу с акимом района.")
    assert [e["event_type"] for e in _events(text)] == ["visit"]


def test_a_campaign_that_started_is_an_event_of_its_own() -> None:
    text = ("12 марта 2023 года в Оше состоялось открытие молодёжного центра. Также стартовала "
            "информационная кампания по гендерному равенству.")
    assert [e["event_type"] for e in _events(text)] == ["opening", "campaign"]
