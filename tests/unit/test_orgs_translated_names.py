"""An unseen organization whose quoted name is translated between language parts is one organization."""

from __future__ import annotations

from etl.reference.org_translated_names import translation_key
from etl.reference.organizations import find_organizations


def names(text: str) -> set[str]:
    return {m.organization.name for m in find_organizations(text)}


def test_translated_quoted_names_share_a_key() -> None:
    assert translation_key("Ноокат фермерлери") == translation_key("Фермеры Нооката")
    assert translation_key("Кочкор аялдары") == translation_key("Женщины Кочкора")
    assert translation_key("Талас жаштары") == translation_key("Молодёжь Таласа")
    assert translation_key("Талас жаштары") != translation_key("Женщины Таласа")


def test_names_without_a_place_or_a_translated_word_have_no_key() -> None:
    assert translation_key("Нур Келечек") is None
    assert translation_key("Кочкор") is None
    assert translation_key("Жаштар") is None


def test_one_body_across_the_language_parts() -> None:
    text = ("Форумду «Ноокат фермерлери» коомдук бирикмеси уюштурду.\n\n"
            "Форум организовало общественное объединение «Фермеры Нооката».")
    assert len(names(text)) == 1
    text = ("Жыйынды «Кочкор аялдары» коомдук бирикмеси өткөрдү.\n\n"
            "Собрание провело общественное объединение «Женщины Кочкора».")
    assert len(names(text)) == 1


def test_different_places_stay_apart() -> None:
    text = ("Форумду «Ноокат фермерлери» коомдук бирикмеси уюштурду.\n\n"
            "Форум организовало общественное объединение «Фермеры Узгена».")
    assert len(names(text)) == 2
