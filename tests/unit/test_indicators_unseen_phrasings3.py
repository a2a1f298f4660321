"""Phrasings of figures that a fourth unseen set showed the extractor misreading: money that is needed,
earmarked, an average, a periodic figure or a price (none of it granted for the event), and people
counted in ways the extractor did not yet read."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


def _money(text: str) -> list[tuple[str, str, float, str]]:
    return [t for t in _read(text) if t[0] == "funding_amount"]


@pytest.mark.parametrize("text", [
    # needed or required
    "Для ремонта всех трех мостов, по словам главы, нужно еще 4,5 млн сомов.",
    "Фельдшердик пунктту оңдоого 900 миң сом керек экенин айыл башчысы айтты.",
    "Депутаты отметили, что на капремонт школы требуется 27 млн сомов.",
    "Officials estimated that USD 300,000 is needed to extend the network to the upper villages.",
    "Жолду асфальттоо үчүн 6 млн сом талап кылынат.",
    # earmarked in a budget for later
    "На строительство второго корпуса в районном бюджете заложено 9 млн сомов.",
    # an average
    "The average loan was about USD 1,200, repaid over two years.",
    "Каждое хозяйство в среднем тратит 3 000 сомов на корма.",
    # periodic figures: spending per month, a tariff
    "Жители платят за воду 150 сомов в месяц.",
    "Айына үй-бүлө жарыкка 800 сом төлөйт.",
    "Operating the centre costs the municipality KGS 40,000 per month.",
    "Maintaining one lamp costs a municipality about KGS 1,200 a year.",
    "Расходы за квартал 512 300 сом",
    # a standing or multi-year budget
    "Годовой бюджет организации составляет 12 млн сомов.",
    "На реализацию программы в 2025–2027 годах выделено 300 млн сомов.",
    "The programme has a total budget of USD 12 million over five years.",
    "Программанын жалпы бюджети 5 жылга 2 млн доллар.",
    # the price of a thing
    "Бир чака сүттүн баасы быйыл 350 сом болуп калды.",
    "The price of a sack of fertiliser has reached KGS 2,400.",
])
def test_money_not_given_for_the_event_is_no_funding(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(("text", "amount"), [
    # what the thing built cost is the money spent for the event
    ("Общая стоимость строительства моста составила 6,3 млн сомов.", 6_300_000),
    ("Курулуштун жалпы наркы 7,1 млн сомду түздү.", 7_100_000),
    # the budget of the event itself is its funding
    ("Бюджет тренинга составил 250 тысяч сомов.", 250_000),
    # a total granted with an average beside it keeps the total
    ("Grants total KGS 48 million, awarded by the fund.", 48_000_000),
])
def test_money_spent_or_granted_stays(text: str, amount: float) -> None:
    assert [t[2] for t in _money(text)] == [amount]


@pytest.mark.parametrize(("text", "expected"), [
    # visiting any kind of event is attendance, in either word order
    ("Выставку ремесел посетили около 1 500 горожан.", [("participants", "total", 1500, "person")]),
    ("Более 900 жителей посетили праздник урожая.", [("participants", "total", 900, "person")]),
    ("Over 2,000 people visited the career fair on Saturday.", [("participants", "total", 2000, "person")]),
    ("The open day drew some 400 visitors.", [("participants", "total", 400, "person")]),
    ("Some 80 farmers turned out for the field day.", [("participants", "total", 80, "person")]),
    # occupations are people
    ("The workshop trained 25 accountants (15 women and 10 men).",
     [("people_trained", "total", 25, "person"), ("people_trained", "female", 15, "person"),
      ("people_trained", "male", 10, "person")]),
    ("Семинарга 14 ветеринар жана 9 агроном катышты.",
     [("participants", "total", 14, "person"), ("participants", "total", 9, "person")]),
    # a preposition ends an English compound: the sessions are counted, not the schools
    ("Over the week, the team held 18 information sessions in schools.", [("sessions_held", "total", 18, "session")]),
    ("Фестиваль привлек более 3 тысяч зрителей.", [("participants", "total", 3000, "person")]),
    ("Жарманкени 600дөн ашык адам кыдырышты.", [("participants", "total", 600, "person")]),
    ("Выставку детских рисунков посетили 420 школьников.", [("participants", "total", 420, "person")]),
    # midwives in the plural are people
    ("Twenty-six midwives completed the refresher course.", [("people_trained", "total", 26, "person")]),
    # people who presented their work took part
    ("Около 80 студентов представили проекты по энергосбережению.",
     [("participants", "total", 80, "person")]),
    ("Around 45 young people pitched ideas to the jury.", [("participants", "total", 45, "person")]),
    # scholars are people
    ("Симпозиумга 90дон ашык окумуштуу жана адис катышты.", [("participants", "total", 90, "person")]),
    # meetings, lessons and talks held are sessions
    ("В школах района прошли 38 родительских собраний.", [("sessions_held", "total", 38, "session")]),
    ("Ыктыярчылар айылдарда 24 жыйналыш өткөрүштү.", [("sessions_held", "total", 24, "session")]),
    ("Волонтеры провели 52 беседы с подростками.", [("sessions_held", "total", 52, "session")]),
    # centres and lyceums, in any case, are institutions
    ("Новое оборудование получили 11 центров семейной медицины.",
     [("institutions_covered", "total", 11, "institution")]),
    ("Программа внедрена в 6 лицеях Чуйской области.", [("institutions_covered", "total", 6, "institution")]),
    # trained with words between the verb and the training
    ("120 безработных прошли бесплатное трехмесячное профессиональное обучение.",
     [("people_trained", "total", 120, "person")]),
])
def test_people_sessions_and_places_read(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part of the event's participants named as such, sentences after their total and past an adjective
    ("Forty farmers completed the course on drip irrigation held by the extension service. "
     "It took place at the district hall. Seventeen of the participants were young women.",
     [("people_trained", "total", 40, "person"), ("people_trained", "female", 17, "person")]),
    ("Тренинг прошли 36 социальных работников. Занятия вели методисты центра. 30 из участников — женщины.",
     [("people_trained", "total", 36, "person"), ("people_trained", "female", 30, "person")]),
    ("The summit brought together 210 delegates. 95 of them were rural women.",
     [("participants", "total", 210, "person"), ("participants", "female", 95, "person")]),
])
def test_part_of_the_participants_splits_their_total(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause about last year leaves the figures before it
    ("Мобильные группы охватили 31 село, где в прошлом году прививки не проводились.",
     [("settlements_covered", "total", 31, "settlement")]),
    ("Volunteers reached 14 villages, where last year 300 households lost their harvest.",
     [("settlements_covered", "total", 14, "settlement")]),
    # a sentence about last year is still history
    ("В прошлом году акция охватила 25 сел.", []),
    # what participants proposed to open is not covered
    ("Участники предложили создать ещё 4 ресурсных центра в районе.", []),
    ("Participants recommended opening 3 more youth centres in the district.", []),
])
def test_asides_and_proposals(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # officials listed among the participants, in a sentence that opens by saying so
    ("Жыйынга 55 адам катышты. Катышуучулардын арасында облустук администрациянын адистери, "
     "төрт айыл өкмөт башчысы жана фермерлер бар.",
     [("participants", "total", 55, "person"), ("officials_participants", "total", 4, "person")]),
    ("About 70 people attended the hearing. Among the participants were district officials, "
     "5 heads of ayil okmotu and local activists.",
     [("participants", "total", 70, "person"), ("officials_participants", "total", 5, "person")]),
    # a promise to fund is a plan
    ("Аким пообещал профинансировать 4 лучших проекта из районного бюджета.", []),
    ("The governor pledged funding for 3 youth initiatives next spring.", []),
    # women and men abbreviated in brackets after a table's total
    ("Обучено фермеров\t40 (26 ж / 14 м)\n",
     [("people_trained", "total", 40, "person"), ("people_trained", "female", 26, "person"),
      ("people_trained", "male", 14, "person")]),
    # a key-figures table restating the text is read once
    ("Тренинг прошли 33 медсестры, из них 30 женщин.\n\nПоказатель\tЗначение\nОбучено медсестер\t33 (30 ж / 3 м)\n",
     [("people_trained", "total", 33, "person"), ("people_trained", "female", 30, "person"),
      ("people_trained", "male", 3, "person")]),
    # figures under a plans heading are still to come
    ("Обучение прошли 18 фермеров.\n\nПланы на декабрь\n\nВыездной семинар для 30 фермеров Ак-Талы (запланирован).\n",
     [("people_trained", "total", 18, "person")]),
    ("Forty teachers were trained.\n\nNext steps\n\nA refresher course for 35 teachers in Talas (tentatively in May).\n",
     [("people_trained", "total", 40, "person")]),
])
def test_officials_promises_tables_and_plans(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a study's finding about places does not cover them
    ("По результатам опроса, в 7 селах нет ни одного фельдшерского пункта.", []),
    ("The survey found that in 9 villages children walk over 5 km to school.", []),
    # what the money will pay for is still to come
    ("The funds will be used to repair 4 schools and build a bridge.", []),
    ("Средства будут направлены на ремонт 6 детских садов.", []),
    # a Kyrgyz accusative after a people word is the object, no girls' school
    ("Быйыл 25 кыз мектепти бүтүрдү.", []),
    # a possessive after "-н" is no accusative: the village's residents are people
    ("Ачылыш аземине 150дөн ашык айыл тургуну катышты.", [("participants", "total", 150, "person")]),
    # certificates handed to all do not change the verb: those who took part in a training are its participants
    ("Тренингке Ат-Башы районунан 22 аял катышты. Бардык катышуучуларга сертификаттар берилди.",
     [("participants", "female", 22, "person")]),
    ("Thirty young farmers took part in the three-day training. All participants received certificates.",
     [("participants", "total", 30, "person")]),
    ("В тренинге приняли участие 26 бухгалтеров. По итогам все участники получили сертификаты.",
     [("participants", "total", 26, "person")]),
    # a forum's participants stay participants, certificates or not
    ("Форумга 150 жаш катышты. Бардык катышуучуларга сертификаттар тапшырылды.",
     [("participants", "total", 150, "person")]),
])
def test_findings_uses_accusatives_and_certificates(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # learning (билим алды, singular) is training; "Алардын N" splits a total far from its sentence's end
    ("Семинарга 28 жаш фермер катышып, тамчылатып сугаруу жана топуракты туура иштетүү боюнча жаңы билим алды. "
     "Алардын 9у кыздар.",
     [("people_trained", "total", 28, "person"), ("people_trained", "female", 9, "person")]),
    # what money will pay for, said after the places
    ("Грант 3 айылдагы мектептердин чатырын оңдоого жумшалат.", []),
    # the cost of one unit, words between
    ("Стоимость строительства одного метра канала составляет около 45 тысяч сомов.", []),
    ("Planting costs about KGS 30,000 for one hectare, and the cost of each seedling is KGS 150.", []),
])
def test_learning_far_splits_future_uses_unit_costs(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # places that each received a grant are covered and are as many grants
    ("Nine ayil aimaks of Chui Oblast each received a grant for street lighting.",
     [("settlements_covered", "total", 9, "settlement"), ("grants_awarded", "total", 9, "grant")]),
    ("Төрт айыл аймагынын ар бири 800 миң сомдон грант утуп алды.",
     [("settlements_covered", "total", 4, "settlement"), ("grants_awarded", "total", 4, "grant")]),
    # English ayil okmotu heads are officials
    ("Heads of 11 aiyl okmotus attended the meeting.", [("officials_participants", "total", 11, "person")]),
])
def test_grant_to_each_place(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected
