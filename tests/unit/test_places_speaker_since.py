"""A speaker's account of their body's record since an earlier year names no place of the event."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

NARYN_OBL, TALAS_OBL, CHUI_OBL = "41704000000000", "41707000000000", "41708000000000"
KEMIN_RAYON = "41708213000000"


def codes(text: str) -> set[str]:
    return {m.place.soate or m.place.name for m in find_places(text)}


@pytest.mark.parametrize("said", [
    "Как сообщил директор фонда, с 2018 года фонд построил 14 мостов в Нарынской и Таласской областях.",
    "По ее словам, с 2020 года ассоциация обучила 600 фермеров Нарынской и Таласской областей.",
    "Бирикменин жетекчиси 2017-жылдан бери уюм Нарын жана Талас облустарынын 9 айылында мектептерди "
    "оңдогонун белгиледи.",
    "The director said that since 2019 the fund had repaired 30 schools in Naryn and Talas oblasts.",
])
def test_speaker_record_since_earlier_year_is_background(said: str) -> None:
    text = f"12 мая 2024 года в Кеминском районе Чуйской области прошел тренинг для учителей. {said}"
    got = codes(text)
    assert {KEMIN_RAYON, CHUI_OBL} <= got
    assert NARYN_OBL not in got and TALAS_OBL not in got


def test_narrated_coverage_since_earlier_year_stays() -> None:
    # the results an event presents, with their figures, are labelled as its places (fixture 060)
    text = ("12 мая 2024 года в Кеминском районе Чуйской области прошел форум, на котором представили итоги "
            "программы. С 2021 года программа поддержала 40 школ Нарынской и Таласской областей.")
    got = codes(text)
    assert NARYN_OBL in got and TALAS_OBL in got
