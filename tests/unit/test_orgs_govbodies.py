"""State bodies named through their head, and regional departments that keep their region."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.organization.name, m.organization.role, m.organization.evidence) for m in find_organizations(text)]


@pytest.mark.parametrize("text,name,evidence", [
    ("В мероприятии участвовал мэр города Каракол.", "Karakol City Hall", "мэр города Каракол"),
    ("Каракол шаарынын мэри катышты.", "Karakol City Hall", "Каракол шаарынын мэри"),
    ("Выступил мэр Каракола.", "Karakol City Hall", "мэр Каракола"),
    ("Выступил вице-мэр г. Ош.", "Osh City Hall", "вице-мэр г. Ош"),
    ("Ош шаарынын вице-мэри сөз сүйлөдү.", "Osh City Hall", "Ош шаарынын вице-мэри"),
    ("The Mayor of Karakol opened it.", "Karakol City Hall", "Mayor of Karakol"),
    ("Выступил аким Кеминского района.", "Kemin District State Administration", "аким Кеминского района"),
    ("Кемин районунун акими сөз сүйлөдү.", "Kemin District State Administration", "Кемин районунун акими"),
    ("Кеминский районный акимиат поддержал.", "Kemin District State Administration", "Кеминский районный акимиат"),
    ("Ак-Суу айыл өкмөтүнүн башчысы", "Ak-Suu ayil okmotu", "Ак-Суу айыл өкмөтүнүн"),
    ("губернатор Нарынской области", "Office of the Presidential Envoy in Naryn Oblast", "губернатор Нарынской области"),
    ("полпред президента в Нарынской области", "Office of the Presidential Envoy in Naryn Oblast",
     "полпред президента в Нарынской области"),
])
def test_a_body_named_through_its_head(text: str, name: str, evidence: str) -> None:
    assert found(text) == [(name, "government", evidence)]


@pytest.mark.parametrize("text", ["Мэр Асанов заявил.", "Мэр Советского района.", "мэрдин орун басары"])
def test_a_mayor_without_a_known_city_is_no_body(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text,name", [
    ("Кара-Кулжинский районный отдел образования", "Kara-Kulja District Education Department"),
    ("Отдел образования Кара-Кульджинского района", "Kara-Kulja District Education Department"),
    ("Ош облусунун билим берүү башкармалыгы", "Osh Oblast Education Department"),
    ("Ош шаарынын билим берүү башкармалыгы", "Osh City Education Department"),
    ("Управление образования мэрии г. Ош", "Osh City Education Department"),
])
def test_regional_departments_keep_their_region(text: str, name: str) -> None:
    assert [n for n, _, _ in found(text)] == [name]


def test_a_regional_department_is_not_merged_with_the_ministry() -> None:
    names = [n for n, _, _ in found("Управление образования Ошской области и Министерство образования и науки КР")]
    assert names == ["Osh Oblast Education Department", "Ministry of Education and Science of the Kyrgyz Republic"]


def test_the_city_hall_itself_stays_the_registry_entry() -> None:
    assert [n for n, _, _ in found("мэрия города Бишкек")] == ["Bishkek City Hall"]


@pytest.mark.parametrize("text", [
    "Рекомендации круглого стола будут направлены в Жогорку Кенеш.",
    "Сунуштар Жогорку Кеңешке жөнөтүлөт.",
    "Резолюция будет направлена в Кабинет Министров до 1 июня.",
    "The recommendations will be submitted to the Jogorku Kenesh.",
])
def test_a_body_that_only_receives_the_papers_took_no_part(text: str) -> None:
    assert found(text) == []


def test_deputies_taking_part_name_their_body() -> None:
    # unnamed deputies of parliament are a category of officials (the labels leave parliament out,
    # see test_org_bystanders); a named deputy, or a local council's deputies, bring the body in
    assert [n for n, _, _ in found("В работе приняли участие депутаты Жогорку Кенеша.")] == []
    assert [n for n, _, _ in found("В работе принял участие депутат Жогорку Кенеша А. Асанов.")] == ["Jogorku Kenesh"]


def test_a_plural_body_in_a_case_form_covers_its_list() -> None:
    text = "Аземге Жумгал жана Ак-Талаа райондук мамлекеттик администрацияларынын башчылары катышты."
    assert [n for n, _, _ in found(text)] == ["Jumgal District State Administration",
                                              "Ak-Talaa District State Administration"]


@pytest.mark.parametrize("text,name", [
    ("attended by the Deputy Minister of Water Resources, Agriculture and Processing Industry.",
     "Ministry of Water Resources Agriculture and Processing Industry"),
    ("Выступил министр образования и науки КР.", "Ministry of Education and Science of the Kyrgyz Republic"),
    ("Билим берүү жана илим министри сүйлөдү.", "Ministry of Education and Science of the Kyrgyz Republic"),
])
def test_a_ministry_named_through_its_minister(text: str, name: str) -> None:
    assert [n for n, _, _ in found(text)] == [name]


def test_the_cabinet_is_not_a_minister() -> None:
    assert [n for n, _, _ in found("Министрлер Кабинетинин өкүлү")] == ["Cabinet of Ministers of the Kyrgyz Republic"]


@pytest.mark.parametrize("text,evidence", [
    ("Ак-Суу айыл аймагынын башчысы сөз сүйлөдү.", "Ак-Суу айыл аймагынын башчысы"),
    ("Выступил глава Ак-Суйского айыльного аймака.", "глава Ак-Суйского айыльного аймака"),
    ("Выступил глава Ак-Суйского АО.", "Ак-Суйского АО"),
    ("Ак-Суу АӨнүн башчысы сөз сүйлөдү.", "Ак-Суу АӨнүн"),
])
def test_the_ayil_okmotu_through_its_head_or_short_form(text: str, evidence: str) -> None:
    assert found(text) == [("Ak-Suu ayil okmotu", "government", evidence)]


@pytest.mark.parametrize("text", ["Кара-Суйского АО «Сут» акции.", "Кара-Суу айыл аймагында тренинг өттү."])
def test_a_joint_stock_company_or_the_place_itself_is_no_ayil_okmotu(text: str) -> None:
    assert [n for n, _, _ in found(text) if "okmotu" in n] == []


@pytest.mark.parametrize("text,name", [
    ("Выступил глава айыл окмоту Ак-Суу.", "Ak-Suu ayil okmotu"),
    ("Глава айыл окмоту «Кара-Суу» выступил.", "Kara-Suu ayil okmotu"),
])
def test_an_ayil_okmotu_named_after_its_kind(text: str, name: str) -> None:
    assert [n for n, _, _ in found(text)] == [name]


@pytest.mark.parametrize("text,expected", [
    ("глава айыл окмоту Бакыт Асанов выступил.", []),
    ("Кара-Суу айыл өкмөтү Жаңы-Жер айылында жолугушту.", ["Kara-Suu ayil okmotu"]),
])
def test_a_person_or_the_next_place_is_not_the_ayil_okmotus_name(text: str, expected: list[str]) -> None:
    assert [n for n, _, _ in found(text)] == expected


def test_ayil_okmotus_of_a_district_are_unnamed() -> None:
    assert found("Обучение прошли сотрудники 14 айыл окмоту Сузакского района.") == []


@pytest.mark.parametrize("text,expected", [
    ("Representatives of the Jalal-Abad Oblast Agriculture Department also took part.",
     ["Jalal-Abad Oblast Agriculture Department"]),
    ("the Osh City Health Center", ["Osh City Health Centre"]),
    ("the Big District Education Department", []),
])
def test_english_regional_departments(text: str, expected: list[str]) -> None:
    assert [n for n, _, _ in found(text)] == expected


@pytest.mark.parametrize("text", [
    "Кара-Кулжинский районный отдел образования",
    "КАРА-КУЛЖИНСКИЙ РАЙОННЫЙ ОТДЕЛ ОБРАЗОВАНИЯ",
    "Отдел образования Кара-Кульджинского района",
    "Управление образования Ошской области",
    "Управление образования мэрии г. Ош",
    "Отдел здравоохранения мэрии города Каракол",
])
def test_a_rule_core_is_inside_every_match_of_its_rule(text: str) -> None:
    from etl.reference.govbodies import _RULES, government_bodies
    from etl.reference.organizations import _match_text

    cored = [r for r in _RULES if r.core is not None]
    assert cored
    matched = 0
    for rule in cored:  # the core only skips windows: a window holding a match must hold the core
        for m in rule.pattern.finditer(text):
            matched += 1
            assert rule.core.search(text, m.start(), m.end())  # type: ignore[union-attr]
    assert matched
    assert government_bodies(text, _match_text(text))
    other = "Отдел кадров и районный центр здоровья"
    assert not government_bodies(other, _match_text(other))
