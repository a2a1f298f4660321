"""A Russian quoted name made of glossary words with its head after adjectives and a place after it is
translated like its Kyrgyz twin; "Плюс" in a name is the English Plus."""

from __future__ import annotations

import pytest

from etl.reference.org_phrases import whole_phrase
from etl.reference.organizations import find_organizations


@pytest.mark.parametrize("quoted,name", [
    ("Молодежный центр Нарына", "Naryn Youth Centre"),
    ("Женский центр Кара-Куля", "Kara-Kul Women's Centre"),
    ("Ресурсный центр Каракол", "Karakol Resource Centre"),
    ("Центр предпринимателей Оша", "Osh Entrepreneurs Centre"),
])
def test_head_after_its_adjectives(quoted: str, name: str) -> None:
    phrase = whole_phrase(quoted)
    assert phrase is not None and phrase.name == name


def test_a_district_centre_after_the_head() -> None:
    names = [m.organization.name for m in find_organizations(
        "Программу реализует общественное объединение «Молодежный центр Токтогул».")]
    assert names == ["Toktogul Youth Centre Public Association"]


def test_an_unknown_word_keeps_the_name_proper() -> None:
    assert whole_phrase("Молодежный центр Бирлик") is None


def test_plus_in_a_name() -> None:
    names = [m.organization.name for m in find_organizations("Тренинг провел общественный фонд «Айыл Плюс».")]
    assert names == ["Ayil Plus Public Foundation"]


@pytest.mark.parametrize("text,name", [
    ("Акцию провел Ошский городской центр семейной медицины №3.", "Osh City Family Medicine Centre No. 3"),
    ("Врачи Каракольского городского центра семейной медицины № 12 провели приём.",
     "Karakol City Family Medicine Centre No. 12"),
    ("Врачи Каракольского городского центра семейной медицины провели приём.", "Karakol City Family Medicine Centre"),
])
def test_a_numbered_state_body_keeps_its_number(text: str, name: str) -> None:
    assert [m.organization.name for m in find_organizations(text)] == [name]
