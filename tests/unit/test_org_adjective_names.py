"""Ayil okmotus named by a Russian adjective: the main village's name, and lists of adjectives."""

from __future__ import annotations

import re

from etl.reference.govbody_lists import ayil_okmotu_name, listed_before
from etl.reference.govbody_places import LOW, _nouns_of_linked_adjective, place_name


def test_linked_adjective_names_the_main_village() -> None:
    # "Калбинский" links "Калба" with "-ин-": the English name is the village's, not "Kalbin"
    assert place_name("Калбинского", LOW) == "Kalba"
    assert place_name("Тамгинский", LOW) == "Tamga"
    # a prefix match keeps working as before
    assert place_name("Петровского", LOW) == "Petrovka"


def test_nouns_of_linked_adjective() -> None:
    assert _nouns_of_linked_adjective("Искринский айылный аймак") >= {"искра", "искря"}
    # a Kyrgyz name on "-ы" or "-у" links the same way: "Баш-Каинды" → "Баш-Каиндинский"
    assert "баш-каинды" in _nouns_of_linked_adjective("Баш-Каиндинский айылный аймак")
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


def test_linking_vowel_is_no_spelling_of_the_name() -> None:
    # SOATE writes "Тамчынский", the press "Тамчинского": the same aimak of Тамчы, not a "Tamchin"
    assert ayil_okmotu_name("Тамчинского", "Тамчинского айыл окмоту") == "Tamchy ayil okmotu"
    assert place_name("Баш-Каиндинского", LOW) == "Bash-Kaindy"


def test_aimak_no_village_names_takes_the_noun_of_its_adjective() -> None:
    # no village of the Он-Арчинский aimak is called Он-Арча: "-инский" comes from a name on "-а"
    assert place_name("Он-Арчинского", LOW) == "On-Archa"
    assert place_name("Барпынского", LOW) == "Barpy"
    # "-ин" that ends a place's own name stays: Чон-Кемин is named after Кемин
    assert place_name("Чон-Кеминского", LOW) == "Chon-Kemin"
