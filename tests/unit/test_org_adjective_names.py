"""Ayil okmotus named by a Russian adjective: the main village's name, and lists of adjectives."""

from __future__ import annotations

import re

from etl.reference.govbody_lists import listed_before
from etl.reference.govbody_places import LOW, _nouns_of_linked_adjective, place_name


def test_linked_adjective_names_the_main_village() -> None:
    # "Калбинский" links "Калба" with "-ин-": the English name is the village's, not "Kalbin"
    assert place_name("Калбинского", LOW) == "Kalba"
    assert place_name("Тамгинский", LOW) == "Tamga"
    # a prefix match keeps working as before
    assert place_name("Петровского", LOW) == "Petrovka"


def test_nouns_of_linked_adjective() -> None:
    assert _nouns_of_linked_adjective("Искринский айылный аймак") == {"искра", "искря"}
    assert _nouns_of_linked_adjective("Долонский айылный аймак") == set()  # no linking "-ин-"
    assert _nouns_of_linked_adjective("") == set()


_OKMOTU = re.compile(r"([А-ЯЁ][\w-]*)\s+айыл\s+окмоту")


def _listed(text: str) -> list[str]:
    m = _OKMOTU.search(text)
    assert m is not None
    return [name for _, _, name in listed_before(text, m, "Kalba ayil okmotu")]


def test_russian_adjectives_in_one_case_list_several_bodies() -> None:
    assert _listed("встреча с главами Тамгинского, Долонского и Калбинского айыл окмоту") == ["Dolon ayil okmotu",
                                                                                             "Tamga ayil okmotu"]


def test_word_in_another_form_ends_the_list() -> None:
    # "Долон" is a noun here, not an adjective agreeing with "Калбинского"
    assert _listed("в селе Долон и Калбинского айыл окмоту") == []
