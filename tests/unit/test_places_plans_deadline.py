"""Plans told without a future tense, and a deadline year after the report's own."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

CHUI_OBL, TALAS_OBL, NARYN_CITY = "41708000000000", "41707000000000", "41704400000010"


def keys(text: str) -> set[str]:
    return {m.place.key for m in find_places(text)}


@pytest.mark.parametrize("tail", [
    "WFP plans to open two more kitchens in Chui and Talas oblasts.",
    "A second phase is being prepared and will focus on Chui and Talas oblasts.",
    "Two more gardens in Chui and Talas oblasts are due by 2027.",
    "Новый этап готовится для Чуйской и Таласской областей.",
    "Жаңы долбоор Чүй жана Талас облустары үчүн даярдалууда.",
    "Теплицы в Чуйской и Таласской областях построят до 2027 года.",
    "Чүй жана Талас облустарында 2027-жылга чейин дагы 5 бакча курулат.",
])
def test_plan_sentence_places_are_not_event_places(tail: str) -> None:
    got = keys(f"Published 4 May 2025. On 3 May 2025 a garden opened in Naryn city. {tail}")
    assert NARYN_CITY in got and CHUI_OBL not in got and TALAS_OBL not in got


def test_business_plans_to_a_jury_is_no_plan() -> None:
    text = ("On 3 May 2025 a contest was held in Naryn city. 30 young people from Chui oblast presented "
            "their business plans to a jury.")
    assert CHUI_OBL in keys(text)


def test_deadline_named_as_often_as_the_reports_year() -> None:
    text = ("2025-жылдын 9-апрелинде Нарын шаарында окутуу өттү. Жаңы китептер Чүй облусунун мектептерине "
            "2027-жылга чейин жеткирилет.")
    got = keys(text)
    assert NARYN_CITY in got and CHUI_OBL not in got
