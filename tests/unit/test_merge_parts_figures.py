"""A figure both language parts state, given to different events by each part, is one figure."""

from __future__ import annotations

from etl.contract import Event, Indicator
from etl.extract.merge import merge_parts


def _ind(kind: str, value: float, unit: str = "person") -> Indicator:
    return Indicator(kind, value, unit, "total", None, str(value), None)


def _event(kind: str, *inds: Indicator) -> Event:
    return Event(event_type=kind, start_date="2024-10-01", end_date="2024-10-01", date_precision="day",
                 indicators=list(inds))


def test_a_figure_the_lead_gave_to_another_event_is_not_repeated() -> None:
    ky = [_event("round_table", _ind("settlements_covered", 34, "settlement"), _ind("people_trained", 259)),
          _event("training")]
    ru = [_event("round_table", _ind("settlements_covered", 34, "settlement")),
          _event("training", _ind("people_trained", 259))]
    merged, flags = merge_parts([("ky", ky), ("ru", ru)])
    assert [[(i.indicator, i.value) for i in e.indicators] for e in merged] == [
        [("settlements_covered", 34), ("people_trained", 259)], []]
    assert flags == []


def test_a_figure_only_the_second_part_states_is_kept() -> None:
    ky = [_event("round_table", _ind("participants", 40)), _event("training")]
    ru = [_event("round_table", _ind("participants", 40)), _event("training", _ind("people_trained", 25))]
    merged, _ = merge_parts([("ky", ky), ("ru", ru)])
    assert [[(i.indicator, i.value) for i in e.indicators] for e in merged] == [
        [("participants", 40)], [("people_trained", 25)]]
