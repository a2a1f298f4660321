"""Figures that are not the event's: zero, capacity and unit price, hypothetical sums, another actor's
activity, an area's standing statistic (etl.extract.indicators_not_event)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _kinds(text: str) -> set[tuple[str, float]]:
    return {(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)}


def test_zero_amount_is_no_figure() -> None:
    got = _kinds("12 марта 2026 года в Караколе 30 фермеров прошли обучение. Плата за участие — 0 сомов.")
    assert ("people_trained", 30) in got
    assert not any(v == 0 for _, v in got)


@pytest.mark.parametrize("text", [
    "On 5 May 2026 UNICEF handed over a playroom for 60 children to the school in Kemin; 25 teachers attended.",
    "5 мая 2026 года школе в Кемине переданы парты и стулья для 60 учеников, в церемонии участвовали 25 учителей.",
    "2026-жылдын 5-майында Кемин мектебине 60 окуучуга арналган эмеректер тапшырылды, иш-чарага 25 мугалим катышты.",
])
def test_capacity_is_no_beneficiaries(text: str) -> None:
    got = _kinds(text)
    assert ("participants", 25) in got
    assert not any(v == 60 for _, v in got)


def test_round_table_for_people_is_no_capacity() -> None:
    got = _kinds("14 ноября 2025 года в Чолпон-Ате прошел круглый стол для 25 женщин-депутатов.")
    assert any(v == 25 for _, v in got)


@pytest.mark.parametrize("text", [
    "3 июня 2026 года в Токмоке 14 школам переданы аптечки. Стоимость одного набора составляет 12 000 сомов.",
    "2026-жылдын 3-июнунда Токмоктогу 14 мектепке дары кутучалары берилди. Бир кутучанын баасы 12 миң сом.",
    "On 3 June 2026 first-aid kits were handed over to 14 schools in Tokmok; the average cost of one kit is KGS 12,000.",
])
def test_unit_price_is_no_funding(text: str) -> None:
    got = _kinds(text)
    assert ("funding_amount", 12000) not in got


@pytest.mark.parametrize("text", [
    "10 апреля 2026 года в Нарыне 20 инженеров прошли обучение. По расчетам, ремонт крыши обойдется в 3 млн сомов.",
    "On 10 April 2026 20 engineers were trained in Naryn. Repairing the roof will cost KGS 3 million.",
    "10 апреля 2026 года в Нарыне 20 инженеров прошли обучение. В следующем году намечено отремонтировать "
    "8 школ на сумму 3 млн сомов.",
    "10 апреля 2026 года в Нарыне 20 инженеров прошли обучение: в ролевой игре они провели аукцион на покупку "
    "трактора стоимостью 3 млн сомов.",
])
def test_hypothetical_sum_is_no_funding(text: str) -> None:
    got = _kinds(text)
    assert ("people_trained", 20) in got
    assert ("funding_amount", 3_000_000) not in got


def test_a_bodys_own_purchases_are_no_funding() -> None:
    got = _kinds("8 апреля 2026 года в Балыкчы 22 бухгалтера прошли обучение. Глава айыл окмоту сказал, что "
                 "в этом году отдел провел 31 закупку на общую сумму 12 млн сомов.")
    assert ("funding_amount", 12_000_000) not in got


@pytest.mark.parametrize("text", [
    "9 апреля 2026 года в Оше переданы насосы. Оборудование закуплено через конкурс, в котором участвовали "
    "5 подрядчиков.",
    "On 9 April 2026 pumps were handed over in Osh; 5 suppliers took part in the tender.",
])
def test_tender_bidders_are_no_participants(text: str) -> None:
    assert not any(v == 5 for _, v in _kinds(text))


def test_chosen_from_among_for_later_role_are_no_participants() -> None:
    got = _kinds("2026-жылдын 2-мартында Кочкордо 40 мугалим семинарга катышты. Катышуучулардын арасынан "
                 "6 тренер тандалып, алар кийинки айда башка мектептерде сабак өтөт.")
    assert ("participants", 40) in got
    assert not any(v == 6 for _, v in got)


@pytest.mark.parametrize("text", [
    "7 мая 2026 года в Кочкоре 30 медицинских работников прошли обучение. По словам врача, в Кочкорском районе "
    "действуют 22 ФАПа.",
    "On 7 May 2026 30 nurses were trained in Kochkor, a district with about 60,000 residents and 22 clinics.",
    "7 мая 2026 года в Кочкоре 30 медицинских работников прошли обучение. «Из 22 ФАПов района 9 нуждаются в ремонте»,"
    " — сказал врач.",
    "On 7 May 2026 30 nurses were trained. In Kochkor district all 22 clinics now use the new registry.",
])
def test_area_statistic_is_no_coverage(text: str) -> None:
    got = _kinds(text)
    assert ("people_trained", 30) in got
    assert not any(v == 22 for _, v in got)


def test_people_from_all_villages_of_the_district_cover_them() -> None:
    got = _kinds("12 марта 2026 года в Кочкоре в семинаре приняли участие 40 человек из всех семи "
                 "айылных аймаков района.")
    assert ("settlements_covered", 7) in got


@pytest.mark.parametrize("text", [
    "On 6 June 2026 the minister inspected three wind turbines in the villages of Kochkor; "
    "40 residents attended.",
    "6 июня 2026 года в Кочкоре 40 жителей приняли участие во встрече. Врач рассказал, что в трех "
    "случаях детей направили в больницу.",
    "2026-жылдын 6-июнунда Кочкордо 40 тургун жыйынга катышты. Буга чейин 3 суу комитетине суу "
    "тейлөөчү жабдыктар берилген.",
])
def test_number_counts_the_noun_right_after_it(text: str) -> None:
    got = _kinds(text)
    assert any(v == 40 for _, v in got)
    assert not any(v == 3 for _, v in got)


def test_kyrgyz_area_registered_count_is_no_beneficiaries() -> None:
    got = _kinds("2026-жылдын 6-июнунда Нарында 45 мугалим семинарга катышты. «Облуста 900дөн ашык жаш "
                 "жумушсуз катары каттоодо турат», — деди башчы.")
    assert any(v == 45 for _, v in got)
    assert not any(v == 900 for _, v in got)


@pytest.mark.parametrize("text", [
    "On 2 July 2026 30 farmers attended a field day in Tamga. They visited a dairy run by a cooperative, "
    "which now buys milk from six villages.",
    "2 июля 2026 года в Тамге 30 фермеров приняли участие в дне поля. Они посетили цех кооператива, "
    "который обслуживает шесть сел.",
])
def test_another_bodys_standing_activity_is_no_coverage(text: str) -> None:
    got = _kinds(text)
    assert any(v == 30 for _, v in got)
    assert not any(v == 6 for _, v in got)


@pytest.mark.parametrize("text", [
    "On 2 July 2026 30 residents attended a meeting in Tamga, including 5 representatives of the two ayil okmotus.",
    "On 2 July 2026 a meeting was held in Tamga and Barskoon, two villages of Jeti-Oguz district. 30 residents attended.",
])
def test_places_named_and_counted_again_are_no_count(text: str) -> None:
    got = _kinds(text)
    assert any(v == 30 for _, v in got)
    assert not any(v == 2 for _, v in got)


def test_facility_opened_serving_pupils_stays_beneficiaries() -> None:
    got = _kinds("On 2 July 2026 UNICEF opened a water station at the school in Tamga, which serves 410 pupils.")
    assert ("beneficiaries", 410) in got


@pytest.mark.parametrize("text", [
    "5 мая 2026 года в Караколе 25 медиков прошли обучение. В районе пока один фельдшер на 2 500 жителей.",
    "On 5 May 2026 25 health workers were trained in Karakol. The district has one nurse per 2,500 residents.",
])
def test_ratio_is_no_count(text: str) -> None:
    got = _kinds(text)
    assert any(v == 25 for _, v in got)
    assert not any(v == 2500 for _, v in got)


@pytest.mark.parametrize("text", [
    "5 мая 2026 года в Нарыне 25 учителей прошли обучение. Сейчас в школах Нарынской области учатся "
    "более 48 000 детей.",
    "2026-жылдын 5-майында Нарында 25 мугалим окутулду. Облустун мектептеринде 48 000ден ашык окуучу окуйт.",
    "On 5 May 2026 25 teachers were trained in Naryn. More than 48,000 children study in the oblast's schools.",
])
def test_enrolment_is_no_beneficiaries(text: str) -> None:
    got = _kinds(text)
    assert any(v == 25 for _, v in got)
    assert not any(v == 48000 for _, v in got)
