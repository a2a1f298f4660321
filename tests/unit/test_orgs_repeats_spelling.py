"""An unseen organization named again by its bare quoted name, and a half-Russian spelling of
Issyk-Kul inside a Kyrgyz descriptive name."""

from __future__ import annotations

from etl.reference.org_phrases import noun_phrase_organizations
from etl.reference.organizations import find_organizations
from etl.reference.unseen_orgs import bare_repeats


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


def test_bare_repeat_of_a_quoted_name_carries_the_role_of_its_sentence() -> None:
    text = ('The public foundation "Green Valley Network" met farmers in Talas.\n\n'
            "The project is funded by USAID and implemented by Green Valley Network.")
    assert ("Green Valley Network Public Foundation", "implementer") in roles(text)


def test_one_word_names_and_lower_case_words_are_not_repeats() -> None:
    assert bare_repeats("ОФ «Ынтымак» … Ынтымак жана биримдик.", ["Ынтымак"], [(0, 12)]) == []
    assert bare_repeats("a green valley network", ["Green Valley Network"], []) == []


def test_repeats_inside_a_taken_span_are_skipped() -> None:
    text = "Nur Jolu and Nur Jolu"
    assert bare_repeats(text, ["Nur Jolu"], [(0, 8)]) == [(13, 21, "Nur Jolu")]


def test_half_russian_issyk_kul_is_the_oblast_not_a_village() -> None:
    names = [p.name for p in noun_phrase_organizations("Иссык-Көл облустук аялдар кеңеши менен биргеликте")]
    assert names == ["Issyk-Kul Oblast Women's Council"]
