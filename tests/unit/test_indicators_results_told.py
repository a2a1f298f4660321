"""A speaker telling the audience about a project's results at the event: those figures are the event's
(README: results presented at the event are indicators), in every verb of telling; the writer's own
history of the project stays out."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _kinds(text: str) -> list[tuple[str, float]]:
    return [(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)]


@pytest.mark.parametrize("text", [
    "Координатор фонда рассказала гостям о результатах программы. По ее словам, за это время обучение прошли 940 фермеров.",
    "Представитель агентства поделился итогами проекта: за это время обучение прошли 940 фермеров.",
    "Presenting the programme's results, the coordinator said that since its launch the programme has trained 940 farmers.",
    "The coordinator spoke about the results of the project: to date, 940 farmers have been trained.",
])
def test_results_told_at_the_event_stay(text: str) -> None:
    assert ("people_trained", 940) in _kinds(text)


def test_writers_history_stays_out() -> None:
    text = "Семинар прошел в Чолпон-Ате. За это время фонд обучил 940 фермеров."
    assert ("people_trained", 940) not in _kinds(text)
