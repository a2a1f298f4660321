"""Indicator phrasings beyond the basic table: subgroups in the next sentence, case forms, beneficiaries."""

from __future__ import annotations

import pytest

from etl.extract.indicators import IndicatorMention
from tests.unit.indicator_support import indicator_mentions, indicator_tuples


def _mentions(text: str) -> list[IndicatorMention]:
    return indicator_mentions(text, skip_dates=True)


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize(("text", "expected"), [
    # a subgroup opening the next sentence shares the total's predicate
    ("Иш-чарага 51 адам катышты. Алардын ичинде 16 жергиликтүү өз алдынча башкаруу органдарынын "
     "кызматкери бар.",
     [("participants", "total", 51, "person"), ("officials_participants", "total", 16, "person")]),
    ("Иш-чарага 180 адам, анын ичинде 72 аял жана 108 эркек катышты. Алардын ичинде 26 жергиликтүү өз "
     "алдынча башкаруу органдарынын кызматкери бар.",
     [("participants", "total", 180, "person"), ("participants", "female", 72, "person"),
      ("participants", "male", 108, "person"), ("officials_participants", "total", 26, "person")]),
    ("Всего участников — 94 (1 женщина, 93 мужчины). Среди них 12 депутатов.",
     [("participants", "total", 94, "person"), ("participants", "female", 1, "person"),
      ("participants", "male", 93, "person"), ("officials_participants", "total", 12, "person")]),
    ("В тренинге приняли участие 52 человека. Из них 20 школьников.",
     [("participants", "total", 52, "person"), ("participants", "total", 20, "person")]),
    ("Обучение прошли 40 человек. Из них 12 сотрудников айыл окмоту.",
     [("people_trained", "total", 40, "person"), ("people_trained", "total", 12, "person")]),
    # beneficiaries named as such
    ("Благополучателями проекта стали 18218 жителей.", [("beneficiaries", "total", 18218, "person")]),
    ("Бенефициарами программы стали 950 фермеров.", [("beneficiaries", "total", 950, "person")]),
    # settlements in the accusative / ablative
    ("Долбоор 55 айылды камтыйт.", [("settlements_covered", "total", 55, "settlement")]),
    ("Долбоор 12 айылдан турат.", [("settlements_covered", "total", 12, "settlement")]),
    # staff of ayil okmotus are officials, "20сы" is twenty of them
    ("Ага 9 айыл аймагынан 45 киши катышты, алардын ичинен 20сы айыл окмотторунун кызматкерлери.",
     [("settlements_covered", "total", 9, "settlement"), ("participants", "total", 45, "person"),
      ("officials_participants", "total", 20, "person")]),
    ("В круглом столе приняли участие 40 человек, в том числе 15 представителей ОМСУ и госорганов.",
     [("participants", "total", 40, "person"), ("officials_participants", "total", 15, "person")]),
    ("В конференции приняли участие 120 учёных и практиков, из них 35 женщин.",
     [("participants", "total", 120, "person"), ("participants", "female", 35, "person")]),
    # young women are women; young men and women together are everyone
    ("Тренингге 30 жаш аял катышты.", [("participants", "female", 30, "person")]),
    ("Обучение прошли 25 юношей и девушек из Баткенского района.", [("people_trained", "total", 25, "person")]),
    # the grant five of them won is not a grant for all fifteen; the amount each is skipped to the noun
    ("Форумда жаштар 15 социалдык долбоорун сунушташты, алардын бешөө 50 миң сомдон грант утуп алды.",
     [("grants_awarded", "total", 5, "grant")]),
    ("The lab was funded by the UK Government with GBP 150,000.", [("funding_amount", "total", 150000, "GBP")]),
])
def test_phrasings(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    # a subgroup cue without a total just before it stays unclassified
    "Алардын ичинде 16 жергиликтүү өз алдынча башкаруу органдарынын кызматкери бар.",
    # "айылдык" (rural) qualifies the people counted, it counts no villages
    "Тренингге 30 айылдык аял катышты.",
])
def test_no_settlements_or_subgroups(text: str) -> None:
    assert all(m.indicator.indicator not in ("settlements_covered", "officials_participants")
               for m in _mentions(text))


def test_subgroup_in_the_next_sentence_is_not_a_sex_split() -> None:
    found = _mentions("Иш-чарага 51 адам катышты. Алардын ичинде 16 жергиликтүү өз алдынча башкаруу "
                      "органдарынын кызматкери бар.")
    assert [m.parent for m in found] == [None, None]


