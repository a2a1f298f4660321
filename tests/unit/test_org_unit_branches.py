"""A state agency's district or oblast unit is named after its place, level and unit word, then the agency."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def _names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text, include_incidental=True)]


def test_russian_unit_before_the_agency_in_the_genitive() -> None:
    assert _names("Специалисты Кочкорского районного отдела Государственной инспекции труда рассказали "
                  "работодателям о новых правилах.") == ["Kochkor District Department of the State Labour Inspectorate"]
    assert _names("Семинар провело Тюпское районное управление Государственной инспекции по ветеринарной и "
                  "фитосанитарной безопасности.") == [
        "Tup District Office of the State Inspectorate for Veterinary and Phytosanitary Safety"]


def test_english_unit_before_of_the_agency() -> None:
    assert _names("Specialists of the Talas district office of the State Labour Inspectorate explained the rules.") == [
        "Talas District Office of the State Labour Inspectorate"]


def test_an_ngo_branch_and_a_plain_agency_keep_the_parent_name() -> None:
    # labellers write the Red Crescent's oblast branch as the Red Crescent itself
    assert _names("Представители Нарынского областного отделения Красного Полумесяца приняли участие.") == [
        "Red Crescent Society of Kyrgyzstan"]
    assert _names("Представители Государственной инспекции труда приняли участие.") == ["State Labour Inspectorate"]


def test_oblast_rural_advisory_service_is_the_oblast_one() -> None:
    assert _names("Окууну Нарын облустук айыл чарба кеңеш берүү кызматы уюштурду.") == [
        "Naryn Oblast Rural Advisory Service"]
