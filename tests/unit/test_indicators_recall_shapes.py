"""Sex splits in other shapes (list items under a total, a restated partitive total, women counted with an
adjective), and the users of what an event delivered as beneficiaries."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "expected"), [
    # "label: value" list items under a total split it
    ("Итоги курса:\n- всего обучено: 52 медсестры\n- женщины: 50\n- мужчины: 2\n",
     [("people_trained", "total", 52, "person"), ("people_trained", "female", 50, "person"),
      ("people_trained", "male", 2, "person")]),
    ("Катышуучулар:\n• жалпы окутулду: 30 мугалим\n• аялдар: 21\n• эркектер: 9\n",
     [("people_trained", "total", 30, "person"), ("people_trained", "female", 21, "person"),
      ("people_trained", "male", 9, "person")]),
    ("Who took part:\n* participants in total: 52 farmers\n* women: 30\n* men: 22\n",
     [("participants", "total", 52, "person"), ("participants", "female", 30, "person"),
      ("participants", "male", 22, "person")]),
    # a total restated as a partitive to split it is the first total
    ("Обучение прошли 44 учителя. Из 44 учителей 39 — женщины.",
     [("people_trained", "total", 44, "person"), ("people_trained", "female", 39, "person")]),
    ("Sixty nurses completed the course. Of the 60 nurses, 57 were women.",
     [("people_trained", "total", 60, "person"), ("people_trained", "female", 57, "person")]),
    ("Семинарга 36 фермер катышты. 36 фермердин 11и аялдар.",
     [("participants", "total", 36, "person"), ("participants", "female", 11, "person")]),
    # women counted with an adjective are women, not a total
    ("Для 28 сельских женщин прошел семинар по ведению хозяйства.",
     [("participants", "female", 28, "person")]),
    ("Окутууга 40 жумушсуз аял катышты.", [("participants", "female", 40, "person")]),
    ("Twenty-five rural women attended the workshop.", [("participants", "female", 25, "person")]),
])
def test_sex_split_shapes(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected


def test_a_different_number_after_of_is_no_restated_total() -> None:
    found = indicator_tuples("Обучение прошли 44 учителя. Из 12 школ района 9 — сельские.", skip_dates=True)
    assert ("people_trained", "total", 44, "person") in found
    assert not any(t[1] == "female" for t in found)


@pytest.mark.parametrize(("text", "value"), [
    ("Новыми тренажерами пользуются около 300 школьников села.", 300),
    ("Приложением за лето воспользовались и пользовались 900 фермеров района.", 900),
    ("Жаңы жабдууларды 250 бала колдонуп жатышат.", 250),
    ("The 380 pupils of the school will now receive a free breakfast every day.", 380),
    ("The youth centre ran legal consultations for 75 young people.", 75),
    ("Для 60 пенсионеров организованы консультации юриста.", 60),
])
def test_users_and_recipients_are_beneficiaries(text: str, value: float) -> None:
    assert ("beneficiaries", "total", value, "person") in indicator_tuples(text, skip_dates=True)


def test_water_users_associations_stay_participants() -> None:
    found = indicator_tuples("Thirty members of water users' associations took part in the meeting.", skip_dates=True)
    assert found == [("participants", "total", 30, "person")]


@pytest.mark.parametrize(("text", "expected"), [
    # "Of the participants," splits the participants, past the officials counted between
    ("Fifty-two people attended, including 9 officials of the Kemin District Administration. "
     "Of the participants, 30 were women and 22 were men.",
     [("participants", "total", 52, "person"), ("officials_participants", "total", 9, "person"),
      ("participants", "female", 30, "person"), ("participants", "male", 22, "person")]),
    ("На слушаниях присутствовали 60 человек, в том числе 7 сотрудников айыл окмоту. "
     "Из участников 34 — женщины.",
     [("participants", "total", 60, "person"), ("officials_participants", "total", 7, "person"),
      ("participants", "female", 34, "person")]),
])
def test_split_of_named_participants(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thirty people took part, among them 6 officials from the Ministry of Emergency Situations.",
     [("participants", "total", 30, "person"), ("officials_participants", "total", 6, "person")]),
    # bodies listed with others: everyone present
    ("The forum was attended by 85 representatives of ministries, NGOs and business associations.",
     [("participants", "total", 85, "person")]),
    ("Twenty representatives of local NGOs attended the forum.", [("participants", "total", 20, "person")]),
])
def test_representatives_of_state_bodies_are_officials(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected


@pytest.mark.parametrize("text", [
    "В финале 28 школьников защитили свои проекты перед жюри.",
    "At the final, 28 young entrepreneurs pitched their business ideas to the jury.",
    "Сынакта 28 окуучу өз долбоорлорун коргоду.",
])
def test_contestants_presenting_projects_take_part(text: str) -> None:
    assert indicator_tuples(text, skip_dates=True) == [("participants", "total", 28, "person")]


@pytest.mark.parametrize("text", [
    "Ноокатта 9 жаш ишкер грант утуп алды",  # a headline: the Kyrgyz singular verb after a numeral
    "Быйыл 9 аял грант алды.",
    "Nine young entrepreneurs were named winners and each received a grant of KGS 90,000.",
    "Победителями стали 9 предпринимателей, каждому из них вручен грант.",
])
def test_people_who_each_won_a_grant_are_grants(text: str) -> None:
    assert ("grants_awarded", "total", 9, "grant") in indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize(("text", "expected"), [
    # the Russian singular verb after a numeral ending in 1, either word order, right before the count
    ("Обучение прошел 21 пчеловод.", [("people_trained", "total", 21, "person")]),
    ("Прошел переподготовку 51 учитель.", [("people_trained", "total", 51, "person")]),
    # a training that took place for them is no training of theirs
    ("В селе прошел тренинг для 21 пчеловода.", [("participants", "total", 21, "person")]),
    # the genitive plural with its fleeting vowel
    ("Обучение прошли 44 медсестер.", [("people_trained", "total", 44, "person")]),
])
def test_singular_verbs_and_fleeting_vowels(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected


@pytest.mark.parametrize("text", [
    "Как это работает:\n• 12 фельдшерско-акушерских пунктов района получили планшеты;\n",
    "The project equipped 12 feldsher-midwife posts in the district.",
])
def test_feldsher_posts_are_institutions(text: str) -> None:
    assert indicator_tuples(text, skip_dates=True) == [("institutions_covered", "total", 12, "institution")]


@pytest.mark.parametrize("text", [
    "At the fair, 20 firms offered jobs. Around 700 jobseekers came, and 55 of them were invited to interviews.",
    "Ярмарку посетили 700 человек, из них 55 получили приглашения на собеседование.",
    "Жармеңкеге 700 жаш келди, алардын 55и аңгемелешүүгө чакырылды.",
])
def test_those_who_came_count_and_the_invited_part_does_not(text: str) -> None:
    assert indicator_tuples(text, skip_dates=True) == [("participants", "total", 700, "person")]


@pytest.mark.parametrize("text", [
    "Көргөзмөнүн алкагында алты кооперативге кургаткыч жабдуулар тапшырылды.",
    "В рамках выставки шести кооперативам переданы сушильные установки.",
])
def test_equipment_handed_to_bodies_in_the_dative_covers_them(text: str) -> None:
    assert indicator_tuples(text, skip_dates=True) == [("institutions_covered", "total", 6, "institution")]


def test_bodies_in_the_dative_offered_something_else_stay_uncounted() -> None:
    assert indicator_tuples("Шести кооперативам предложили участвовать в конкурсе.", skip_dates=True) == []


@pytest.mark.parametrize("text", [
    "На встречу пришли 70 человек. Из них, по данным организаторов, 40 женщин.",
    "Seventy people attended. Of them, according to the organizers, 40 were women.",
    "Жыйынга 70 адам катышты. Алардын, уюштуруучулардын маалыматы боюнча, 40ы аялдар.",
])
def test_a_source_aside_in_the_split_opening(text: str) -> None:
    assert indicator_tuples(text, skip_dates=True) == [("participants", "total", 70, "person"),
                                                       ("participants", "female", 40, "person")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Акциянын жүрүшүндө 700 адамдын кан басымы ченелди, 26 ыктыярчы окутулду.",
     [("beneficiaries", "total", 700, "person"), ("people_trained", "total", 26, "person")]),
    ("Акция учурунда 700 бала текшерилди.", [("beneficiaries", "total", 700, "person")]),
])
def test_kyrgyz_passive_screening_is_a_benefit(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert indicator_tuples(text, skip_dates=True) == expected


def test_kyrgyz_feldsher_posts_given_equipment_are_covered() -> None:
    text = "Акциянын акыркы күнү төрт фельдшердик-акушердик пунктка жабдуулар тапшырылды."
    assert indicator_tuples(text, skip_dates=True) == [("institutions_covered", "total", 4, "institution")]


def test_visited_with_no_object_is_taking_part() -> None:
    assert indicator_tuples("About 600 residents visited, and many stayed for the concert.", skip_dates=True) == [
        ("participants", "total", 600, "person")]
