"""Names that scope a person, a body or a tally rather than the reported event: a first name before a
Latin-spelt surname, a verb that shares a village's stem, an office's seat, a regional department or
envoy, one expert's home, a tally since an earlier year and a figure cited from a source."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places
from etl.reference.places_background import common_word
from etl.reference.places_origin import one_from
from etl.reference.places_titles import regional_title
from etl.text import fold

NARYN_OBLAST, TALAS_OBLAST, OSH_OBLAST = "41704000000000", "41707000000000", "41706000000000"
AT_BASHY, TALAS_RAYON, NOOKAT, CHOLPON = "41704220000000", "41707232000000", "41706242000000", "41704235842010"


def keys(text: str) -> set[str]:
    return {m.place.key for m in find_places(text)}


def _span(text: str, name: str) -> tuple[int, int]:
    s = text.index(name)
    return s, s + len(name)


def test_a_first_name_before_a_latin_surname_is_a_person() -> None:
    got = keys("On 12 June 2025 a seminar on school meals took place in Ak-Talaa district, Naryn Region. "
               "Among the speakers was Ms. Cholpon Toktorova, a nurse.")
    assert CHOLPON not in got and NARYN_OBLAST in got


def test_the_verb_to_be_seen_is_no_village() -> None:
    ft = fold("Көрүлдү: 512")
    assert common_word(ft, 0, len("корул"))


@pytest.mark.parametrize(("text", "name"), [
    ("Тренингди ЮНИСЕФтин Ош шаарындагы аймактык кеңсесинин адистери өткөрүштү.", "Ош шаарындагы"),
    ("Тренингди ЕККУнун Бишкектеги программалык офисинин кызматкерлери өткөрүштү.", "Бишкектеги"),
    ("Участники вместе с тренером из Оша разобрали бизнес-планы.", "Оша"),
    ("Фермеры обратились к консультанту из Бишкека.", "Бишкека"),
])
def test_an_office_or_one_experts_home(text: str, name: str) -> None:
    assert one_from(text, fold(text), *_span(text, name))


def test_a_numbered_plural_from_districts_is_coverage() -> None:
    text = "Участие приняли 24 молодых лидера из Баткенского района."
    assert not one_from(text, fold(text), *_span(text, "Баткенского района"))


@pytest.mark.parametrize(("text", "name"), [
    ("Аны Нарын облусу боюнча Саламаттык сактоо министрлигинин башкармалыгынын адистери өткөрүштү.", "Нарын облусу"),
    ("Ага Нарын облусундагы Президенттин ыйгарым укуктуу өкүлүнүн орун басары катышты.", "Нарын облусундагы"),
    ("Участвовал заместитель полномочного представителя Правительства в Нарынской области.", "Нарынской области"),
    ("Его провели сотрудники управления ветеринарии по Таласской области.", "Таласской области"),
    ("Staff of the veterinary department for Talas Region attended.", "Talas Region"),
])
def test_a_regional_department_or_envoy_scopes_a_body(text: str, name: str) -> None:
    assert regional_title(fold(text), *_span(text, name), text)


def test_a_place_where_the_event_was_is_no_title() -> None:
    text = "Семинар прошёл в Таласской области при поддержке управления."
    assert not regional_title(fold(text), *_span(text, "Таласской области"), text)


@pytest.mark.parametrize(("text", "dropped", "kept"), [
    ("3 марта 2025 года в Ат-Башинском районе прошёл семинар для фермеров. Координатор проекта представил итоги: "
     "с 2024 года в Нарынской области обучены 900 фермеров.", NARYN_OBLAST, AT_BASHY),
    ("2025-жылдын 3-мартында Ноокат районунда семинар өттү. Программа башталгандан бери Ош облусунда 60 айылга "
     "көмөк көрсөтүлгөн.", OSH_OBLAST, NOOKAT),
    ("3 марта 2025 года в Таласском районе прошёл семинар. По данным Минздрава, в Таласской области насчитывается "
     "40 ФАПов.", TALAS_OBLAST, TALAS_RAYON),
    ("2025-жылдын 3-мартында Талас районунда семинар өттү. Статистика комитетинин маалыматы боюнча, Талас облусунда "
     "40 ФАП бар.", TALAS_OBLAST, TALAS_RAYON),
])
def test_a_tally_or_a_cited_figure_about_the_oblast(text: str, dropped: str, kept: str) -> None:
    got = keys(text)
    assert dropped not in got and kept in got