@pytest.mark.parametrize("text", [
    # plans and announcements count nothing yet
    "«До конца года в новостройках столицы откроются ещё четыре детских сада», — сообщил мэр.",
    "В рамках форума пройдут 6 панельных сессий.",
    # a consulting centre is no consultation held
    "Участники предложили открыть 3 консультационных центра.",
])
def test_plans_are_not_indicators(text: str) -> None:
    assert _read(text) == []


def test_pair_noun_is_the_evidence() -> None:
    found = _mentions("Ага 9 айыл аймагынан 45 киши катышты.")
    assert found[0].indicator.evidence == "9 айыл аймагынан"


@pytest.mark.parametrize(("text", "expected"), [
    # last year's figures are background, not the event's
    ("В прошлом году предприниматели регионов получили кредиты на общую сумму 4,2 млрд сомов.", []),
    ("Өткөн жылы долбоор 12 айылды камтыган.", []),
    # people presenting or competing at the event take part in it
    ("42 young people from Osh oblast presented their business plans to a jury.",
     [("participants", "total", 42, "person")]),
])
def test_background_and_presenters(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


def test_currency_before_the_number_is_evidence() -> None:
    found = _mentions("FAO awarded grants totalling USD 1.2 million.")
    assert [m.indicator.evidence for m in found] == ["USD 1.2 million"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Тегерек столго жергиликтүү кеңештин 12 депутаты, айыл өкмөтүнүн 8 кызматкери катышты.",
     [("officials_participants", "total", 12, "person"), ("officials_participants", "total", 8, "person")]),
    # local-government staff alone are the participants themselves
    ("В презентации приняли участие 60 специалистов айыл окмоту и мэрии города Талас.",
     [("participants", "total", 60, "person")]),
    ("Жолугушууга 60тан ашуун адам келди.", [("participants", "total", 60, "person")]),
    ("На встречу пришли около 70 жителей села.", [("participants", "total", 70, "person")]),
    ("Акцияга 500дөй ыктыярчы чыкты.", [("participants", "total", 500, "person")]),
    ("Участниками семинара стали 35 человек.", [("participants", "total", 35, "person")]),
    ("Тренинг прошли 24 человека, все получили сертификаты.", [("people_trained", "total", 24, "person")]),
    ("Сертификаттарды 30 катышуучу алды.", [("people_trained", "total", 30, "person")]),
    ("Бесплатную юридическую помощь получили 230 граждан.", [("beneficiaries", "total", 230, "person")]),
    ("Мобилдик бригада 320 тургунду кабыл алды.", [("beneficiaries", "total", 320, "person")]),
    ("120 балага китептер берилди.", [("beneficiaries", "total", 120, "person")]),
    ("The training brought together 25 participants, 15 of whom were women.",
     [("participants", "total", 25, "person"), ("participants", "female", 15, "person")]),
    # a statistic of an earlier year inside the sentence is not the event's
    ("2023-жылдын 17-ноябрында конференция өттү. Конференцияга 180 киши катышты. Катышуучулар 2022-жылы "
     "өлкөдөн тышкары 800 миңден ашык жаран эмгек миграциясында болгонун белгилешти.",
     [("participants", "total", 180, "person")]),
    # households are outside the vocabulary
    ("200 семьям переданы продуктовые наборы.", []),
])
def test_more_phrasings(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Количество участников — 45 человек, из них женщин — 28.",
     [("participants", "total", 45, "person"), ("participants", "female", 28, "person")]),
    ("Число участников составило 60 человек.", [("participants", "total", 60, "person")]),
    # a place described, not covered
    ("Ош облусунда 2 шаар жана 7 район бар.", []),
    ("В районе имеется 14 школ.", []),
    ("The project has trained 2,000 teachers and has covered 40 villages.",
     [("people_trained", "total", 2000, "person"), ("settlements_covered", "total", 40, "settlement")]),
    # jury members are not counted
    ("Жюринин 5 мүчөсү катышты.", []),
    ("Конкурсные работы оценивали 5 членов жюри.", []),
])
def test_labels_places_described_and_juries(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Форумга 120 адам катышты. Алардын ичинде жергиликтүү кеңештердин 6 депутаты бар.",
     [("participants", "total", 120, "person"), ("officials_participants", "total", 6, "person")]),
    ("Всего в тренинге участвовали 36 человек. Среди участников — 4 сотрудника органов местного "
     "самоуправления.",
     [("participants", "total", 36, "person"), ("officials_participants", "total", 4, "person")]),
    # no one is 2,500 years old: "жашка" is youth here, an age below
    ("Жаштар борбору 2 500дөн ашык жашка кызмат көрсөтөт.", [("beneficiaries", "total", 2500, "person")]),
    ("Иш-чарага 18 жаштан 35 жашка чейинки 40 жаш катышты.", [("participants", "total", 40, "person")]),
    ("UNDP presented small grants to sixteen women-led cooperatives.", [("grants_awarded", "total", 16, "grant")]),
    # participation summed over the programme takes no neighbour's predicate
    ("Since the programme started, more than 1,400 people have taken part in its events, and 310 "
     "entrepreneurs have been trained.", [("people_trained", "total", 310, "person")]),
    ("По итогам конкурса пять лучших проектов получат гранты по 50 тысяч сомов.", []),
])
def test_fixture_phrasings(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("about", [
    "About UNDP\nUNDP works in 170 countries and has trained 12,000 people in Kyrgyzstan.",
    "About UNDP\n\nUNDP works in 170 countries and has trained 12,000 people in Kyrgyzstan.",
    "Фонд жөнүндө: фонд 40тан ашык долбоорду ишке ашырып, 25 миңден ашык адамды камтыды.",
    "Notes to editors: the programme has supported 300 schools.",
    "О проекте: проект охватил 48 сёл и обучил 900 человек.",
])
def test_about_sections_are_not_the_events(about: str) -> None:
    found = _read("В тренинге приняли участие 25 человек.\n\n" + about + "\n\nКийинки тренинг 10 адам катышты.")
    assert found == [("participants", "total", 25, "person"), ("participants", "total", 10, "person")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Семинардын жүрүшүндө 35 катышуучу сертификатка ээ болду.", [("people_trained", "total", 35, "person")]),
    ("Долбоордун жардамы менен 4 мектеп оңдолуп, 1200 окуучу жаңы класстарга ээ болду.",
     [("institutions_covered", "total", 4, "institution"), ("beneficiaries", "total", 1200, "person")]),
    # "алардын 10у": ten of what was just counted, under its own predicate
    ("Конкурска 48 долбоор келип түшүп, алардын 10у каржыланды.", [("grants_awarded", "total", 10, "grant")]),
    ("Иш-чарага 45 адам катышты, алардын 12си тренингден өттү.",
     [("participants", "total", 45, "person"), ("people_trained", "total", 12, "person")]),
    ("Тренингге катышкандардын саны 45ке жетти.", [("participants", "total", 45, "person")]),
])
def test_kyrgyz_phrasings(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Слушателями курсов стали 40 работников ФАПов.", [("people_trained", "total", 40, "person")]),
    ("Сертификаты об окончании курса вручены 27 участникам.", [("people_trained", "total", 27, "person")]),
    # participants are participants whatever the verb
    ("Мероприятие объединило 80 участников из 5 областей.", [("participants", "total", 80, "person")]),
    # pupils at lessons take part in them (a session's audience)
    ("В 12 школах района прошли уроки финансовой грамотности для 600 учеников.",
     [("institutions_covered", "total", 12, "institution"), ("participants", "total", 600, "person")]),
    # a group or school given a grant is a grant awarded
    ("По итогам конкурса 7 инициативных групп получили гранты на общую сумму 700 тыс. сомов.",
     [("grants_awarded", "total", 7, "grant"), ("funding_amount", "total", 700_000, "KGS")]),
])
def test_russian_phrasings(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "18и" after a comma: eighteen of the plans just counted
    ("Долбоордун алкагында 25 бизнес-план даярдалып, 18и каржыланды.", [("grants_awarded", "total", 18, "grant")]),
    ("Twenty-two teachers completed the five-day training course.", [("people_trained", "total", 22, "person")]),
    # English puts the head noun last
    ("Participants included 8 heads of ayil okmotus and 14 village council deputies.",
     [("officials_participants", "total", 8, "person"), ("officials_participants", "total", 14, "person")]),
    ("The training gathered 25 school teachers.", [("participants", "total", 25, "person")]),
    ("The project covers 30 villages and 12 schools.",
     [("settlements_covered", "total", 30, "settlement"), ("institutions_covered", "total", 12, "institution")]),
])
def test_english_compounds_and_glued_parts(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Кампаниянын жүрүшүндө 3 миң тургун маалымат алышты.", [("beneficiaries", "total", 3000, "person")]),
    ("Бул долбоор 7 айыл аймагындагы 25 000 тургунга пайда алып келет.",
     [("settlements_covered", "total", 7, "settlement"), ("beneficiaries", "total", 25000, "person")]),
    ("Жаңы суу түтүгү 3 айылдын 4 500 тургунун таза суу менен камсыз кылды.",
     [("settlements_covered", "total", 3, "settlement"), ("beneficiaries", "total", 4500, "person")]),
    ("Курстарды 60 аял ийгиликтүү аяктады.", [("people_trained", "female", 60, "person")]),
    ("Курсы успешно окончили 45 человек.", [("people_trained", "total", 45, "person")]),
    ("Вебинарга онлайн режиминде 150 адам кошулду.", [("participants", "total", 150, "person")]),
    ("К вебинару подключились 150 человек.", [("participants", "total", 150, "person")]),
])
def test_reach_completion_and_joining(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a named word pair wins over its first word: "бала бакча" is a kindergarten, not children
    ("Программага 20 мектеп жана 15 бала бакча кошулду.",
     [("institutions_covered", "total", 20, "institution"), ("institutions_covered", "total", 15, "institution")]),
    ("Форумга 7 облустан 250 делегат келди.", [("participants", "total", 250, "person")]),
    # representatives of 15 organizations: the organizations are counted, not people
    ("Иш-чарага 15 жарандык коом уюмунун өкүлдөрү катышты.", []),
])
def test_pairs_and_delegates(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("На встречу пришли более 100-а жителей.", [("participants", "total", 100, "person")]),
    # a label before a colon is the clause of the figure after it
    ("Иш-чарага катышкандар: 56 адам (31 аял, 25 эркек).",
     [("participants", "total", 56, "person"), ("participants", "female", 31, "person"),
      ("participants", "male", 25, "person")]),
    # the audience of a session takes part in it; a facility's users still benefit
    ("Тренинг для 25 социальных педагогов прошёл в Оше.", [("participants", "total", 25, "person")]),
    ("Для 40 фермеров проведён полевой день.", [("participants", "total", 40, "person")]),
    ("Детский сад для 90 детей открыт.", [("beneficiaries", "total", 90, "person")]),
    # a head count in brackets is of the group named before it
    ("В тренинге участвовали представители айыл окмоту (12 человек) и активисты (20 человек).",
     [("officials_participants", "total", 12, "person"), ("participants", "total", 20, "person")]),
    ("В мероприятии приняли участие женщины-лидеры (25 человек).", [("participants", "female", 25, "person")]),
])
def test_labels_audiences_brackets(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Жалпысынан, долбоордун жүрүшүндө 120 демилге колдоого алынды.", [("grants_awarded", "total", 120, "grant")]),
    # an earlier or similar event told for comparison is not this one
    ("Ранее, в марте, аналогичный тренинг прошли 30 человек.", []),
    ("Мурда, 2023-жылдын март айында, ушундай эле тренингден 30 адам өткөн.", []),
    ("Былтыр ушул сыяктуу форумга 150 жаш катышкан.", []),
    ("Earlier, a similar training was attended by 40 people.", []),
])
def test_other_events_and_supported_initiatives(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural head after a genitive: the number counts the bodies, not people
    ("Иш-чарага 4 министрликтин өкүлдөрү катышты.", []),
    ("Тегерек столго жергиликтүү кеңештин 12 депутаты катышты.", [("officials_participants", "total", 12, "person")]),
    ("Жолугушууга Жогорку Кеңештин 3 депутаты жана 2 министр катышты.",
     [("officials_participants", "total", 3, "person"), ("officials_participants", "total", 2, "person")]),
    ("Встречу посетили 3 депутата Жогорку Кенеша.", [("officials_participants", "total", 3, "person")]),
    # Russian puts the qualifier after the noun: representatives of NGOs are people
    ("В мероприятии приняли участие 65 человек, в том числе 12 представителей органов власти, "
     "20 представителей НКО.",
     [("participants", "total", 65, "person"), ("officials_participants", "total", 12, "person"),
      ("participants", "total", 20, "person")]),
])
def test_heads_and_genitives(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The project has supported 45 youth initiatives worth USD 90,000.",
     [("grants_awarded", "total", 45, "grant"), ("funding_amount", "total", 90000, "USD")]),
    ("20 women entrepreneurs took part.", [("participants", "female", 20, "person")]),
    ("Three training sessions were held.", [("sessions_held", "total", 3, "session")]),
    # a total named as the whole that the next figures divide
    ("Of the 60 participants, 35 were women and 25 men.",
     [("participants", "total", 60, "person"), ("participants", "female", 35, "person"),
      ("participants", "male", 25, "person")]),
    ("Из 60 участников 20 прошли обучение.",
     [("participants", "total", 60, "person"), ("people_trained", "total", 20, "person")]),
])
def test_english_heads_and_partitives(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


def test_partitive_whole_is_split() -> None:
    found = _mentions("Из 60 участников 35 — женщины.")
    assert [m.parent for m in found] == [None, 0]
