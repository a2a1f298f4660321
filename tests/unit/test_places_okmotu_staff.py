"""Ayil okmotus whose staff take part in the event bring their ayil aimak as a place."""

from __future__ import annotations

import pytest

from etl.reference.places_okmotu import taking_part


def _okmotu_span(text: str) -> tuple[int, int]:
    start = text.index("Военно-Антоновского")
    return start, text.index("айыл окмоту", start) + len("айыл окмоту")


@pytest.mark.parametrize("text", [
    "Программу показали сотрудникам Асылбашского, Военно-Антоновского и Нижнечуйского айыл окмоту.",
    "Систему презентовали специалистам Асылбашского и Военно-Антоновского айыл окмоту.",
    "В тренинге участвовали сотрудники Асылбашского и Военно-Антоновского айыл окмоту.",
])
def test_staff_of_several_okmotus_shown_or_taking_part(text: str) -> None:
    assert taking_part(text, _okmotu_span(text))


@pytest.mark.parametrize("text", [
    # heads signing papers and a visitor meeting representatives in one village give no territory
    "Соглашения подписали главы Асылбашского, Военно-Антоновского и Нижнечуйского айыл окмоту.",
    "Делегация встретилась с представителями Асылбашского и Военно-Антоновского айыл окмоту.",
])
def test_signing_or_meeting_heads_are_no_group_taking_part(text: str) -> None:
    assert not taking_part(text, _okmotu_span(text))
