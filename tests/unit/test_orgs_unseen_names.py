"""Unseen organizations get an English name (transliterated name + English legal form) unless
their quoted name is a phrase that would need translating; registry aliases accept any quote."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations
from etl.reference.unseen_names import english_form, english_name, latin_name


def names(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


@pytest.mark.parametrize("form,quoted,expected", [
    ("ОФ", "Элдик Демилге", "Eldik Demilge Public Foundation"),
    ("коомдук фонду", "Кара-Кулжа жаштары", "Kara-Kulja Jashtary Public Foundation"),
    ("ОО", "Иш-Демилге", "Ish-Demilge Public Association"),
    ("коомдук бирикмеси", "Жашыл муун", "Jashyl Muun Public Association"),
    ("public association", "Ayalzat", "Ayalzat Public Association"),
    ("МОФ", "Ынтымак", "Yntymak International Public Foundation"),
    ("МП", "Тазалык", "Tazalyk Municipal Enterprise"),
    ("муниципалдык ишканасы", "Тазалык", "Tazalyk Municipal Enterprise"),
    ("кооператив", "Ак-Сүт", "Ak-Sut Cooperative"),
    ("ОФ", "Центр «Айыл демилгеси»", "Ayil Demilgesi Centre Public Foundation"),
    ("ОО", "Эко-Тоолор", "Eco-Toolor Public Association"),
])
def test_names_that_transliterate(form: str, quoted: str, expected: str) -> None:
    assert english_name(form, quoted) == expected


@pytest.mark.parametrize("form,quoted", [
    ("ОО", "Сохраним Иссык-Куль чистым"),
    ("РОО", "Союз молодёжи"),
    ("коомдук бирикмеси", "Ысык-Көлдү таза сактайлы"),  # Kyrgyz accusative: a phrase
    ("коомдук бирикмеси", "Мүмкүнчүлүгү чектелген балдардын ата-энелеринин ассоциациясы"),
    ("ОФ", "Центр поддержки «Жаштар»"),  # more than one word before the nested name
    ("НПО", "Жаштар"),  # no settled English form
])
def test_phrases_and_unknown_forms_keep_the_written_name(form: str, quoted: str) -> None:
    assert english_name(form, quoted) is None


def test_english_form_needs_the_whole_short_acronym() -> None:
    assert english_form("ОФ") == "Public Foundation"
    assert english_form("ОсОО") == "LLC"
    assert english_form("оферта") is None


def test_latin_name_capitalizes_each_word_and_writes_ayil_as_organizations_do() -> None:
    assert latin_name("Айыл демилгеси") == "Ayil Demilgesi"
    assert latin_name("Жаңы-Жол") == "Jany-Jol"


def test_one_english_name_for_both_language_parts() -> None:
    text = ("«Алтын Кыраан» коомдук фонду тренинг уюштурду.\n\n"
            "Тренинг организовал общественный фонд «Алтын Кыраан».")
    assert {n for n, _ in names(text)} == {"Altyn Kyraan Public Foundation"}


def test_a_russian_phrase_keeps_its_legal_form_and_quotes_unless_the_glossary_renders_it() -> None:
    assert names("Тренинг организовало ОО «Сохраним Иссык-Куль чистым».") == [
        ("ОО «Сохраним Иссык-Куль чистым»", "implementer")]
    # a phrase the glossary renders whole is translated (see test_orgs_unseen_translated)
    assert names("Тренинг организовало ОО «Ассоциация деловых женщин Каракола».") == [
        ("Karakol Businesswomen's Association", "implementer")]


def test_a_municipal_enterprise_is_a_state_company_present_at_the_event() -> None:
    found = find_organizations("Акцию провела мэрия при участии муниципального предприятия «Таза-Шаар».")
    assert [(m.organization.name, m.organization.kind, m.organization.role) for m in found] == [
        ("Taza-Shaar Municipal Enterprise", "state_company", "participant_org")]


def test_a_registry_alias_written_with_guillemets_matches_straight_quotes() -> None:
    assert names('"Аялдар демилгеси" коомдук бирикмеси тренинг уюштурду.') == [
        ("Women's Initiative Public Association", "implementer")]


def test_a_russian_phrase_written_with_its_full_form_is_translated_without_a_second_form() -> None:
    assert names("Тренинг провело общественным объединением «Союз фермеров Чуйской долины».") == [
        ("Chui Valley Farmers Union", "implementer")]
    assert names("При участии международного общественного фонда «Центр поддержки сельских инициатив».") == [
        ("международный общественный фонд «Центр поддержки сельских инициатив»", "participant_org")]


@pytest.mark.parametrize("text,name", [
    ("Благотворительный фонд «Добро» передал оборудование.", "Dobro Charitable Foundation"),
    ("«Мээрим Нуру» кайрымдуулук фонду жардам берди.", "Meerim Nuru Charitable Foundation"),
    ('The Charitable Foundation "Meerim" donated books.', "Meerim Charitable Foundation"),
    ("Молодёжное движение «Жаңы Муун» провело акцию.", "Jany Muun Youth Movement"),
    ("«Жаңы Муун» жаштар кыймылы акция өткөрдү.", "Jany Muun Youth Movement"),
    ("Инициативная группа «Ак Жол» провела акцию.", "Ak Jol Initiative Group"),
    ("«Ак Жол» демилгелүү тобу уюштурду.", "Ak Jol Initiative Group"),
])
def test_charitable_foundations_youth_movements_and_initiative_groups(text: str, name: str) -> None:
    assert [n for n, _ in names(text)] == [name]


@pytest.mark.parametrize("text,name", [
    ("Министр ознакомился с работой молочного кооператива «Ак-Сүт».", "Ak-Sut Agricultural Cooperative"),
    ("«Ак-Сүт» айыл чарба кооперативинин мүчөлөрү катышты.", "Ak-Sut Agricultural Cooperative"),
    ("Кооператив «Ак-Сүт» провёл ярмарку.", "Ak-Sut Cooperative"),
])
def test_a_farm_cooperative_is_an_agricultural_cooperative(text: str, name: str) -> None:
    assert [n for n, _ in names(text)] == [name]


@pytest.mark.parametrize("text", ["Общественная организация «Ак Жол» провела акцию.", "«Ак Жол» коомдук уюму акция өткөрдү."])
def test_a_public_organization(text: str) -> None:
    assert [n for n, _ in names(text)] == ["Ak Jol Public Organization"]
