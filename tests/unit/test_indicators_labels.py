"""Counts whose noun is not right after the number: table rows, a sex named first, "N из них"."""

from __future__ import annotations

import pytest

from etl.extract.indicators import IndicatorMention
from tests.unit.indicator_support import indicator_mentions, indicator_tuples


def _mentions(text: str) -> list[IndicatorMention]:
    return indicator_mentions(text)


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text)


def test_table_rows_read_their_label() -> None:
    text = ("Координатор проекта представила промежуточные итоги работы:\n"
            "Охвачено районов\t3\n"
            "Школ, участвующих в программе раннего выявления\t18\n"
            "Детей, получивших поддержку\t1 240\n"
            "| Обучено социальных работников | 56 |\n"
            "Контакты: ул. Ленина, 12\n")
    found = _mentions(text)
    assert [(m.indicator.indicator, m.indicator.value) for m in found] == [
        ("institutions_covered", 18), ("beneficiaries", 1240), ("people_trained", 56)]
    assert found[0].indicator.evidence == "Школ, участвующих в программе раннего выявления\t18"


@pytest.mark.parametrize("text", [
    "Адрес: ул. Ленина, 12",
    "Телефон:\t555",
    "Охвачено районов\t3",
])
def test_rows_without_a_counted_noun_are_nothing(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Всего 45 участников. Из них женщин — 30.",
     [("participants", "total", 45, "person"), ("participants", "female", 30, "person")]),
    ("В тренинге участвовали 45 человек, 30 из них — женщины.",
     [("participants", "total", 45, "person"), ("participants", "female", 30, "person")]),
    ("Центры оказали помощь 2 870 мигрантам, 410 из них прошли профессиональное обучение.",
     [("beneficiaries", "total", 2870, "person"), ("people_trained", "total", 410, "person")]),
])
def test_noun_before_or_of_them(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Всего 45 участников. Из них женщин — 30.",
    "В тренинге участвовали 45 человек, 30 из них — женщины.",
])
def test_sex_named_apart_splits_the_total(text: str) -> None:
    assert [m.parent for m in _mentions(text)] == [None, 0]
