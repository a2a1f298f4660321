"""Project name forms read through ``etl.extract.projects_forms``: people after a project word, header
lines, English titles after the word, an owner between the word and the quote, nested quotes, a
parenthesis before the Kyrgyz word, loan products."""

from __future__ import annotations

import pytest

from etl.extract.projects_forms import header_projects, names_a_person, owner_between
from etl.reference.projects import _document, find_projects


def names(text: str) -> list[str]:
    _document.cache_clear()
    return [p.name for p in find_projects(text)]


@pytest.mark.parametrize("text", [
    "Выступая на встрече, руководитель проекта Нурлан Исаков сообщил о первых результатах.",
    "По словам менеджера программы Азамата Токтогулова, в этом году выдадут десять грантов.",
    "Тренер программы Гульмира Осмонова провела упражнения для учителей.",
    "Как отметил эксперт проекта ФАО Бакыт Сыдыков, урожай вырос.",
    "The project Aibek Toktomushev said covered twelve villages.",
    "The Project Manager, Aibek Toktomushev, said the project covered 12 villages.",
])
def test_a_person_after_a_project_word_is_no_project(text: str) -> None:
    assert names(text) == []


def test_a_title_after_a_project_word_still_counts() -> None:
    assert names("Семинар прошел в рамках проекта Развитие сельского туризма, финансируемого ЕС.") \
        == ["Развитие сельского туризма"]


def test_person_test_reads_role_nouns_surnames_and_speech_verbs() -> None:
    text = "координатора проекта Темирлана Абдыкалыкова"
    assert names_a_person(text, text.index("проекта"), "Темирлана Абдыкалыкова")
    assert names_a_person("x", 0, "Динара Асанбекова")
    assert names_a_person("x", 0, "Айгуль Джумабаева рассказала")
    assert not names_a_person("в рамках проекта", 10, "Голос сообществ Таласа")


@pytest.mark.parametrize("text, expected", [
    ("ОТЧЕТ ЗА МАЙ 2025\n\nПроект: «Чистые арыки Баткена»\nДонор: Фонд «Сорос-Кыргызстан»\n",
     ["Чистые арыки Баткена"]),
    ("Долбоордун аталышы: \"Таза суу – бакубат айыл\"\nДонор: ЮНИСЕФ\n", ["Таза суу – бакубат айыл"]),
    ("**Project:** Safe Water for Aksy (2023–2026)\n**Donor:** USAID\n", ["Safe Water for Aksy"]),
    ("Название проекта: Поддержка сельских библиотек\n", ["Поддержка сельских библиотек"]),
])
def test_a_header_line_names_the_project(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Программа: 10:00 регистрация участников\n",
    "Период проекта: март 2024 – февраль 2026\n",
    "Бюджет проекта: 184 000 долларов США\n",
    "Программа мероприятия: открытие, доклады, обсуждение\n",
])
def test_other_header_lines_are_no_project(text: str) -> None:
    assert header_projects(text, text.lower()) == []
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The course is part of the WHO project Better Care for Mothers and Newborns, which trains nurses.",
     "Better Care for Mothers and Newborns"),
    ("The school got new windows under the programme Warm Schools for Naryn (WSN), funded by Korea.",
     "Warm Schools for Naryn"),
    ("Grants were awarded within the initiative called Green Jobs for Youth.", "Green Jobs for Youth"),
])
def test_english_title_after_the_project_word(text: str, expected: str) -> None:
    assert names(text) == [expected]


