"""Kyrgyz puts the head noun last: "20 лидер айым", "25 ишкер аял", "12 окуучу кыз" count women and girls."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "value"), [
    ("Тренингге райондон келген 20 лидер айым катышты.", 20),
    ("Жарманкеге 25 ишкер аял катышты.", 25),
    ("Олимпиадага 12 окуучу кыз катышты.", 12),
    ("Тренингге 40 ишкер айымдар катышты.", 40),
    ("Тренингге 25 айым катышты.", 25),
])
def test_a_people_noun_before_a_sex_noun_counts_that_sex(text: str, value: float) -> None:
    assert indicator_tuples(text, skip_dates=True) == [("participants", "female", value, "person")]


def test_a_teachers_wife_is_no_count_of_women() -> None:
    found = indicator_tuples("Жолугушууга 30 мугалим катышты.", skip_dates=True)
    assert found == [("participants", "total", 30, "person")]


def test_took_part_before_received_information_counts_participants() -> None:
    text = "Иш-чарага 22 лидер айым катышып, коомдук угуулар боюнча маалымат алышты."
    assert indicator_tuples(text, skip_dates=True) == [("participants", "female", 22, "person")]
