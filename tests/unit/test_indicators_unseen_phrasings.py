"""Phrasings of figures found missing on unseen reports: predicates across a list, campaign work,
facility users, winners funded, place prizes, body sizes, population figures and the pronoun "он"."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_mentions, indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize(("text", "expected"), [
    # the participation verb governs a list: the comma cut the number from it
    ("На встрече присутствовали глава района, депутаты и около 90 сельчан.",
     [("participants", "total", 90, "person")]),
    # a colon opens the women/men breakdown of the total before it
    ("В семинаре участвовали 40 человек: 22 женщины и 18 мужчин.",
     [("participants", "total", 40, "person"), ("participants", "female", 22, "person"),
      ("participants", "male", 18, "person")]),
    # a meeting with N people: they take part in it
    ("Затем прошла встреча с более чем 60 фермерами.", [("participants", "total", 60, "person")]),
    ("Андан соң 80ден ашык тургун менен жолугушуу болду.", [("participants", "total", 80, "person")]),
    ("The delegation met with 25 teachers.", [("participants", "total", 25, "person")]),
    # people doing a campaign's work take part in it
    ("Айылдын 150дөн ашык тургуну көчөлөрдү тазалашты.", [("participants", "total", 150, "person")]),
    ("Более 200 волонтёров высадили саженцы вдоль дороги.", [("participants", "total", 200, "person")]),
    # herders and persons are people
    ("Жыйынга 40 малчы катышты, алардын 6сы аялдар.",
     [("participants", "total", 40, "person"), ("participants", "female", 6, "person")]),
    ("В собрании приняли участие 35 животноводов.", [("participants", "total", 35, "person")]),
    # trained with an adverb between the number and the verb
    ("Курстан 30 жаш ийгиликтүү өттү.", [("people_trained", "total", 30, "person")]),
    ("Окуудан 18 аял ийгиликтуу отту.", [("people_trained", "female", 18, "person")]),
    # employed through the project: reached
    ("В рамках проекта трудоустроены 40 лиц с инвалидностью, в том числе 15 женщин.",
     [("beneficiaries", "total", 40, "person"), ("beneficiaries", "female", 15, "person")]),
    # users of a facility and those who will benefit from it
    ("Сейчас сад посещают 110 детей.", [("beneficiaries", "total", 110, "person")]),
    ("Бала бакчага 70 бала катнайт.", [("beneficiaries", "total", 70, "person")]),
    ("Жаңы залды мектептин 500дөн ашык окуучусу колдонот.", [("beneficiaries", "total", 500, "person")]),
    ("Алардан 2 000ден ашык тургун пайда алат.", [("beneficiaries", "total", 2000, "person")]),
    ("Пользу от нового моста получат более 900 жителей.", [("beneficiaries", "total", 900, "person")]),
    # winners funded where a grant is said
    ("Жыйынтыгында төрт жеңүүчү команда грант утуп алды.", [("grants_awarded", "total", 4, "grant")]),
    ("Определены семь проектов-победителей. Каждый победитель получит грант.",
     [("grants_awarded", "total", 7, "grant")]),
])
def test_reads(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # winners with no grant said are no indicator
    ("Сынактын үч жеңүүчүсү аныкталды.", []),
    # a jury's or commission's size is no attendance
    ("Проекты оценивало жюри в составе 5 человек.", []),
    ("Заявки рассмотрела комиссия в составе 9 человек.", []),
    # a threshold of staff is no count
    ("Квота действует для предприятий численностью свыше 20 работников.", []),
    # a population, whatever follows in the clause
    ("В районе проживает более 3 тыс. лиц с инвалидностью, из них трудоустроены 9 процентов.", []),
    # an estimated cost is not money granted
    ("Ориентировочная стоимость работ — 96 млн сомов.", []),
    # the Russian pronoun "он" is not the Kyrgyz "ten"
    ("Он поручил руководству районной больницы подготовить отчёт.", []),
    ("Он отметил, что работа в школах продолжится.", []),
])
def test_no_figure(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


def test_kyrgyz_ten_still_counts() -> None:
    assert _read("Тренингге он мугалим катышты.") == [("participants", "total", 10, "person")]


def test_place_prizes_beside_a_prize_fund() -> None:
    text = ("Биринчи орунду алган топ 150 миң сом акчалай сыйлыкка ээ болду. Экинчи орун — 100 миң сом, "
            "үчүнчү орун — 50 миң сом. Сынактын жалпы байге фонду 600 миң сомду түздү.")
    assert _read(text) == [("funding_amount", "total", 600000, "KGS")]


def test_prizes_listed_by_place_in_one_sentence() -> None:
    text = ("За первое место команда получила приз в 150 тыс. сомов, за второе — 100 тыс. сомов, "
            "за третье — 50 тыс. сомов.")
    assert _read(text) == []


def test_a_single_place_prize_alone_is_money_given() -> None:
    text = "Биринчи орунду алган айыл аймагына 500 миң сом өлчөмүндөгү сыйлык тапшырылды."
    assert _read(text) == [("funding_amount", "total", 500000, "KGS")]


def test_colon_split_is_linked_to_its_total() -> None:
    found = indicator_mentions("В тренинге приняли участие 52 человека: 38 женщин и 12 мужчин.", skip_dates=True)
    assert [m.parent for m in found] == [None, 0, 0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Мероприятие посетили более 100 гостей.", [("participants", "total", 100, "person")]),
    # communities and community groups given grants are the grants
    ("Гранты получили 15 сельских общин на сумму 3 млн сомов.",
     [("grants_awarded", "total", 15, "grant"), ("funding_amount", "total", 3000000, "KGS")]),
    ("Grants worth KGS 1.5 million were awarded to 12 community groups.",
     [("funding_amount", "total", 1500000, "KGS"), ("grants_awarded", "total", 12, "grant")]),
    # what a district has is a description; what a project has covered is coverage
    ("The district has 12 schools.", []),
    ("The project has covered 12 schools.", [("institutions_covered", "total", 12, "institution")]),
    # a hotel is no guest
    ("Участники жили в 2 гостиницах.", []),
])
def test_more_nouns(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Тренингдин жүрүшүндө 40 мугалим билимин жогорулатты.", [("people_trained", "total", 40, "person")]),
    ("Жолугушууга келген 60тан ашуун тургун суроолорун беришти.", [("participants", "total", 60, "person")]),
    ("Иш-чарага катышкан 85 жаштын 50и кыздар.",
     [("participants", "total", 85, "person"), ("participants", "female", 50, "person")]),
    # another number before the noun ends the first one's phrase
    ("Конференцияга 14 өлкөдөн 250дөн ашык делегат катышты.", [("participants", "total", 250, "person")]),
    # "шаардагы" (in the city) qualifies the young people; it is no town counted
    ("Жолугушууга келген 70тен ашуун жаш шаардагы жумуштар тууралуу суроолорду беришти.",
     [("participants", "total", 70, "person")]),
    ("Тренингге 120 куткаруучу жана ыктыярчы катышты.", [("participants", "total", 120, "person")]),
    ("В учениях приняли участие 45 спасателей.", [("participants", "total", 45, "person")]),
])
def test_kyrgyz_forms(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Участвовали 30 женщин и 20 мужчин, всего 52 человека.",
    "Женщин было 30, мужчин 20. Всего участвовали 52 человека.",
    "Тренингге 30 аял жана 20 эркек, жалпысынан 52 адам катышты.",
    "The training was attended by 30 women and 20 men, 52 participants in total.",
])
def test_women_and_men_before_their_total(text: str) -> None:
    found = indicator_mentions(text, skip_dates=True)
    by_sex = {m.indicator.sex: (k, m) for k, m in enumerate(found)}
    total_index = by_sex["total"][0]
    assert by_sex["female"][1].parent == total_index and by_sex["male"][1].parent == total_index
    assert {m.indicator.indicator for m in found} == {"participants"}


def test_women_then_another_sentence_of_people_is_no_split() -> None:
    found = indicator_mentions("Тренингге 25 аял катышты. Жыйынга 40 адам келди.", skip_dates=True)
    assert [m.parent for m in found] == [None, None]


@pytest.mark.parametrize(("text", "expected"), [
    ("A grant of 25,000 Swiss francs was provided.", [("funding_amount", "total", 25000, "CHF")]),
    ("The total investment amounts to $3.4m.", [("funding_amount", "total", 3400000, "USD")]),
    ("The project received USD 2.5m from the EU.", [("funding_amount", "total", 2500000, "USD")]),
    # a spaced "m" is metres, never millions
    ("The new pipeline is 2 700 m long.", []),
])
def test_money_forms(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Twenty-five women entrepreneurs received grants of up to USD 3,000 each.",
     [("grants_awarded", "total", 25, "grant")]),
    ("Гранты получили 12 молодых предпринимателей.", [("grants_awarded", "total", 12, "grant")]),
    ("12 жаш ишкер грант утуп алышты.", [("grants_awarded", "total", 12, "grant")]),
    ("Гранты были вручены 8 женщинам.", [("grants_awarded", "total", 8, "grant")]),
    # the women among them are no second count of grants
    ("25 участников, из них 15 женщин, получили гранты.", [("grants_awarded", "total", 25, "grant")]),
    # those at a grant ceremony took part in it; those who applied got nothing yet
    ("В церемонии вручения грантов приняли участие 60 человек.", [("participants", "total", 60, "person")]),
    ("30 фермеров подали заявки на гранты.", []),
])
def test_people_granted(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


def test_a_headline_figure_the_text_repeats_is_read_once_from_the_text() -> None:
    text = ("ПРЕСС-РЕЛИЗ\nБишкек, 3 июля 2023 г.\n25 женщин-предпринимательниц получили гранты\n"
            "С 19 по 23 июня 2023 года в Караколе прошёл тренинг для 52 предпринимательниц.\n"
            "1 июля 2023 года 25 лучших проектов получили гранты.")
    found = indicator_mentions(text, skip_dates=True)
    assert [(m.indicator.indicator, m.indicator.value, m.indicator.evidence) for m in found] == [
        ("participants", 52, "52 предпринимательниц"), ("grants_awarded", 25, "25 лучших проектов")]


def test_a_headline_figure_alone_stays() -> None:
    text = "25 женщин-предпринимательниц получили гранты\nВ Караколе прошёл тренинг для 52 предпринимательниц."
    assert [m.indicator.value for m in indicator_mentions(text, skip_dates=True)] == [25, 52]


@pytest.mark.parametrize(("text", "expected"), [
    ("Посетителей было более 600.", [("participants", "total", 600, "person")]),
    ("Visitors numbered over 900.", [("participants", "total", 900, "person")]),
    ("Гостей было около 150.", [("participants", "total", 150, "person")]),
    # what has been done since an earlier start is history, not this event's figure
    ("The project began in Leilek, where 12 craft workshops have since been opened.", []),
    ("С тех пор в районе открыто 12 мастерских.", []),
])
def test_visitors_and_history(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


def test_girls_and_young_women_hyphenated() -> None:
    assert _read("Тренингге 40 кыз-келин катышты.") == [("participants", "female", 40, "person")]


@pytest.mark.parametrize(("text", "expected"), [
    ("В акции были задействованы 45 волонтёров.", [("participants", "total", 45, "person")]),
    ("Свыше 300 детей получили новые учебники.", [("beneficiaries", "total", 300, "person")]),
    ("Жаштар борборуна күн сайын 50дөй жаш келет.", [("beneficiaries", "total", 50, "person")]),
    ("2 000ден ашык адам акысыз медициналык кароодон өттү.", [("beneficiaries", "total", 2000, "person")]),
    ("Бесплатный медицинский осмотр прошли 400 жителей.", [("beneficiaries", "total", 400, "person")]),
    # prizes and diplomas go to winners, who are not reached by the project
    ("5 победителей получили дипломы.", []),
    ("12 школьников получили призы олимпиады.", []),
])
def test_reached_by_what_they_received(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a people adjective before what is counted: initiatives and groups, no people
    ("12 молодёжных инициатив получили гранты.", [("grants_awarded", "total", 12, "grant")]),
    ("8 женских групп получили гранты.", [("grants_awarded", "total", 8, "grant")]),
    ("В тренинге участвовали 20 молодых специалистов.", [("participants", "total", 20, "person")]),
])
def test_people_adjective_before_a_thing(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


def test_organizations_winning_grants_named_earlier_in_the_sentence() -> None:
    text = "Гранттарды Жалал-Абад шаарынан, Таш-Көмүр шаарынан жана Ноокен районунан 12 жаштар уюму утуп алды."
    assert _read(text) == [("grants_awarded", "total", 12, "grant")]