@pytest.mark.parametrize("text", [
    "The project team and Project Coordinator Asel Omurova visited the school.",
    "The programme Officers of UNICEF met the mayor.",
    "The project Naryn was mentioned once.",
])
def test_english_roles_and_single_words_after_the_word_are_no_title(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Семинар прошел в рамках проекта Европейского союза «Зеленые дворы Оша».", ["Зеленые дворы Оша"]),
    ("Семинар прошел в рамках совместного проекта ПРООН и ЮНФПА «Сильные семьи».", ["Сильные семьи"]),
    ("Тренинг проведен в рамках проекта под названием «Школа местного лидера».", ["Школа местного лидера"]),
])
def test_an_owner_between_the_word_and_the_quote(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_clause_between_the_word_and_the_quote_is_no_owner() -> None:
    text = "Участники проекта жители села «Ак-Жол» посадили деревья."
    mid = (text.index("жители"), text.index("«"))
    assert not owner_between(text, *mid, lambda a, b: False)
    assert names(text) == []


def test_nested_quotes_stay_in_the_name() -> None:
    assert names("Форум прошел в рамках проекта «Развитие «зеленой» экономики в Чаткале».") \
        == ["Развитие «зеленой» экономики в Чаткале"]


def test_an_acronym_in_brackets_before_the_kyrgyz_word() -> None:
    assert names("Окуу Европа Биримдигинин «Аялдар жергиликтүү өнүгүү үчүн» (АЖӨ) долбоорунун алкагында өттү.") \
        == ["Аялдар жергиликтүү өнүгүү үчүн"]


@pytest.mark.parametrize("text", [
    "Фермеры обсудили льготные кредиты: ставка по программе «Агро-лизинг плюс» составляет 5% годовых.",
    "The interest rate under the programme \"Green Loans\" is 6 per cent per annum.",
])
def test_a_loan_product_is_no_project(text: str) -> None:
    assert names(text) == []


def test_a_programme_without_loan_terms_still_counts() -> None:
    assert names("Фермеры получили саженцы в рамках программы «Сады Баткена».") == ["Сады Баткена"]


@pytest.mark.parametrize("text, expected", [
    ("«Кыздар лидер» тренинги долбоордун алкагында Кара-Кулжада өттү.", []),
    ("Вебинар «Цифровая грамотность» программы «Умное село» собрал 80 учителей.", ["Умное село"]),
    ("Долбоордун «Коопсуз үй» аттуу кампаниясы Таласта башталды.", []),
    ("The \"Green Steppe\" NGO project planted 500 trees.", []),
    ("«Айкол» борборунун долбоору 12 айылды камтыды.", []),
])
def test_an_event_campaign_or_organization_title_is_no_project(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_kyrgyz_event_noun_before_the_quote_is_the_subject() -> None:
    assert names("Көргөзмө «Тоо азыгы» долбоорунун алкагында Ат-Башыда өттү.") == ["Тоо азыгы"]


def test_a_kyrgyz_topic_word_closes_the_previous_title() -> None:
    assert names('Семинар "Жер укугу" темасында "Жер жана мыйзам" долбоорунун алкагында өттү.') \
        == ["Жер жана мыйзам"]


@pytest.mark.parametrize("text, expected", [
    ("Семинар «Таза Чүй» демилгесинин алкагында Кеминде өттү.", ["Таза Чүй"]),
    ("Субботник прошел в рамках инициативы «Зеленый Талас».", ["Зеленый Талас"]),
    ("Volunteers joined the \"Clean Peaks\" initiative in Karakol.", ["Clean Peaks"]),
    ("Субботник прошел по инициативе «Молодежного совета».", []),
    ("Көпүрө «Жаңы-Жол» демилгеси менен оңдолду.", []),
    ("Грант получила инициативная группа «Ак-Тилек».", []),
])
def test_named_initiatives(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_owner_between_initiative_and_quote() -> None:
    assert names("Акция прошла в рамках инициативы ЮНИСЕФ «Безопасный двор».") == ["Безопасный двор"]
    assert names("Акция прошла в рамках инициативы жителей села «Ак-Жар».") == []


@pytest.mark.parametrize("text, expected", [
    ("The forum was held under the UN Joint Programme \"Youth Voices in Batken\".", ["Youth Voices in Batken"]),
    ("The plan follows the Country Programme agreed with the Government.", []),
    ("In 2023 the Cabinet adopted the National Development Program.", []),
    ("The Women's Leadership Programme trained 30 deputies.", ["Women's Leadership Programme"]),
])
def test_a_generic_english_programme_names_none(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Окуу «Кой багуу» жана «Сүт азыгы» долбоорлорунун алкагында өттү.", ["Кой багуу", "Сүт азыгы"]),
    ("Семинар прошел при поддержке проектов «Школа фермера» и «Сад у дома».", ["Школа фермера", "Сад у дома"]),
    ("The fair was part of the \"Silk Road Crafts\" and \"Felt Makers\" projects.", ["Silk Road Crafts", "Felt Makers"]),
    ("Победители конкурса проектов «Зеленый двор» и «Чистый арык» получили гранты.", []),
    ("Участники представили проекты «Зеленый двор» и «Чистый арык».", []),
    ("Жаштар «Таза көчө» жана «Жашыл мектеп» долбоорлорун коргошту.", []),
])
def test_several_projects_under_one_plural_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Окуу «Бал челек» аттуу эл аралык долбоордун алкагында өттү.",
    "Долбоор «Бал челек» деп аталат.",
    "Долбоордун аталышы — «Бал челек».",
])
def test_kyrgyz_naming_phrases(text: str) -> None:
    assert names(text) == ["Бал челек"]


