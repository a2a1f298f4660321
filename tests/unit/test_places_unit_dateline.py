"""A dateline of units without a date ("Oblast, District. <body>") names no place of the event by its oblast."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

CHUI_OBL, SOKULUK = "41708000000000", "41708222000000"


def codes(text: str) -> set[str]:
    return {m.place.soate or m.place.name for m in find_places(text)}


@pytest.mark.parametrize("text", [
    "Чуйская область, Сокулукский район. Сегодня в Сокулукском районе прошел тренинг для фермеров.",
    "Чүй облусу, Сокулук району. Бүгүн Сокулук районунда фермерлер үчүн окутуу өттү.",
    "Chui oblast, Sokuluk district. A training for farmers took place in Sokuluk district today.",
])
def test_unit_dateline_heading_the_first_sentence(text: str) -> None:
    got = codes(text)
    assert SOKULUK in got and CHUI_OBL not in got


@pytest.mark.parametrize("text", [
    # the oblast inside a sentence is the event's
    "Тренинг прошел в Чуйской области, Сокулукский район. Участвовали 20 фермеров.",
    # a chain standing alone on its line is no dateline heading a sentence
    "Чуйская область, Сокулукский район.\nСегодня в Сокулукском районе прошел тренинг для фермеров.",
])
def test_oblast_kept_elsewhere(text: str) -> None:
    assert {CHUI_OBL, SOKULUK} <= codes(text)
