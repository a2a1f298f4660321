"""People counted by nouns the vocabulary does not list, read from their word formation: Kyrgyz agent
nouns in -чы/-чу, Russian agent nouns in -тель/-щик/-ист, and Russian feminine forms of listed roles."""

from __future__ import annotations

import pytest

from etl.extract.indicators_morph import agent_noun
from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize(("text", "expected"), [
    ("Семинарга 28 айдоочу катышты.", [("participants", "total", 28, "person")]),
    ("Курстан 16 тигүүчү ийгиликтүү өттү.", [("people_trained", "total", 16, "person")]),
    ("Жолугушууга 45 жумушчу жана 6 кызматкер катышты.",
     [("participants", "total", 45, "person"), ("participants", "total", 6, "person")]),
    ("На встречу пришли 75 соискателей и 14 работодателей.",
     [("participants", "total", 75, "person"), ("participants", "total", 14, "person")]),
    ("Обучение прошли 18 сварщиков.", [("people_trained", "total", 18, "person")]),
    ("The course was attended by 22 welders.", [("participants", "total", 22, "person")]),
    ("В семинаре участвовали 9 трактористов.", [("participants", "total", 9, "person")]),
])
def test_people_named_by_their_trade_are_counted(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


def test_a_trade_before_a_listed_noun_qualifies_it() -> None:
    # "тигүүчү аял": women who sew, a female count; "каржылоочу уюм": an organization
    assert _read("Окутууга 20 тигүүчү аял катышты.") == [("participants", "female", 20, "person")]
    assert _read("Форумга 3 каржылоочу уюм катышты.") == []


@pytest.mark.parametrize("text", [
    "В селах установлено 120 счетчиков воды.",
    "Участникам раздали 40 листов бумаги.",
    "В городе работают 3 гостиниц и 2 кафе.",
    "Сынакка 5 биринчи класстын окуучулары катышты.",
])
def test_things_formed_like_trades_are_no_people(text: str) -> None:
    assert not any(t[3] == "person" and t[2] in (120, 40, 3, 5) for t in _read(text))


@pytest.mark.parametrize("word", ["ашпозчу", "айдоочулар", "жумушчуларга", "соискателей", "сварщиков",
                                  "программистов", "переводчики"])
def test_agent_nouns(word: str) -> None:
    assert agent_noun(word)


@pytest.mark.parametrize("word", ["биринчи", "учунчу", "алтынчы", "тамчы", "показателей", "двигатель", "лист",
                                  "счетчиков"])
def test_not_agent_nouns(word: str) -> None:
    assert not agent_noun(word)


@pytest.mark.parametrize(("text", "expected"), [
    ("Консультации получили 640 предпринимательниц из трёх областей.", [("beneficiaries", "female", 640, "person")]),
    ("В конкурсе участвовали 30 студенток.", [("participants", "female", 30, "person")]),
    ("Курсы повышения квалификации прошли 24 учительницы начальных классов.",
     [("people_trained", "female", 24, "person")]),
    ("Встреча собрала 50 жительниц и 12 активисток.",
     [("participants", "female", 50, "person"), ("participants", "female", 12, "person")]),
])
def test_feminine_forms_count_women(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В тренинге приняли участие 40 подростков.", [("participants", "total", 40, "person")]),
    ("Обучение прошли 25 школьников.", [("people_trained", "total", 25, "person")]),
    ("Во встрече участвовали 31 работник и 6 практиков.",
     [("participants", "total", 31, "person"), ("participants", "total", 6, "person")]),
])
def test_masculine_and_plural_forms_stay_totals(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected
