"""Predicates of people counts read in more phrasings: a completed school or programme trains, a course
under way has participants (not yet trained), people who "came out" for a campaign take part, a received
offer or invitation is no benefit, and the places people came from do not cut their clause."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize("text", [
    "Thirty beekeepers completed a five-day business school run by the cooperative.",
    "Thirty beekeepers completed the two-week vocational training programme.",
    "Thirty beekeepers graduated from the course on queen rearing.",
    "Дыйкандардын талаа мектебин 30 балчы ийгиликтүү аякташты.",
    "30 пчеловодов прошли полевую школу по уходу за пасекой.",
])
def test_a_completed_school_or_programme_trains(text: str) -> None:
    assert _read(text) == [("people_trained", "total", 30, "person")]


@pytest.mark.parametrize(("text", "sex"), [
    ("С понедельника 18 женщин осваивают профессию пекаря.", "female"),
    ("Сейчас 18 молодых людей проходят обучение в мастерской.", "total"),
    ("Eighteen young people are currently being trained as electricians.", "total"),
    ("Учурда 18 кыз тигүүчүлүккө окуп жатышат.", "female"),
])
def test_a_course_under_way_has_participants(text: str, sex: str) -> None:
    assert _read(text) == [("participants", sex, 18, "person")]


@pytest.mark.parametrize("text", [
    "На субботник вышли более 90 жителей микрорайона.",
    "К уборке парка присоединились 90 студентов.",
])
def test_people_who_came_out_for_a_campaign_take_part(text: str) -> None:
    assert _read(text) == [("participants", "total", 90, "person")]


@pytest.mark.parametrize("text", [
    "На ярмарке 35 человек получили предложения о работе.",
    "35 graduates received job offers from local firms.",
    "35 выпускников получили приглашения на собеседование.",
])
def test_an_offer_received_is_no_benefit(text: str) -> None:
    assert _read(text) == []


def test_places_people_came_from_do_not_cut_their_clause() -> None:
    assert _read("Thirty-two herders from five villages completed a pasture management course. "
                 "Eleven of the participants were women.") == [
        ("people_trained", "total", 32, "person"), ("settlements_covered", "total", 5, "settlement"),
        ("people_trained", "female", 11, "person")]


@pytest.mark.parametrize("text", [
    "Директордун айтымында, цех 25 адамды жумуш менен камсыз кылат.",
    "Новый цех обеспечит работой 25 человек.",
    "The plant will create jobs for 25 people.",
])
def test_jobs_promised_reach_no_one_yet(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize("text", [
    "Азыр бакчада 85 бала тарбияланат.",
    "Сейчас в садике воспитываются 85 детей.",
])
def test_children_a_kindergarten_brings_up_are_its_users(text: str) -> None:
    assert _read(text) == [("beneficiaries", "total", 85, "person")]


def test_people_who_live_there_are_no_one_reached() -> None:
    assert _read("Айылда мектеп курагындагы 700дөй бала бар.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Eighteen rural and urban librarians completed a three-day safety and archiving course.",
     [("people_trained", "total", 18, "person")]),
    ("В семинаре участвовали 12 местных и иностранных экспертов.", [("participants", "total", 12, "person")]),
])
def test_modifiers_joined_by_and_before_the_noun(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


def test_places_named_with_and_stay_places() -> None:
    text = "Форумга облустун беш районунан жана Нарын шаарынан 120дан ашык жаш катышты."
    assert ("settlements_covered", "total", 5, "settlement") not in _read(text)


def test_the_participants_then_a_part_of_them() -> None:
    text = ("Twenty-two beekeepers completed a five-day course in Talas. The course was run by the cooperative. "
            "The participants, nine of them women, came from four villages.")
    assert _read(text)[:2] == [("people_trained", "total", 22, "person"), ("people_trained", "female", 9, "person")]


def test_a_contrastive_clause_has_its_own_predicate() -> None:
    text = "На ярмарке 15 работодателей предложили 60 вакансий, а юристы провели бесплатные консультации."
    assert _read(text) == []


def test_a_rounded_headline_figure_gives_way_to_the_body() -> None:
    text = ("На фестиваль собрались более 300 ремесленников\n\n"
            "Вчера в Караколе прошел фестиваль ремесел. В нем приняли участие 340 ремесленников из пяти районов.")
    assert [t for t in _read(text) if t[0] == "participants"] == [("participants", "total", 340, "person")]
