"""An organization named in an all-capitals heading is read like the same name written normally."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


@pytest.mark.parametrize(("text", "name"), [
    ("ОБЩЕСТВЕННЫЙ ФОНД «ТАЗА СУУ»\nВ отчетном квартале фонд провел три тренинга в Кочкоре.",
     "Taza Suu Public Foundation"),
    ("ОБЩЕСТВЕННОЕ ОБЪЕДИНЕНИЕ «НУР ЖОЛУ»\nВ отчетном квартале объединение провело субботник.",
     "Nur Jolu Public Association"),
    ("«ТАЗА СУУ» КООМДУК ФОНДУ\nОтчеттук чейректе фонд үч тренинг өткөрдү.", "Taza Suu Public Foundation"),
])
def test_caps_heading_author(text: str, name: str) -> None:
    found = {m.organization.name: m.organization.role for m in find_organizations(text)}
    assert found.get(name) == "implementer", found


def test_caps_heading_same_org_as_normal_spelling() -> None:
    text = ("ОБЩЕСТВЕННЫЙ ФОНД «ТАЗА СУУ»\nВ отчетном квартале фонд провел тренинг.\n"
            "Директор ОФ «Таза Суу» А. Асанова.")
    assert {m.organization.name for m in find_organizations(text)} == {"Taza Suu Public Foundation"}


def test_short_caps_name_after_normal_form_keeps_its_spelling() -> None:
    text = "Тренинг провел общественный фонд «ЭЛЕТ» в Кочкоре."
    names = [m.organization.name for m in find_organizations(text)]
    assert any("ELET" in n for n in names), names


def test_kyrgyz_self_reference_with_verb_at_clause_end() -> None:
    text = ("«Жашыл Өрөн» коомдук фонду\n"
            "Былтыр фонд Талас шаарында Талас дарыясынын жээгин тазалоо акциясын өткөрдү.")
    assert {m.organization.role for m in find_organizations(text)} == {"implementer"}
