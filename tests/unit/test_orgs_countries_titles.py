"""Countries named as funders, campaign titles that share an NGO's words, addressees of a
Kyrgyz list, and the civic-initiative / youth-group / youth-network forms of unseen names."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


def test_country_after_a_russian_funding_phrase_is_its_government_as_donor() -> None:
    assert roles("Курсы проведены при финансовой поддержке Японии.") == [("Government of Japan", "donor")]
    assert roles("Программа финансируется Канадой.") == [("Government of Canada", "donor")]  # the instrumental


def test_country_after_english_funded_by_is_its_government() -> None:
    assert roles("The programme is funded by Norway and run by UNDP.") == [
        ("Government of Norway", "donor"), ("UNDP", "implementer")]


def test_country_before_a_kyrgyz_funding_phrase() -> None:
    assert roles("Мектеп Кореянын каржылоосу менен курулду.") == [("Government of the Republic of Korea", "donor")]


def test_a_country_named_in_passing_is_no_organization() -> None:
    assert roles("Многие жители работают в Российской Федерации и Казахстане.") == []
    assert roles("Участники изучили опыт Японии и Кореи.") == []


def test_a_country_whose_agency_is_named_is_that_agency_not_a_second_donor() -> None:
    text = "Мектеп Германиянын каржылоосу менен курулду. Долбоорду KfW каржылады."
    assert ("Government of Germany", "donor") not in roles(text)
    assert ("KfW", "donor") in roles(text)


def test_quoted_registry_name_titling_a_campaign_is_the_campaign() -> None:
    assert roles("«Жаш Мурас» акциясы Ош шаарында өттү.") == []
    assert roles("В рамках республиканского конкурса «Жаш Мурас» школьники сажали деревья.") == []
    assert roles("«Жаш Мурас» улуттук сынагынын жеңүүчүлөрү аныкталды.") == []


def test_quoted_registry_name_as_subject_after_an_accusative_event_noun_is_the_organization() -> None:
    assert roles("Акцияны «Жаш Мурас» коомдук фонду уюштурду.") == [("Jash Muras Public Foundation", "implementer")]


def test_kyrgyz_dative_list_before_recommendations_names_addressees() -> None:
    text = "Тегерек столдун жыйынтыгы менен Жогорку Кеңешке жана Билим берүү министрлигине сунуштар жөнөтүлдү."
    assert roles(text) == []


def test_civic_initiative_youth_group_and_youth_network_forms() -> None:
    assert roles("Жыйынды «Таза Талас» жарандык демилгеси уюштурду.") == [("Taza Talas Civic Initiative", "implementer")]
    assert roles("Акцияны «Жаңы Дем» жаштар тобу өткөрдү.") == [("Jany Dem Youth Group", "implementer")]
    assert roles("Тренинг провела молодежная сеть «Кайрат».") == [("Kayrat Youth Network", "implementer")]
