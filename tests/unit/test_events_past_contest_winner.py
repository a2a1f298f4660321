"""The winner of a contest held before ("стал победителем областного конкурса", "among the winners of the
national contest") names no competition held in the report; an adjective between the two words does not
change that."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.event_keywords import keyword_types
from etl.text import fold


def kinds(text: str) -> set[str]:
    t = fold(text)
    return {k for _, k in keyword_types(t, 0, len(t))}


@pytest.mark.parametrize("text", [
    "Ранее этот проект стал победителем областного конкурса.",
    "Группа стала победителем районного конкурса молодежных идей.",
    "The initiative was among the winners of the national contest.",
    "The school was one of the winners of the regional competition.",
])
def test_winner_of_an_earlier_contest_is_no_competition(text: str) -> None:
    assert "competition" not in kinds(text)


def test_contest_held_is_still_one() -> None:
    assert "competition" in kinds("В Таласе прошел областной конкурс молодежных идей.")


def test_handover_with_past_contest_is_no_competition() -> None:
    text = ("Талас, 20 апреля 2024 г. – Новый медпункт в селе Кок-Ой передали жителям 19 апреля 2024 года. "
            "Проект айыл окмоту стал победителем областного конкурса инициатив.")
    report = extract(Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text)))
    assert [e.event_type for e in report.events] != ["competition"]
