"""Words that look like a cue but are not one: the adjective "европейских" is no euro, the adjective
"былтыркы" (last year's) dates its clause as "былтыр" does, and the noun "обслуживание" is a topic, not
the service a facility gives its users."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "expected"), [
    ("Также в конференции участвовали представители трёх европейских торговых компаний.", []),
    ("The meeting was attended by 40 farmers and by buyers from three European companies.",
     [("participants", "total", 40.0, "person")]),
    ("«Былтыркы форумга 90 жаш катышкан болсо, быйыл алардын саны көбөйдү.", []),
    ("42 участника встречи обсудили тариф на воду, установку счётчиков и обслуживание системы.",
     [("participants", "total", 42.0, "person")]),
    # the cues themselves still hold
    ("Проект получил 250 тысяч евро от ЕС.", [("funding_amount", "total", 250000.0, "EUR")]),
    ("The EU provided 300,000 euros to the project.", [("funding_amount", "total", 300000.0, "EUR")]),
    ("Новая амбулатория будет обслуживать 3 200 жителей.", [("beneficiaries", "total", 3200.0, "person")]),
])
def test_distractor_words(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sex split opened by "of them" / "of those trained", the whole counted sentences before
    ("Forty-eight nurses completed a course. Of them, 41 were women.",
     [("people_trained", "total", 48.0, "person"), ("people_trained", "female", 41.0, "person")]),
    ("Forty-eight nurses completed a course in Tokmok. The course was run by WHO. Of those trained, 41 were women.",
     [("people_trained", "total", 48.0, "person"), ("people_trained", "female", 41.0, "person")]),
])
def test_split_opened_by_of_them(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the services a facility gives its users: its beneficiaries
    ("Борбор жылына 180ден ашык балага массаж, логопед жана психолог кызматтарын акысыз көрсөтөт.",
     [("beneficiaries", "total", 180.0, "person")]),
    ("Центр будет бесплатно оказывать услуги более чем 180 детям.", [("beneficiaries", "total", 180.0, "person")]),
    # staff doing something are no services given
    ("Айыл өкмөтүнүн 12 кызматкери жакшы иш кылышты.", []),
])
def test_services_given(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one session held is the event itself; more are a count of sessions
    ("Итоги месяца:\n- Проведено тренингов: 1", []),
    ("Итоги месяца:\n- Проведено тренингов: 3", [("sessions_held", "total", 3.0, "session")]),
])
def test_one_session_is_the_event(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # money summed since a year is a body's record, not what the event granted or spent
    ("Элчилик 2022-жылдан бери жаштар демилгелерине 48 миң доллардан ашык каражат бөлгөнүн айтты.", []),
    ("Since 2019 the embassy has allocated USD 120,000 to youth initiatives.", []),
    ("На открытие школы фонд выделил 2 млн сомов.", [("funding_amount", "total", 2000000.0, "KGS")]),
])
def test_money_since_a_year(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected
