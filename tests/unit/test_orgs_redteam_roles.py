"""Red-team classes from fixtures 218-230: a commissioning ministry with its country adjective,
a funder's project run by a contractor, technical support, an English hyphen compound
("EU-funded"), and state bodies in news-agency and English forms."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def roles(text: str) -> set[tuple[str, str]]:
    return {(m.organization.name, m.organization.role) for m in find_organizations(text)}


def test_on_behalf_of_reaches_a_registry_name_after_its_country_adjective() -> None:
    got = roles("GIZ, on behalf of the German Federal Ministry for Economic Cooperation and Development (BMZ) "
                "and co-funded by the European Union, launched a course.")
    assert ("Federal Ministry for Economic Cooperation and Development (BMZ)", "donor") in got
    assert ("GIZ", "implementer") in got


def test_a_funder_owning_the_project_stays_donor_whatever_the_relative_clause() -> None:
    got = roles("Слушания прошли в рамках проекта USAID «Прозрачный бюджет», который реализует "
                "компания Chemonics International.")
    assert ("USAID", "donor") in got
    assert ("Chemonics International", "implementer") in got


def test_a_non_funder_owning_the_project_is_not_made_a_donor() -> None:
    assert ("UNDP", "implementer") in roles("Учения прошли в рамках проекта ПРООН «Снижение риска».")


@pytest.mark.parametrize("text", [
    "Кампанию проводит Министерство здравоохранения при технической поддержке ВОЗ и ЮНИСЕФ.",
    "The campaign is conducted by the Ministry of Health with technical support from WHO and UNICEF.",
])
def test_technical_support_makes_a_partner_not_an_implementer_or_donor(text: str) -> None:
    got = roles(text)
    assert {("WHO", "partner"), ("UNICEF", "partner")} <= got


def test_technical_support_in_kyrgyz_is_partnership() -> None:
    assert ("UNICEF", "partner") in roles("Окутуу ЮНИСЕФтин техникалык колдоосу менен өттү.")


def test_plain_support_of_a_funder_is_still_funding() -> None:
    assert ("UNICEF", "donor") in roles("Кампания прошла при поддержке ЮНИСЕФ.")


def test_an_english_hyphen_compound_funds_only_its_own_first_word() -> None:
    got = roles("The festival was organised by ACTED and the Foundation for Tolerance International (FTI), "
                "which implement the EU-funded project.")
    assert ("Foundation for Tolerance International", "implementer") in got
    assert ("Foundation for Tolerance International", "donor") not in got


def test_an_english_finite_verb_after_a_list_still_reaches_the_list() -> None:
    got = roles("UNDP and UNICEF funded the training.")
    assert {("UNDP", "donor"), ("UNICEF", "donor")} <= got


@pytest.mark.parametrize("text,name", [
    ("Присутствовал глава Ноокенской районной госадминистрации.", "Nooken District State Administration"),
    ("Церемония прошла при участии Ошской городской мэрии.", "Osh City Hall"),
    ("The Isfana town council supported the festival.", "Isfana City Council"),
    ("Officers of the Karakol city police department attended.", "Karakol City Internal Affairs Department"),
    ("Officers of the Aksy District Police Department attended.", "Aksy District Internal Affairs Department"),
    ("It was hosted by the Issyk-Kul Oblast Administration.", "Issyk-Kul Oblast Administration"),
    ("Контроль провёл Департамент профилактики заболеваний и госсанэпиднадзора.",
     "Department of Disease Prevention and State Sanitary and Epidemiological Surveillance"),
])
def test_state_bodies_in_news_agency_and_english_forms(text: str, name: str) -> None:
    assert (name, "government") in roles(text)


def test_an_oblast_administration_needs_an_oblast() -> None:
    assert not any("Oblast Administration" in n for n, _ in roles("The Karakol Oblast Administration met."))


@pytest.mark.parametrize("text", [
    "Курулуш иштерин «Талас-Курулуш» жоопкерчилиги чектелген коому аткарды.",
    "Строительство выполнило общество с ограниченной ответственностью «Талас-Курулуш».",
])
def test_a_limited_liability_company_in_full_words_is_an_llc_that_carried_out_the_works(text: str) -> None:
    assert roles(text) == {("Talas-Kurulush LLC", "implementer")}


def test_an_english_crisis_centre_before_its_quoted_name() -> None:
    assert ("Ak-Jurok Crisis Centre", "partner") in roles(
        'The dialogue was held in cooperation with the crisis centre "Ak-Jurok".')


def test_an_english_subject_that_supports_the_people_is_a_partner_and_a_funder_a_donor() -> None:
    assert roles('The public foundation "Mehr Shavkat" supports the trainees.') == {
        ("Mehr Shavkat Public Foundation", "partner")}
    assert roles("UNICEF supported the course.") == {("UNICEF", "donor")}


@pytest.mark.parametrize("text,name", [
    ("В учениях участвовали сотрудники Чон-Алайского районного ОВД.", "Chon-Alay District Internal Affairs Department"),
    ("Учения провело Чон-Алайское районное управление МЧС.", "Chon-Alay District Emergency Situations Department"),
    ("Прошла сессия Кара-Булакского айылного кенеша.", "Kara-Bulak Ayil Kenesh"),
    ("Кара-Булак айылдык кеңешинин сессиясы өттү.", "Kara-Bulak Ayil Kenesh"),
])
def test_district_police_emergency_services_and_the_ayil_kenesh(text: str, name: str) -> None:
    assert roles(text) == {(name, "government")}


def test_an_unnamed_ayil_kenesh_is_no_organization() -> None:
    assert roles("Депутаты айылного кенеша участвовали в сессии.") == set()


def test_deputies_of_an_ayil_kenesh_are_its_members_not_the_body() -> None:
    assert roles("Приняли участие 5 депутатов Петровского айылного кенеша.") == set()


def test_an_english_branch_named_by_its_place_alone_keeps_the_place() -> None:
    got = roles("Thanks to our friends from the Naryn Youth Resource Centre for their help.")
    assert got == {("Naryn Youth Resource Centre", "partner")}


def test_a_capitalized_word_that_is_no_place_gives_the_branch_no_place() -> None:
    assert {n for n, _ in roles("A marathon was held with help from Our Youth Resource Centre.")} == {
        "Youth Resource Centre"}


@pytest.mark.parametrize("text,name", [
    ("Иш-чарага Балдар укугу боюнча ыйгарым укуктуу өкүл да келди.", "Children's Ombudsman"),
    ("Организатор: Институт медиа полиси.", "Media Policy Institute"),
])
def test_spelling_variants_of_known_bodies(text: str, name: str) -> None:
    assert name in {n for n, _ in roles(text)}
