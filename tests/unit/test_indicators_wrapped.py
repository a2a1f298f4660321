"""Hard-wrapped lines (PDF text layers, wrapped e-mail) do not cut a figure from its noun or cue."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Жалпысынан 37 грант тапшырылды. Каржылоонун жалпы суммасы 184449\nдоллар түздү.",
     [("grants_awarded", "total", 37, "grant"), ("funding_amount", "total", 184449, "USD")]),
    ("Всего участников — 292 (120 женщин, 172 мужчины). Среди участников — 78\n"
     "представителей органов местного самоуправления.",
     [("participants", "total", 292, "person"), ("participants", "female", 120, "person"),
      ("participants", "male", 172, "person"), ("officials_participants", "total", 78, "person")]),
    ("Мероприятие прошло в рамках проекта в городе Талас. Благополучателями проекта\n"
     "стали 17537 жителей.", [("beneficiaries", "total", 17537, "person")]),
])
def test_wrapped_sentence_is_read_whole(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


def test_table_rows_and_headings_stay_apart() -> None:
    text = ("Итоги работы проекта за отчётный период\n"
            "Охвачено районов\t3\n"
            "Школ, участвующих в программе раннего выявления\t18\n")
    assert _read(text) == [("institutions_covered", "total", 18, "institution")]
    # a paragraph ending in a full stop is not continued by the next line
    assert _read("В тренинге приняли участие 25 человек.\n12 сессий прошло в районах.") == [
        ("participants", "total", 25, "person"), ("sessions_held", "total", 12, "session")]
