"""A quoted name with descriptive words and the "коомдук бирикмеси" form between ("«Ак-Суу» айылдык суу
пайдалануучулардын коомдук бирикмеси"), and a possessive word before "айыл өкмөтү" that is no place."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


def test_quoted_water_users_association_with_public_form() -> None:
    text = "Тренингге «Көк-Жар» айылдык суу пайдалануучулардын коомдук бирикмесинин мүчөлөрү келди."
    assert roles(text) == [("Kok-Jar Rural Water Users Association", "participant_org")]


def test_quoted_descriptive_name_needs_no_role_cue_to_be_kept() -> None:
    assert roles("«Ынтымак» суу пайдалануучулар бирикмеси 2015-жылы түзүлгөн.") == [
        ("Yntymak Water Users Association", "participant_org")]


def test_unquoted_public_association_words_are_no_phrase() -> None:
    assert roles("Айылда суу пайдалануучулардын коомдук бирикмеси иштейт.") == []


def test_possessive_word_before_ayil_okmotu_is_no_renamed_aimak() -> None:
    assert roles("Эртеси айыл өкмөтүнүн залында окуу өттү.") == []


def test_a_line_that_is_the_name_alone_keeps_its_capitalized_words_before_the_place() -> None:
    text = "Жаңы Нарын жаштар тобу\n\nБиздин топ шаардын паркында тазалоо акциясын өткөрдү."
    assert roles(text) == [("Jany Naryn Youth Group", "implementer")]


def test_a_sentence_start_word_before_the_place_is_not_part_of_the_name() -> None:
    assert roles("Бүгүн Нарын жаштар тобу акция өткөрдү.") == [("Naryn Youth Group", "implementer")]
