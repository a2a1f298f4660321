"""A later phase's grants and places are plans; holders of civil documents benefit, they were not trained."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _kinds(text: str) -> list[tuple[str, float]]:
    return [(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)]


@pytest.mark.parametrize("text", [
    "Программанын экинчи этабында 15 айыл аймагынын эң мыкты 6 долбоору гранттык колдоо алат.",
    "На следующем этапе проекта 9 лучших инициатив из 20 сёл получают гранты.",
    "In the next phase, 11 schools in 4 municipalities get small grants for heating.",
])
def test_a_later_phase_counts_no_grants_or_places(text: str) -> None:
    kinds = {k for k, _ in _kinds(text)}
    assert not kinds & {"grants_awarded", "settlements_covered", "institutions_covered"}


def test_a_phase_already_given_stays() -> None:
    assert ("grants_awarded", 6) in _kinds("На втором этапе 6 инициатив получили гранты, было выделено 900 тыс. сомов.")


@pytest.mark.parametrize("text", [
    "Иш-чаранын жыйынтыгында 130 тургун туулгандыгы тууралуу күбөлүк алды.",
    "During the campaign 85 residents received birth certificates.",
])
def test_civil_documents_are_no_training(text: str) -> None:
    assert not any(k == "people_trained" for k, _ in _kinds(text))


def test_a_training_certificate_still_trains() -> None:
    assert ("people_trained", 25) in _kinds("Тренингден кийин 25 катышуучу күбөлүк алды.")
