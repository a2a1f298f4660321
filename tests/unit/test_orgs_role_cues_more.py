"""Role cues: participant lists ("Среди участников —"), Russian role nouns after the verb
("выступила соорганизатором"), state agencies that attend, and bodies quoted as a source."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


@pytest.mark.parametrize("text,expected", [
    ("Среди участников — ОФ «Нур», Союз местных самоуправлений и ПРООН.",
     [("Nur Public Foundation", "participant_org"),
      ("Union of Local Self-Governments of the Kyrgyz Republic", "participant_org"), ("UNDP", "participant_org")]),
    ("Among the participants were representatives of the Union of Local Self-Governments and UNDP.",
     [("Union of Local Self-Governments of the Kyrgyz Republic", "participant_org"), ("UNDP", "participant_org")]),
    ("Катышуучулардын арасында ЮНИСЕФтин жана «Нур» коомдук фондунун өкүлдөрү бар.",
     [("UNICEF", "participant_org"), ("Nur Public Foundation", "participant_org")]),
])
def test_a_participant_list_heading(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ассоциация городов выступила соорганизатором.", [("Association of Cities of the Kyrgyz Republic", "partner")]),
    ("ОФ «Нур» выступил организатором, ЮНИСЕФ выступил спонсором.",
     [("Nur Public Foundation", "implementer"), ("UNICEF", "donor")]),
    ("Организаторами выступили ПРООН и ЮНИСЕФ.", [("UNDP", "implementer"), ("UNICEF", "implementer")]),
    ("UNICEF acted as a co-organizer of the forum.", [("UNICEF", "partner")]),
])
def test_a_role_noun_after_its_verb_is_the_subjects(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_state_agency_that_attends_is_government_and_one_that_implements_is_implementer() -> None:
    assert roles("В мероприятии приняли участие представители АРИС.") == [("ARIS", "government")]
    assert roles("Водопровод построен АРИС при финансировании Всемирного банка.") == [
        ("ARIS", "implementer"), ("World Bank", "donor")]


@pytest.mark.parametrize("text", [
    "По данным Нацстаткома, 20 процентов жителей — молодёжь.",
    "Улуттук статистика комитетинин маалыматы боюнча 20 пайыз.",
    "According to the National Statistical Committee, 20 percent are young.",
])
def test_a_body_quoted_as_a_source_took_no_part(text: str) -> None:
    assert roles(text) == []


def test_a_source_mention_does_not_hide_the_same_body_taking_part() -> None:
    text = "According to UNICEF data, 20 percent. The training was organized by UNICEF."
    assert roles(text) == [("UNICEF", "implementer")]


@pytest.mark.parametrize("text,name", [
    ("Жергиликтүү өз алдынча башкаруу жана этностор аралык мамилелер боюнча мамлекеттик агенттик уюштурду.",
     "State Agency for Local Self-Government and Interethnic Relations"),
    ("ГЭФтин Кичи гранттар программасынын каржылоосу менен өттү.", "GEF Small Grants Programme"),
    ("Кыргызстандын шаарлар бирлигинин өкүлдөрү катышты.", "Association of Cities of the Kyrgyz Republic"),
])
def test_kyrgyz_name_variants_of_known_bodies(text: str, name: str) -> None:
    assert [n for n, _ in roles(text)] == [name]


@pytest.mark.parametrize("text", [
    "Бул тууралуу «Нур» коомдук фондунун маалымат кызматы билдирди.",
    "Об этом сообщила пресс-служба ОФ «Нур».",
])
def test_an_organization_whose_press_service_reports_the_event_organized_it(text: str) -> None:
    assert roles(text) == [("Nur Public Foundation", "implementer")]


@pytest.mark.parametrize("text,expected", [
    ("GIZ organized a training for teachers.", [("GIZ", "implementer")]),
    ("UNDP and UNICEF organized the forum.", [("UNDP", "implementer"), ("UNICEF", "implementer")]),
    ("The EU-funded project was presented.", [("European Union", "donor")]),
    ("USAID funded the construction, and UNDP implemented it.", [("USAID", "donor"), ("UNDP", "implementer")]),
    ("The forum organized by ACTED was attended by UNICEF.", [("ACTED", "implementer"), ("UNICEF", "participant_org")]),
])
def test_english_verbs_after_their_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("text,name", [
    ("Дүйнөлүк азык-түлүк программасы катышты.", "WFP"),
    ("ДСУнун өкүлдөрү катышты.", "WHO"),
    ("АӨБ каржылады.", "Asian Development Bank"),
    ("ШӨКА каржылады.", "Swiss Agency for Development and Cooperation"),
    ("Европалык кайра куруу жана өнүктүрүү банкы каржылады.", "EBRD"),
    ("ИФАД профинансировал.", "IFAD"),
])
def test_kyrgyz_and_russian_names_and_acronyms_of_agencies(text: str, name: str) -> None:
    assert [n for n, _ in roles(text)] == [name]


@pytest.mark.parametrize("text,expected", [
    ("Тренинг өткөрүүгө ОФ «Нур» көмөк көрсөттү.", [("Nur Public Foundation", "partner")]),
    ("ОФ «Нур» спонсорлук кылды.", [("Nur Public Foundation", "donor")]),
    ("«Нур» коомдук фонду демөөрчүлүк кылды.", [("Nur Public Foundation", "donor")]),
    ("Форум прошёл при организационной поддержке ОФ «Нур».", [("Nur Public Foundation", "partner")]),
    ("В рамках сотрудничества с ОФ «Нур» прошёл тренинг.", [("Nur Public Foundation", "partner")]),
    ("ОФ «Нур» выделил грант на строительство.", [("Nur Public Foundation", "donor")]),
    ("Тренинг «Нур» коомдук фондунун каражатына өткөрүлдү.", [("Nur Public Foundation", "donor")]),
    ("ОФ «Алга» тренингди ЮНИСЕФтин эсебинен өткөрдү.", [("Alga Public Foundation", "implementer"), ("UNICEF", "donor")]),
    ("«Алга» коомдук бирикмеси тренингди «Нур» коомдук фондунун демөөрчүлүгү менен уюштурду.",
     [("Alga Public Association", "implementer"), ("Nur Public Foundation", "donor")]),
])
def test_help_sponsorship_and_funds_govern_only_their_own_owner(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_members_of_an_organization_are_there_as_participants() -> None:
    assert roles("Свою продукцию представили 24 кооператива, в том числе члены ОФ «Нур» и ОФ «Алга».") == [
        ("Nur Public Foundation", "participant_org"), ("Alga Public Foundation", "participant_org")]


@pytest.mark.parametrize("text,expected", [
    ("Пункт построил кооператив «Береке» при поддержке Правительства Швейцарии.",
     [("Bereke Cooperative", "implementer"), ("Government of Switzerland", "donor")]),
    ("Мектепти «Нур» коомдук фонду курду.", [("Nur Public Foundation", "implementer")]),
    ("Детский сад построен мэрией Бишкека.", [("Bishkek City Hall", "government")]),
])
def test_who_built_it_carried_it_out(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("On 2 December 2025 the Naryn Women's Council held a forum on local budgets.",
     [("Naryn Women's Council", "implementer")]),
    ("UNDP held a round table in Osh with the support of the Government of Japan.",
     [("UNDP", "implementer"), ("Government of Japan", "donor")]),
])
def test_an_english_subject_that_held_the_event_implemented_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_passive_held_names_no_organizer() -> None:
    """'A meeting with X was held': X is met, not the host."""
    assert roles("The Kyrgyz National University held a meeting in Bishkek.") == [
        ("Kyrgyz National University", "implementer")]
    assert roles("A meeting with the Kyrgyz National University was held in Bishkek.") == [
        ("Kyrgyz National University", "participant_org")]
