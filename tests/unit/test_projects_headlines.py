"""Title Case headlines name no unquoted English project title; the Kusanone grant programme."""

from __future__ import annotations

import pytest

from etl.extract.projects_headlines import headline_only_title, title_case_line
from etl.reference.organizations import find_projects


def _names(text: str) -> list[str]:
    return [p.name for p in find_projects(text)]


def test_title_case_headline_capitals_name_no_programme() -> None:
    text = ("UNICEF and Ministry of Health Present Findings of Nutrition Programme at Regional Forum\n\n"
            "OSH, 3 June 2025 — UNICEF presented the results of its nutrition work in Osh.")
    assert "Present Findings of Nutrition Programme" not in " ".join(_names(text))
    assert _names(text) == []


def test_the_title_written_again_in_the_body_counts() -> None:
    text = ("UNICEF Launches Safe Schools Programme in Five Districts of Osh Oblast\n\n"
            "The Safe Schools Programme will cover 40 schools.")
    assert title_case_line(text, 10)
    start = text.index("Safe Schools")
    assert not headline_only_title(text, start, start + len("Safe Schools"))


def test_a_sentence_is_no_headline() -> None:
    assert not title_case_line("The Green Villages Programme Started In Talas With Local Partners.", 5)


@pytest.mark.parametrize("text", [
    "Гранты выданы по программе грантовой помощи для проектов низовых сообществ посольства Японии.",
    "The clinic was equipped under Japan's Grant Assistance for Grassroots Human Security Projects.",
    "С 2000 года в стране реализовано более 300 проектов Кусаноне.",
])
def test_kusanone_programme(text: str) -> None:
    assert _names(text) == ["Kusanone"]
