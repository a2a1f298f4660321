"""Funded and trained told in other word orders: the Russian passive first ("поддержано 14 инициатив"),
the Kyrgyz possessive dative of bodies given grants ("айыл өкмөтүнө … гранттар тапшырылды"), a course
named with its subject before "прошли", and "Его прошли …" after a training named in the sentence before."""

from __future__ import annotations

from tests.unit.indicator_support import indicator_tuples


def test_passive_first_funds_the_initiatives() -> None:
    assert ("grants_awarded", "total", 9.0, "grant") in indicator_tuples("По итогам конкурса профинансированы 9 инициатив молодёжи.")


def test_a_year_in_the_clause_makes_it_that_years_record() -> None:
    found = indicator_tuples("Он рассказал, что в 2021 году в Караколе были поддержаны 17 инициатив жителей.")
    assert not [t for t in found if t[0] == "grants_awarded"]


def test_kyrgyz_possessive_dative_bodies_get_grants() -> None:
    found = indicator_tuples("Аземде төрт айыл өкмөтүнө жалпы 2 млн сом өлчөмүндө гранттар тапшырылды.")
    assert ("grants_awarded", "total", 4.0, "grant") in found
    assert not [t for t in found if t[0] == "institutions_covered"]


def test_course_with_a_long_subject_trains() -> None:
    found = indicator_tuples("Обучение по основам пчеловодства и маркетинга прошли 44 фермера.")
    assert ("people_trained", "total", 44.0, "person") in found


def test_pronoun_for_the_course_named_before() -> None:
    found = indicator_tuples("В мае фонд провёл трёхдневный курс по первой помощи. Его прошли 31 волонтёр, из них 20 женщин.")
    assert ("people_trained", "total", 31.0, "person") in found
    assert ("people_trained", "female", 20.0, "person") in found