@pytest.mark.parametrize("text, expected", [
    ("Representatives of the Safe Roads for Children Programme attended.", ["Safe Roads for Children Programme"]),
    ("Staff from the Green Valleys Project visited Tamga.", ["Green Valleys Project"]),
    ("Women in Local Leadership programme graduates met in Osh.", ["Women in Local Leadership"]),
])
def test_a_leading_common_noun_is_no_part_of_an_english_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Funded by the EU, the Clean Air for Bishkek Schools (CABS) programme installed filters.",
     ["Clean Air for Bishkek Schools"]),
    ("The Swiss-funded Rural Roads Maintenance (RRM) project repaired the bridge.", ["Rural Roads Maintenance"]),
    ("Under Phase II of the Water Supply Project, two reservoirs were built.", ["Water Supply Project"]),
    ("The Kyrgyz Republic (KR) project list was discussed.", []),
])
def test_english_title_before_an_acronym_and_the_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("В рамках программы Школа молодого фермера прошел тренинг для 20 сельчан.", ["Школа молодого фермера"]),
    ("Презентация проекта Зеленый сквер прошла в мэрии.", ["Зеленый сквер"]),
    ("В рамках проекта Управление образования провело конкурс.", []),
    ("По данным проекта Таласская область лидирует по числу грантов.", []),
    ("В ходе программы Ак-Суу и Жети-Огуз получили оборудование.", []),
    ("Семинар прошел в рамках проекта Развитие села, финансируемого ЕС.", ["Развитие села"]),
])
def test_a_russian_clause_after_an_unquoted_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Grants were awarded under the ‘Clean Peaks’ project funded by Luxembourg.", ["Clean Peaks"]),
    ("Grants were awarded under the project 'Clean Peaks', funded by Luxembourg.", ["Clean Peaks"]),
    ("Окуу ‘Таза чокулар’ долбоорунун алкагында өттү.", ["Таза чокулар"]),
    ("The Women's Voice project trained 20 deputies.", ["Women's Voice"]),
    ("Participants' projects 'Green Yard' and 'Clean Canal' were presented.", []),
])
def test_names_in_single_quotes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Тренинг прошел при поддержке программы ЮНИСЕФ Каждый ребенок в школе.", ["Каждый ребенок в школе"]),
    ("В рамках проекта ПРООН Жашыл айыл прошел тренинг.", ["Жашыл айыл"]),
])
def test_an_owner_before_an_unquoted_russian_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_owner_then_a_place_is_no_title() -> None:
    assert names("С 2019 года по программе JICA в Ошской и Баткенской областях построено 12 школ.") == []


def test_one_project_with_and_without_its_word_takes_one_name() -> None:
    text = ("The fair was held under the ‘Silk Felt’ project. Staff from the Silk Felt Project will visit "
            "each workshop in June.")
    assert names(text) == ["Silk Felt", "Silk Felt"]


@pytest.mark.parametrize("text, expected", [
    ("On 3 May the Green Villages Project held a training in Naryn.", ["Green Villages Project"]),
    ("On Monday the Clean Air Programme opened a station.", ["Clean Air Programme"]),
])
def test_a_date_before_an_english_title_is_no_part_of_it(text: str, expected: list[str]) -> None:
    assert sorted({p.name for p in find_projects(text)}) == expected
