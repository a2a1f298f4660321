"""Role cues: a ministry that commissions an agency's work ("тапшырмасы боюнча") funds it; an agency
that runs projects for others implements "its" project; the maker named by a Russian passive
("создан фондом X"); students or volunteers of a body who join in make it a participant."""

from __future__ import annotations

from etl.reference.organizations import find_organizations
from etl.reference.roles import resolve


def roles(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


def test_commissioned_by_in_kyrgyz_makes_the_ministry_donor_and_the_agency_implementer() -> None:
    text = ("Окууну GIZ Германиянын Экономикалык кызматташтык жана өнүктүрүү федералдык министрлигинин (BMZ) "
            "тапшырмасы боюнча ишке ашырылып жаткан долбоордун алкагында өткөрдү.")
    found = roles(text)
    assert found["Federal Ministry for Economic Cooperation and Development (BMZ)"] == "donor"
    assert found["GIZ"] == "implementer"


def test_an_implementing_agency_owns_its_project_as_implementer_a_donor_agency_as_donor() -> None:
    assert resolve("owner", "development_agency", "implementer") == "implementer"
    assert resolve("owner", "development_agency", "donor") == "donor"
    assert roles("GIZ долбоорунун жетекчиси сөз сүйлөдү.") == {"GIZ": "implementer"}
    assert roles("KOICA долбоорунун жетекчиси сөз сүйлөдү.") == {"KOICA": "donor"}


def test_russian_passive_created_by_names_the_implementer() -> None:
    text = "Ресурсный центр создан общественным фондом «Нур Жолу» при содействии мэрии города Каракол."
    found = roles(text)
    assert found["Nur Jolu Public Foundation"] == "implementer"
    assert found["Karakol City Hall"] == "government"


def test_students_of_a_university_who_join_make_it_a_participant_not_a_supporter() -> None:
    assert roles("Талас мамлекеттик университетинин студенттери да колдоо көрсөтүштү.") == {
        "Talas State University": "participant_org"}
    assert roles("К субботнику присоединились студенты Нарынского государственного университета.") == {
        "Naryn State University": "participant_org"}


def test_support_of_a_body_itself_is_still_partnership() -> None:
    assert roles("Иш-чараны Талас мамлекеттик университети колдоо көрсөттү.") == {
        "Talas State University": "partner"}


def test_union_of_local_self_governments_named_without_cue_took_part() -> None:
    text = "Подписан меморандум между Министерством финансов и Союзом местных самоуправлений."
    assert roles(text)["Union of Local Self-Governments of the Kyrgyz Republic"] == "participant_org"
