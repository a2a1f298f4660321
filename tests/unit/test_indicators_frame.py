"""Figures framed outside the reported event: a project's whole history, plans and targets, capacity, a
cumulative plan/fact table, an earlier year, an area's standing state and a project's standing budget."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _values(text: str) -> set[float]:
    return {t[2] for t in indicator_tuples(text, skip_dates=True)}


@pytest.mark.parametrize("text", [
    "Семинарга 25 адам катышты. С начала реализации проекта обучение прошли 730 сотрудников аппаратов айыл окмоту.",
    "Семинарга 25 адам катышты. Since its start the programme has supported 87 women's groups and trained 1,240 farmers.",
    "Семинарга 25 адам катышты. За это время ассоциация провела 310 семинаров для фермеров.",
    "Семинарга 25 адам катышты. Over the past six years the network has trained 930 teachers.",
    "Семинарга 25 адам катышты. Программа иштеп баштагандан бери 540 жаш ишкер окутулду.",
])
def test_a_projects_whole_history_is_not_the_event(text: str) -> None:
    assert _values(text) == {25}


def test_history_in_the_next_clause_leaves_the_events_figure() -> None:
    text = "Тренингден 32 мугалим өттү, а за годы работы фонд обучил более 900 учителей."
    assert 32 in _values(text)


def test_results_presented_at_the_event_stay() -> None:
    text = ("На встрече были представлены результаты проекта: с начала проекта 14 сел получили доступ к "
            "питьевой воде.")
    assert 14 in _values(text)


@pytest.mark.parametrize("text", [
    "Форумга 70 жаш катышты. Министрлик кийинки жылы жаштар долбоорлоруна 12 млн сом бөлүүнү пландап жатат.",
    "Форумга 70 жаш катышты. Райондук бюджеттен мектепке 2,6 млн сом бөлүнүшү мүмкүн.",
    "В форуме участвовали 70 молодых людей. В 2027 году город выделит 9 млн сомов на спортивные площадки.",
    "В форуме участвовали 70 молодых людей. До конца года в кружках планируют заниматься не менее 450 подростков.",
    "70 young people attended the forum. The repair of the second bridge is estimated at KGS 6 million.",
    "70 young people attended the forum. By 2028 another 15 villages should get the same service.",
])
def test_plans_and_targets_are_not_the_event(text: str) -> None:
    assert _values(text) == {70}


def test_a_new_projects_scope_stays() -> None:
    assert 25 in _values("The new project was launched in Naryn; it will cover 25 municipalities of two oblasts.")


def test_business_plans_are_no_plan() -> None:
    assert 35 in _values("35 young entrepreneurs presented their business plans to a jury of bankers.")


@pytest.mark.parametrize("text", [
    "Семинарга 40 адам катышты. Жаңы бала бакча 90 балага эсептелген.",
    "На семинаре присутствовали 40 человек. Общежитие рассчитано на 60 студентов.",
    "40 people attended. The shelter is designed for 16 residents.",
])
def test_capacity_is_not_people_reached(text: str) -> None:
    assert _values(text) == {40}


def test_a_cumulative_plan_fact_table_is_the_projects_running_total() -> None:
    text = ("Тренинг прошли 22 воспитателя.\n\nИндикатор\tПлан\tФакт с начала проекта\n\n"
            "Обучено воспитателей\t200\t148\n\nОхвачено детских садов\t40\t31\n\nИтоги квартала хорошие.")
    assert _values(text) == {22}


def test_an_earlier_year_opening_with_a_comma_is_that_years() -> None:
    text = ("12 марта 2026 года 45 фермеров прошли обучение. В 2024 году, по первому проекту, фонд провел "
            "7 ярмарок с участием 800 фермеров. Потом 2026 год.")
    assert _values(text) == {45}


@pytest.mark.parametrize("text", [
    "Жолугушууга 30 адам катышты. Акимдин айтымында, райондо 52 мектеп бар, алардын 17синде спорт зал жок.",
    "На встречу пришли 30 человек. По словам главы, в области 210 сел, и 35 из них не имеют дорог.",
    "30 people came to the meeting. In the district there are 41 schools, and 12 of them lack heating.",
    "Жолугушууга 30 адам катышты. Айыл мектебинде 380 окуучу окуйт.",
])
def test_an_areas_standing_state_is_not_covered(text: str) -> None:
    assert _values(text) == {30}


def test_places_the_event_counted_stay() -> None:
    assert 1800 in _values("Эки мектепте жалпысынан 1 800дөн ашык окуучу таза сууга жетет.")


@pytest.mark.parametrize("text", [
    "Семинарга 20 адам катышты. Долбоордун 2024–2027-жылдарга бюджети 4,2 млн евро экенин айтты.",
    "На семинар пришли 20 человек. Проект рассчитан на 24 месяца, его бюджет составляет 310 тыс. евро.",
    "20 people attended. The city's plan foresees investments of USD 120 million.",
])
def test_a_projects_standing_budget_is_no_money_given(text: str) -> None:
    assert _values(text) == {20}


def test_a_budget_spent_stays() -> None:
    assert 4_500_000 in _values("Общий бюджет проекта составил 4,5 млн сомов, все средства освоены.")


@pytest.mark.parametrize("text", [
    "Тренингге 26 адам катышты.\n\nМаалымат үчүн: фонд 2015-жылдан бери 48 айылда иштейт жана 3 000 фермерге кеңеш берген.",
    "В тренинге участвовали 26 человек.\n\nСправка. Ассоциация объединяет 74 кооператива и 9 районных союзов.",
    "26 people took part in the training.\n\nBackground\n\nThe network unites 112 schools and 35 youth centres.",
    "26 people took part in the training.\n\nSome text about the day.\n\nRelated news\n\n- 300 farmers got grants worth KGS 4 million",
])
def test_background_and_related_news_blocks_are_not_the_event(text: str) -> None:
    assert _values(text) == {26}


@pytest.mark.parametrize("text", [
    "Презентацияга 44 адам катышты. Сурамжылоого 900 үй-бүлө катышып, алардын 61 пайызы канааттанган.",
    "На презентацию пришли 44 человека. В опросе приняли участие 1 350 жителей города.",
    "44 people attended. The survey reached 760 young people in three oblasts.",
])
def test_survey_respondents_are_not_participants(text: str) -> None:
    assert _values(text) == {44}


@pytest.mark.parametrize("text", [
    "Семинарга 33 адам катышты. Суу үчүн айына 120 сом төлөшөт.",
    "На семинаре присутствовали 33 человека. Цена одного литра молока на рынке составляет 70 сомов.",
    "33 people attended. The cooperative buys milk at KGS 30 per litre.",
])
def test_prices_are_no_funding(text: str) -> None:
    assert _values(text) == {33}


def test_a_loan_financing_a_project_in_the_present_is_its_size() -> None:
    text = "33 people attended. The water project is financed by a loan of USD 12 million from the bank."
    assert _values(text) == {33}


def test_a_headline_figure_read_again_in_the_text_is_read_once() -> None:
    text = ("В Таласе 41 учителя обучили работе с электронным журналом\n\n"
            "12 мая 2026 года в Таласе прошел семинар. В семинаре приняли участие 41 учитель из 9 школ.")
    tuples = indicator_tuples(text, skip_dates=True)
    assert [t for t in tuples if t[2] == 41] == [("participants", "total", 41.0, "person")]


@pytest.mark.parametrize("text", [
    "Тренингге 28 мугалим катышты. Жолдун начардыгынан 4 мугалим келе алышкан жок.",
    "В тренинге участвовали 28 учителей. Еще 5 учителей не смогли приехать из-за паводка.",
    "28 teachers took part in the training. Three teachers did not receive certificates because they missed a day.",
])
def test_those_who_did_not_come_or_finish_are_not_counted(text: str) -> None:
    assert _values(text) == {28}


def test_loans_are_no_grants() -> None:
    text = "Форумга 90 ишкер катышты. Мамлекеттик программа аркылуу быйыл 215 долбоорго жеңилдетилген насыя берилди."
    assert _values(text) == {90}


@pytest.mark.parametrize("text", [
    "Жолугушууга 61 тургун катышты. Айыл аймактын бюджети 31,4 млн сомду түзөт.",
    "На слушания пришли 61 житель. Собственные доходы бюджета города за год составили 52 млн сомов.",
    "61 residents attended. The city's budget for street lighting is KGS 9 million.",
    "Ярмаркага 61 фермер катышты. Соода-сатыктын жалпы көлөмү 1,7 млн сомду түздү.",
])
def test_local_budgets_and_trade_are_no_funding(text: str) -> None:
    assert _values(text) == {61}


def test_money_given_from_a_budget_stays() -> None:
    assert 650_000 in _values("Мэрия выделила из городского бюджета 650 тыс. сомов на проведение фестиваля.")


@pytest.mark.parametrize("text", [
    "Сынакка 57 окуучу катышты. Азыр 6 мектепте робототехника ийрими иштейт.",
    "В конкурсе участвовали 57 школьников. В пяти селах района нет спортивного зала.",
])
def test_places_said_to_be_in_a_state_are_not_covered(text: str) -> None:
    assert _values(text) == {57}


def test_people_of_an_areas_institutions_go_with_them() -> None:
    text = ("На встречу пришли 57 родителей. По данным управления, в Кеминском районе 31 школа, в которых учатся "
            "около 14 тысяч детей.")
    assert _values(text) == {57}


def test_investment_projects_are_no_grants() -> None:
    assert _values("На презентацию пришли 57 человек. В каталог вошли 26 инвестиционных проектов.") == {57}


def test_a_range_of_grants_still_to_come_is_no_funding() -> None:
    text = "57 young people took part. Individual grants will range from KGS 60,000 to KGS 120,000."
    assert _values(text) == {57}


@pytest.mark.parametrize("text", [
    "Окууга 24 аял катышты. Топ 350 миң сомго наабайкана курат.",
    "Окууга 24 аял катышты, алардын 9у жакынкы айларда насыя ала алышат.",
    "24 women took part. In the coming months 12 of them can apply for small loans.",
])
def test_what_is_still_to_come_is_not_counted(text: str) -> None:
    assert _values(text) == {24}


def test_an_earlier_years_event_told_mid_sentence_is_that_years() -> None:
    text = ("14 марта 2026 года в Караколе прошел форум, в нем участвовали 75 человек. Первый такой форум прошел "
            "в Нарыне в 2024 году и собрал 120 участников. 2026 год.")
    assert _values(text) == {75}


def test_a_span_from_an_earlier_year_is_no_earlier_year() -> None:
    text = ("The fair on 3 May 2026 drew 300 visitors. Since the programme started in 2022, 95 farmers have been "
            "trained in 2026 and before.")
    assert 95 in _values(text)


def test_the_cost_of_what_was_opened_stays() -> None:
    assert 96_000 in _values("Жаңы суу түтүгү ачылды. Долбоордун жалпы наркы 96 000 АКШ доллары.")
