"""Organization registry, unseen organizations by pattern, roles from the sentence."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations
from etl.reference.registry import compile_alias, org_aliases, organizations


def orgs(text: str) -> list[tuple[str, str]]:
    out = []
    for m in find_organizations(text):
        o = m.organization
        assert o.span is not None and text[o.span[0]:o.span[1]] == o.evidence
        out.append((o.name, o.role))
    return out


@pytest.mark.parametrize("text,name", [
    ("ЮНФПАнын өкүлү", "UNFPA"), ("ЮНИСЕФтин колдоосу", "UNICEF"), ("БУУ УНПнын долбоору", "UNODC"),
    ("ПРООНдун программасы", "UNDP"), ("БУУӨП", "UNDP"), ("Программа развития ООН", "UNDP"),
    ("УНП ООН", "UNODC"), ("ООН-Женщины", "UN Women"), ("БУУ Аялдар түзүмү", "UN Women"),
    ("ВОЗ", "WHO"), ("МОМ", "IOM"), ("Европа Биримдиги", "European Union"), ("Евросоюза", "European Union"),
    ("Дүйнөлүк банктын", "World Bank"), ("Всемирного банка", "World Bank"), ("АБР", "Asian Development Bank"),
    ("ОБСЕ", "OSCE Programme Office in Bishkek"), ("ЕККУнун", "OSCE Programme Office in Bishkek"),
    ("Фонда Ага Хана", "Aga Khan Foundation"), ("Хельветас", "Helvetas"), ("HELVETAS Swiss Intercooperation", "Helvetas"),
    ("Правительства Швейцарии", "Government of Switzerland"), ("Швейцария Өкмөтү", "Government of Switzerland"),
    ("Посольства Швейцарии", "Embassy of Switzerland in the Kyrgyz Republic"),
    ("Саламаттык сактоо министрлиги", "Ministry of Health of the Kyrgyz Republic"),
    ("Министерства образования и науки", "Ministry of Education and Science of the Kyrgyz Republic"),
    ("Бишкек шаарынын мэриясы", "Bishkek City Hall"), ("мэрия города Бишкек", "Bishkek City Hall"),
    ("Бишкекский городской кенеш", "Bishkek City Council"), ("Ош шаарынын мэриясы", "Osh City Hall"),
    ("Тынчтыкты куруу Фондунун", "UN Peacebuilding Fund"), ("USAID", "USAID"), ("GIZ", "GIZ"),
    ("Жарандык платформа", "Civic Platform"), ("Өнүктүрүү саясат институту", "Development Policy Institute"),
])
def test_registry_aliases_with_inflection(text: str, name: str) -> None:
    assert [n for n, _ in orgs(text)] == [name]


@pytest.mark.parametrize("text", ["если есть время", "Бул маселе", "ООНдогон", "вопросы экономики"])
def test_acronyms_need_capitals_and_endings(text: str) -> None:
    assert orgs(text) == []


def test_known_org_in_quotes_resolves_to_registry() -> None:
    assert orgs('БУА " Адам укуктары боюнча Эдвокаси борбору " тарабынан уюштурулду.') == [
        ("Advocacy Centre for Human Rights", "implementer")]
    assert orgs("Мероприятие было организовано АНПО «Эдвокаси центр по правам человека».") == [
        ("Advocacy Centre for Human Rights", "implementer")]


@pytest.mark.parametrize("text,name,kind", [
    ("ОФ «Тоо Шамалы» уюштурган тренинг", "Too Shamaly Public Foundation", "ngo"),
    ("«Билим-Ордо» коомдук бирикмеси катышты", "Bilim-Ordo Public Association", "ngo"),
    ("ОсОО «Агро Трейд» компаниясы", "Agro Trade LLC", "business"),
    ("общественный фонд «Эко-Суусамыр»", "Eco-Suusamyr Public Foundation", "ngo"),
    ("общественным объединением «Ынтымак-Нур» проведен", "Yntymak-Nur Public Association", "ngo"),
    ("«Жаш Муун» коомдук фондунун демилгеси", "Jash Muun Public Foundation", "ngo"),
])
def test_unseen_orgs_by_legal_form(text: str, name: str, kind: str) -> None:
    found = find_organizations(text)
    assert [m.organization.name for m in found] == [name]
    assert found[0].organization.kind == kind and found[0].organization.org_id


def test_roles_kyrgyz_post_cues_sample_like() -> None:
    text = ('Ал БУУ Аялдар түзүмү, "Роза Отунбаеванын демилгеси"эл аралык коомдук фонду жана БУУнун '
            'Азык-түлүк жана айыл чарба уюму тарабынан Search for Common Ground, Camp Alatoo, Жарандык '
            'платформа уюмдары менен өнөктөштүктөТынчтыкты куруу Фондунун финансылык колдоосу менен '
            'ишке ашырылууда.')
    assert orgs(text) == [
        ("UN Women", "implementer"), ("Roza Otunbayeva Initiative", "implementer"), ("FAO", "implementer"),
        ("Search for Common Ground", "partner"), ("Camp Alatoo", "partner"), ("Civic Platform", "partner"),
        ("UN Peacebuilding Fund", "donor")]


def test_roles_funded_and_implemented_ky() -> None:
    text = ("Иш-чараны Борбордук Азиянын Жергиликтүү башкаруу академиясы (БАЖБА) менен биргеликте "
            "Швейцария Өкмөтү каржылаган жана Хельветас жана Өнүктүрүү саясат институту ишке ашырган "
            "«Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу» долбоору уюштурган.")
    got = dict(orgs(text))
    assert got == {"Central Asian Academy of Local Governance": "partner", "Government of Switzerland": "donor",
                   "Helvetas": "implementer", "Development Policy Institute": "implementer"}


@pytest.mark.parametrize("text,expected", [
    ("Тренинг организован ОФ «Тоо Шамалы» при финансовой поддержке Всемирного банка.",
     [("Too Shamaly Public Foundation", "implementer"), ("World Bank", "donor")]),
    ("Проект реализуется ПРООН в партнерстве с ГИЗ.", [("UNDP", "implementer"), ("GIZ", "partner")]),
    ("The training was funded by USAID and implemented by Helvetas.", [("USAID", "donor"), ("Helvetas", "implementer")]),
    ("При поддержке ЮНИСЕФ прошла встреча.", [("UNICEF", "donor")]),
    ("При поддержке ОФ «Тоо Шамалы» прошла встреча.", [("Too Shamaly Public Foundation", "partner")]),
    ("Форумду «Аялдар лигасы» коомдук бирикмеси Жалал-Абад шаардык кеңеши менен биргеликте уюштурду.",
     [("Women's League Public Association", "implementer"), ("Jalal-Abad City Council", "government")]),
    ("Иш-чара Япония Өкмөтүнүн каржылоосу менен БУУӨП тарабынан ишке ашырылып жаткан долбоордун алкагында өттү.",
     [("Government of Japan", "donor"), ("UNDP", "implementer")]),
    ("The kindergarten was built by the Aga Khan Foundation with funding from the European Union.",
     [("Aga Khan Foundation", "implementer"), ("European Union", "donor")]),
    ("Тренинг реализует GIZ по поручению BMZ.",
     [("GIZ", "implementer"), ("Federal Ministry for Economic Cooperation and Development (BMZ)", "donor")]),
    ("При поддержке Европейского союза прошла встреча.", [("European Union", "donor")]),
    ("Жыйынга Саламаттык сактоо министрлигинин өкүлдөрү катышты.",
     [("Ministry of Health of the Kyrgyz Republic", "government")]),
    ("Жыйынга Кризистик борборлордун ассоциациясынын төрагасы катышты.",
     [("Association of Crisis Centres", "participant_org")]),
    ("Посольство Швейцарии посетило Ош.", [("Embassy of Switzerland in the Kyrgyz Republic", "donor")]),
])
def test_roles_by_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


def test_swiss_adjective_implies_swiss_donor() -> None:
    assert ("Government of Switzerland", "donor") in orgs("швейцариялык долбоорунун алкагында")
    assert ("Government of Switzerland", "donor") in orgs("в рамках швейцарского проекта")


def test_local_government_patterns() -> None:
    assert orgs("Арстанбап айыл өкмөтүнүн башчысы") == [("Arstanbap ayil okmotu", "government")]
    assert orgs("Сузак райондук мамлекеттик администрациясы") == [("Suzak District State Administration", "government")]
    assert orgs("аким Джети-Огузского района") == [("Jeti-Oguz District State Administration", "government")]
    assert orgs("мэрия города Нарын") == [("Naryn City Hall", "government")]


def test_person_is_not_a_city_council() -> None:
    assert orgs("Н.А. Кулматова шаардык Кеңештин депутаттарынын фонду жөнүндө айтты.") == []


def test_incidental_state_body_is_left_out() -> None:
    text = "2020-жылы Жогорку Кеңештин депутаттарын шайлоо жылында"
    assert orgs(text) == []
    assert [m.organization.name for m in find_organizations(text, include_incidental=True)] == ["Jogorku Kenesh"]


def test_region_limits_and_offsets() -> None:
    text = "ЮНИСЕФ катышты.\nПРООН уюштурду."
    start = text.index("ПРООН")
    assert [m.organization.name for m in find_organizations(text, start)] == ["UNDP"]


def test_registry_is_well_formed() -> None:
    registry = organizations()
    assert len(registry) >= 250
    kinds = {"un_agency", "donor_government", "development_agency", "donor_multilateral", "donor_foundation",
             "ingo", "ngo", "government", "government_agency", "business", "academic", "association",
             "international_org", "state_company", "other"}
    owner_of: dict[str, str] = {}
    for org in registry.values():
        assert org.kind in kinds, org
        assert org.role_hint in {"donor", "implementer", "partner", "government", "participant_org"}, org
        for alias in (org.name, *org.aliases):
            assert compile_alias(org.org_id, alias) is not None, alias
            key = alias.casefold()
            assert owner_of.setdefault(key, org.org_id) == org.org_id, f"{alias} maps to two organizations"
    assert len(org_aliases()) > 400


@pytest.mark.parametrize(("text", "name"), [
    ("Талас облустук билим берүү башкармалыгы өнөктөш катары катышты.", "Talas Oblast Education Department"),
    ("Лейлек райондук билим берүү бөлүмүнүн адистери катышты.", "Leilek District Education Department"),
    ("Ош шаардык саламаттыкты сактоо борборунун дарыгерлери", "Osh City Health Centre"),
    ("представители Таласского областного управления сельского хозяйства", "Talas Oblast Agriculture Department"),
    ("ГУ «Управление социального развития Джалал-Абадской области»", "Jalal-Abad Oblast Social Development Department"),
    ("с участием главы Кара-Булакского айыл окмоту", "Kara-Bulak ayil okmotu"),
    ("The Ak-Tal ayil okmotu provided the land plot.", "Ak-Tal ayil okmotu"),
    ("the head of the Ak-Suu District State Administration opened it", "Ak-Suu District State Administration"),
    ("UNDP and the Osh Mayor's Office held a round table", "Osh City Hall"),
    ("he met the Presidential Envoy in Naryn oblast", "Office of the Presidential Envoy in Naryn Oblast"),
    ("она встретилась с руководством города Каракол", "Karakol City Hall"),
    ("глава администрации Свердловского района", "Sverdlovsky District Administration of Bishkek"),
    ("Тоң райондук мамлекеттик администрациясынын басма сөз кызматы", "Ton District State Administration"),
    ("депутаты Бишкекского городского кенеша", "Bishkek City Council"),
])
def test_local_and_regional_state_bodies(text: str, name: str) -> None:
    found = [m.organization for m in find_organizations(text)]
    assert name in [o.name for o in found]
    assert all(o.role == "government" for o in found if o.name == name)


def test_plural_district_administrations_cover_the_list() -> None:
    text = "Сокулук жана Аламүдүн райондук мамлекеттик администрациялары өнөктүктү колдоду."
    names = {m.organization.name for m in find_organizations(text)}
    assert {"Sokuluk District State Administration", "Alamudun District State Administration"} <= names


def test_locative_is_not_an_ayil_okmotu_name() -> None:
    names = [m.organization.name for m in find_organizations("Токмокто айыл өкмөтүнүн кызматкерлери окушту.")]
    assert "Tokmokto ayil okmotu" not in names


def test_government_body_is_government_even_when_it_organizes() -> None:
    found = find_organizations("Круглый стол организован Министерством финансов Кыргызской Республики.")
    assert [m.organization.role for m in found] == ["government"]


def test_funding_noun_phrase_governs_only_its_genitive() -> None:
    text = "Конференцияны ЮНФПА Канада Өкмөтүнүн каржылоосу менен уюштурду."
    assert {(m.organization.name, m.organization.role) for m in find_organizations(text)} == {
        ("UNFPA", "implementer"), ("Government of Canada", "donor")}


@pytest.mark.parametrize(("text", "absent"), [
    ("The United Nations World Food Programme (WFP) presented results.", "United Nations"),
    ("организовало Государственное агентство по делам местного самоуправления и межэтнических отношений "
     "при Кабинете Министров КР (ГАМСУМО)", "Cabinet of Ministers of the Kyrgyz Republic"),
])
def test_qualifying_names_are_not_organizations_of_their_own(text: str, absent: str) -> None:
    names = {m.organization.name for m in find_organizations(text)}
    assert absent not in names and len(names) == 1


def test_abbreviation_dots_in_aliases() -> None:
    assert [m.organization.name for m in find_organizations("U.S. Embassy Awards Democracy Commission Grants")] == [
        "U.S. Embassy in the Kyrgyz Republic"]
