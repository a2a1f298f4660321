"""A sex split opening its own sentence on the group a total counted, past a later count of other people
and past the bodies a list names; state bodies named as employers and areas named as where places lie are
not covered by the event."""

from __future__ import annotations

from tests.unit.indicator_support import indicator_mentions, indicator_tuples


def test_girls_among_the_youth_split_the_youth_not_the_guests() -> None:
    found = indicator_mentions("В слёте участвовали 210 школьников, а также 30 учителей. Среди школьников 118 девочек.")
    girls = [m for m in found if m.indicator.sex == "female"]
    assert [m.indicator.value for m in girls] == [118.0]
    assert girls[0].parent is not None and found[girls[0].parent].indicator.value == 210.0


def test_kyrgyz_genitive_group_opening_splits_the_total() -> None:
    found = indicator_tuples("Жыйынга 85 жаш, ошондой эле 10 мугалим катышты. Катышкан жаштардын 47си кыздар.")
    assert ("participants", "female", 47.0, "person") in found


def test_women_after_a_list_of_bodies_split_the_people() -> None:
    found = indicator_tuples("На встрече присутствовали 52 человека: специалисты четырёх айыл окмоту, "
                             "депутаты и фермеры. Из них 19 — женщины.")
    assert ("participants", "female", 19.0, "person") in found
    assert not [t for t in found if t[0] == "institutions_covered"]


def test_state_bodies_whose_staff_attended_are_not_covered() -> None:
    found = indicator_tuples("Twenty people attended, among them 8 staff of the district administration "
                             "and three ayil okmotus.")
    assert not [t for t in found if t[0] == "institutions_covered"]


def test_heads_of_cooperatives_still_count_the_cooperatives() -> None:
    found = indicator_tuples("На круглом столе присутствовали 40 человек, в том числе руководители 6 сельскохозяйственных "
                             "кооперативов.")
    assert ("institutions_covered", "total", 6.0, "institution") in found


def test_the_aimaks_villages_lie_in_are_not_covered() -> None:
    found = indicator_tuples("Координатор рассказал о результатах: охвачены 12 сёл трёх айылных аймаков.")
    assert [t for t in found if t[0] == "settlements_covered"] == [("settlements_covered", "total", 12.0, "settlement")]
