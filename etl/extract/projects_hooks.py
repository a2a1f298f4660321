"""The entry points ``etl.reference.projects`` calls: the forms of ``projects_forms`` and ``projects_lists``
behind three small hooks, so the reference module changes in few lines.

* ``quoted_not_a_project``: a quoted name next to a project word that is not the project's (an owner
  clause between, a loan product, an event's, campaign's or organization's title);
* ``more_titles``: names the older patterns do not read (header lines, English titles after the word or
  before a bracketed acronym, initiatives, lists under a plural project word);
* ``clean_titles``: unquoted English titles trimmed of a leading common noun, without generic programmes;
* ``russian_title_clause``: an unquoted Russian title without the clause that follows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from etl.extract.projects_forms import (
    english_lead_noun,
    english_titles_after,
    english_titles_before_acronym,
    generic_title,
    header_projects,
    loan_product,
    names_a_person,
    owner_between,
    russian_title_clause,
)
from etl.extract.projects_lists import (
    coordinated_titles,
    initiative_titles,
    single_quoted_titles,
    titles_another_thing,
)
from etl.gates import Gate

__all__ = ["clean_titles", "merge_key", "more_titles", "names_a_person", "quoted_not_a_project",
           "russian_title_clause", "strip_owner", "wants_titles"]

Title = tuple[int, int, str]
_MORE_TRIGGERS = ("долбоор", "демилге", "инициатив")
_MORE_GATE = Gate(_MORE_TRIGGERS)


def quoted_not_a_project(text: str, m: re.Match[str], sentence: tuple[int, int],
                         covers: Callable[[int, int], bool]) -> bool:
    """``m`` (groups name, mid, word) quotes something other than the project named by its word."""
    s, e = m.span("name")
    if m.start("word") < s and not owner_between(text, *m.span("mid"), covers):
        return True
    return loan_product(text, sentence, m.group("word")) or titles_another_thing(text, (s, e), m.span("word"),
                                                                                  m.group("mid"))


def wants_titles(ft: str) -> bool:
    """Whether ``more_titles`` may find anything where the older triggers (проект, программ, project,
    program) do not occur: Kyrgyz header lines and lists, initiatives."""
    return _MORE_GATE.any_in(ft)


def more_titles(text: str, ft: str, covers: Callable[[int, int], bool]) -> list[Title]:
    found = (header_projects(text, ft) + english_titles_after(text, ft, covers) + initiative_titles(text, ft, covers)
             + coordinated_titles(text, ft, covers) + english_titles_before_acronym(text, ft, covers)
             + single_quoted_titles(text, ft, covers))
    return [t for t in found if not generic_title(t[2])]


def clean_titles(english: Iterable[Title], others: Iterable[Title]) -> list[Title]:
    """English titles trimmed of a leading common noun; generic programmes of any source dropped."""
    out = []
    for s, _e, name in english:  # a title in single quotes was read up to its closing quote
        k = english_lead_noun(name.lstrip("‘'"))
        k += len(name) - len(name.lstrip("‘'"))
        kept = name[k:].rstrip("’'")
        out.append((s + k, s + k + len(kept), kept))
    return [t for t in [*out, *others] if not generic_title(t[2])]


def strip_owner(text: str, s: int, name: str, org_end: dict[int, int]) -> tuple[int, str]:
    """An unquoted title that opens with its owner's name ("программы ЮНИСЕФ Каждый ребенок в школе",
    "проекта USAID Бизнес-рост") starts after it."""
    end = org_end.get(s)
    if end is None or end >= s + len(name):
        return s, name
    k = end
    while k < s + len(name) and text[k].isspace():
        k += 1
    rest = name[k - s:]
    return (k, rest) if rest[:1].isupper() else (s, name)  # "по программе JICA в Ошской …": no title


_EDGE_WORDS = re.compile(r"^(?:проект|программа|долбоор|project|programme|program|initiative|activity)\s+"
                         r"|\s+(?:проект|программа|программасы|долбоору|project|programme|program|initiative"
                         r"|activity)$", re.IGNORECASE)


def merge_key(name: str, key: Callable[[str], str]) -> str:
    """One key for "Mountain Honey" and "the Mountain Honey Project" in one document: the project word
    at either edge of a name is how it was mentioned, not a second project."""
    bare = _EDGE_WORDS.sub("", name.strip())
    return key(bare or name)
