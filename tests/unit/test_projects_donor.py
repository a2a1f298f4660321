"""A project's donor is read from the cues of the project's own sentence, not from the role
the organization takes elsewhere in the document."""

from __future__ import annotations

from etl.reference.organizations import find_organizations, find_projects


def donors(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.donor) for p in find_projects(text)]


def test_partner_in_the_project_sentence_is_no_donor_though_donor_elsewhere() -> None:
    text = ("Тренинг прошёл при финансовой поддержке ПРООН. "
            "Проект «Жашыл мектеп» реализуется совместно с ПРООН.")
    assert {m.organization.role for m in find_organizations(text)} == {"donor"}  # the document role
    assert donors(text) == [("Жашыл мектеп", None)]


def test_donor_cued_in_the_project_sentence() -> None:
    text = ("Тренинг прошёл при финансовой поддержке ПРООН. "
            "Проект «Жашыл мектеп» реализуется при финансовой поддержке ПРООН.")
    assert donors(text) == [("Жашыл мектеп", "UNDP")]
    ru = "Семинар прошёл в рамках проекта «Чистая вода для села», финансируемого Европейским союзом."
    assert donors(ru) == [("Чистая вода для села", "European Union")]


def test_implementer_in_the_sentence_is_no_donor() -> None:
    text = "В рамках проекта «Таза суу» ОФ «Алга» провел тренинг."
    assert donors(text) == [("Таза суу", None)]


def test_one_unseen_project_in_ky_and_ru_parts_has_one_name_and_donor() -> None:
    text = ("Тренинг «Көк жайлоо» долбоорунун алкагында өттү.\n\n"
            "Тренинг прошёл в рамках проекта «Кок жайлоо», финансируемого Европейским союзом.")
    assert donors(text) == [("Көк жайлоо", "European Union"), ("Көк жайлоо", "European Union")]
