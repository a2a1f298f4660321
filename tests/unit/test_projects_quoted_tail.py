"""An English project title in quotes runs to its closing quote, past its project word."""

from __future__ import annotations

import pytest

from etl.extract.projects_quoted_tail import quoted_to_close
from etl.reference.projects import find_projects


@pytest.mark.parametrize(("text", "name"), [
    ('The delegation reviewed the "Pasture Improvement Programme in Naryn and Issyk-Kul Oblasts", which the '
     'EU funds until 2027.', "Pasture Improvement Programme in Naryn and Issyk-Kul Oblasts"),
    ("They spoke about the “Safe Schools Initiative for Osh and Batken”, started in 2022.",
     "Safe Schools Initiative for Osh and Batken"),
])
def test_a_quoted_title_keeps_the_words_after_its_project_word(text: str, name: str) -> None:
    assert [p.name for p in find_projects(text)] == [name]


def test_an_unquoted_title_or_a_lowercase_tail_is_left_as_read() -> None:
    text = 'the "Clean Water Project for schools in Batken", and the Green Roads Programme in Talas.'
    s = text.index("Clean")
    e = text.index(" for schools")
    assert quoted_to_close(text, [(s, e, text[s:e])]) == [(s, e, "Clean Water Project")]
    s2 = text.index("Green")
    e2 = text.index(" in Talas")
    assert quoted_to_close(text, [(s2, e2, text[s2:e2])]) == [(s2, e2, "Green Roads Programme")]
