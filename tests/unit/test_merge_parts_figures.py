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


def test_parts_that_write_the_same_figures_but_were_read_differently_are_not_flagged() -> None:
    # "8 айыл аймагы катышып, 5 айыл өкмөтү финалга чыкты" / "участвовали все 8 …, в финал вышли 5"
    ky = [_event("competition", _ind("institutions_covered", 5, "institution"))]
    ru = [_event("competition", _ind("institutions_covered", 8, "institution"))]
    _, flags = merge_parts([("ky", ky), ("ru", ru)], {"ky": {8.0, 5.0}, "ru": {8.0, 5.0}})
    assert flags == []
    # the Russian part never writes 5: the texts do disagree (fresh events: merging folds one into the other)
    ky = [_event("competition", _ind("institutions_covered", 5, "institution"))]
    ru = [_event("competition", _ind("institutions_covered", 8, "institution"))]
    _, flags = merge_parts([("ky", ky), ("ru", ru)], {"ky": {8.0, 5.0}, "ru": {8.0}})
    assert [f.code for f in flags] == ["language_parts_disagree"]
