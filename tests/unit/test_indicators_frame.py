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
    "Семинарга 20 адам катышты. Долбоордун жалпы наркы 4,2 млн евро экенин айтты.",
    "На семинар пришли 20 человек. Проект рассчитан на 24 месяца, его бюджет составляет 310 тыс. евро.",
    "20 people attended. The city's plan foresees investments of USD 120 million.",
])
def test_a_projects_standing_budget_is_no_money_given(text: str) -> None:
    assert _values(text) == {20}


def test_a_budget_spent_stays() -> None:
    assert 4_500_000 in _values("Общий бюджет проекта составил 4,5 млн сомов, все средства освоены.")
