"""A region that scopes an official's post, a statistic cited from a source, a rate about a region."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

TALAS_OBL, TALAS_RAYON = "41707000000000", "41707232000000"
NARYN_OBL, KOCHKOR = "41704000000000", "41704235000000"


def keys(text: str) -> set[str]:
    return {m.place.key for m in find_places(text)}


@pytest.mark.parametrize("text", [
    "Министрликтин Талас облусу боюнча өкүлү Асан Асанов 3-майда Талас районуна барды.",
    "Агенттиктин Талас облусу боюнча башкы адиси Асан Асанов Талас районунда жолугушуу өткөрдү.",
    "Уполномоченный представитель Омбудсмена по Таласской области Асан Асанов посетил Таласский район.",
    "The Ombudsman's representative for Talas Region, Asan Asanov, visited Talas district on 3 May.",
])
def test_region_of_an_officials_post_is_not_a_place(text: str) -> None:
    got = keys(text)
    assert TALAS_RAYON in got and TALAS_OBL not in got


def test_region_of_a_training_is_kept() -> None:
    assert TALAS_OBL in keys("Талас облусу боюнча 5 окутуу өттү, Талас районунда да болду.")


@pytest.mark.parametrize("text", [
    "Окутуу 3-майда Кочкор районунда өттү. Агенттиктин маалыматы боюнча, Нарын облусунда малчылардын саны 2 эсе өстү.",
    "Тренинг прошел 3 мая в Кочкорском районе. По информации министерства, в Нарынской области число фермеров выросло вдвое.",
    "The training took place on 3 May in Kochkor district. Youth unemployment in Naryn Region stands at 12 per cent.",
])
def test_a_cited_statistic_or_a_rate_about_the_region_is_not_a_place(text: str) -> None:
    got = keys(text)
    assert KOCHKOR in got and NARYN_OBL not in got


SEMIZ_BEL_VILLAGE, KOCHKOR_RAYON = "41704235832030", "41704235000000"


@pytest.mark.parametrize("text", [
    "2025-жылдын 3-майында Кочкор районунда гранттар тапшырылды. — Акча керек, — деди Семиз-Бел айылындагы "
    "демилге тобунун лидери Гүлмира Асанова.",
    "3 мая 2025 года в Кочкорском районе вручили гранты. «Деньги нужны», — сказала лидер инициативной группы "
    "села Семиз-Бел Гульмира Асанова.",
    "On 3 May 2025 grants were handed over in Kochkor district. \"We need the money,\" said the leader of the "
    "women's group of Semiz-Bel village, Gulmira Asanova.",
])
def test_the_place_of_a_persons_post_is_no_event_place(text: str) -> None:
    got = [m.place.key for m in find_places(text)]
    assert KOCHKOR_RAYON in got and SEMIZ_BEL_VILLAGE not in got


def test_the_akim_of_a_district_keeps_the_district() -> None:
    # the territory's own body: its head taking part counts its place (dev6 labels)
    text = "2025-жылдын 7-февралында Кочкор районунун акими Нурбек Абдиев айыл тургундары менен жолугушту."
    assert KOCHKOR_RAYON in [m.place.key for m in find_places(text)]


@pytest.mark.parametrize("text", [
    "2025-жылдын 26-сентябрында Талас районунун Көк-Ой айылында сынак өттү. Бөлүм башчысы Асылбек Токтогулов "
    "райондо 47 мектеп бар экенин айтты.",
    "26 сентября 2025 года в селе Кок-Ой Таласского района прошёл конкурс. Заведующий отделом Асылбек Токтогулов "
    "района рассказал о школах.",
])
def test_a_surname_made_of_a_place_name_before_a_level_word_is_a_person(text: str) -> None:
    assert "41703225000000" not in [m.place.key for m in find_places(text)]  # Toktogul district


@pytest.mark.parametrize("text", [
    "Окутуу 3-майда Талас шаарында өттү. «Жаштар айылда калышы керек», — деди Кочкор районунун акими Асан Асанов.",
    "Тренинг прошел 3 мая в городе Талас. «Молодежь должна оставаться в селе», — сказал заместитель акима "
    "Кочкорского района Асан Асанов.",
])
def test_the_district_of_a_quoted_akim_is_the_speakers_office(text: str) -> None:
    got = keys(text)
    assert "41707400000010" in got and KOCHKOR not in got


def test_an_akim_holding_the_meeting_keeps_the_district() -> None:
    assert KOCHKOR in keys("Кочкор районунун акими Асан Асанов 3-майда тургундар менен жолукту.")


def test_the_presidents_envoy_for_a_region_is_a_title() -> None:
    got = [m.place.key for m in find_places(
        "2024-жылдын 5-сентябрында делегация Баткен шаарына келди. Жолугушууга Баткен облусу боюнча Президенттин "
        "ыйгарым укуктуу өкүлүнүн кеңсесинин өкүлдөрү катышты.")]
    assert got == ["41705410000010"]
