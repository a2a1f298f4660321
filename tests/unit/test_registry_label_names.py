"""Registry canonical names follow the names labellers write for the same body (the registry's own rule)."""

from __future__ import annotations

from etl.evaluate import org_canonicalizer
from etl.reference.organizations import find_organizations


def _names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text, include_incidental=True)]


def test_afd_is_written_in_french_with_its_acronym() -> None:
    # holdout13 and holdout16 were labelled so by separate writers, from Kyrgyz and English texts
    assert _names("Долбоор Франциянын Өнүктүрүү агенттигинин каржылоосу менен ишке ашууда.") == [
        "Agence Française de Développement (AFD)"]
    assert _names("The project is funded by the French Development Agency.") == [
        "Agence Française de Développement (AFD)"]


def test_company_and_association_names_keep_their_form() -> None:
    assert _names("Сынакка «НурТелеком» ЖЧК демөөрчү болду.") == ["NurTelecom LLC"]
    assert _names("Тренингди «Бир Дүйнө» коомдук бирикмеси өткөрдү.") == ["Bir Duino Public Association"]


def test_the_old_names_still_score_as_the_same_body() -> None:
    canon = org_canonicalizer()
    assert canon("French Development Agency") == canon("Agence Française de Développement (AFD)")
    assert canon("Bir Duino Kyrgyzstan") == canon("Bir Duino Public Association")
    assert canon("Nur Telecom LLC") == canon("NurTelecom LLC")
