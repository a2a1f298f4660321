"""An oblast named only for the project's reach or a speaker's figure around a local event."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

NARYN_OBL, KOCHKOR = "41704000000000", "41704235000000"
TALAS_OBL, BAKAY_ATA = "41707000000000", "41707220000000"
ISSYK_KUL_OBL = "41702000000000"


def keys(text: str) -> set[str]:
    return {m.place.key for m in find_places(text)}


@pytest.mark.parametrize("tail", [
    "За три года проект охватил 30 айылных аймаков Нарынской области.",
    "По словам координатора, в Нарынской области на учёте состоят около 9 тыс. семей.",
    "Долбоор 2022-жылдан бери Нарын облусунун 18 айыл аймагын камтыйт.",
    "Долбоордун алкагында Нарын облусунда 25 мектеп оңдолду.",
    "Since 2021 the programme has reached 60 villages of Naryn and Issyk-Kul regions.",
])
def test_reach_of_project_around_a_local_event_is_not_a_place(tail: str) -> None:
    text = f"12 мая 2025 года в Кочкорском районе прошел тренинг для фермеров. {tail}"
    got = keys(text)
    assert KOCHKOR in got
    assert NARYN_OBL not in got and ISSYK_KUL_OBL not in got


def test_results_presented_in_bishkek_keep_their_regions() -> None:
    text = ("12 мая 2025 года в Бишкеке прошла конференция, где представили итоги проекта. С 2021 года проект охватил 40 сел "
            "Нарынской и Таласской областей.")
    assert {NARYN_OBL, TALAS_OBL} <= keys(text)


def test_event_sentence_keeps_its_oblast() -> None:
    text = ("2025-жылдын 3-майында Талас облусунун Бакай-Ата районунда долбоордун алкагында тренинг өттү. "
            "Бакай-Ата районунун 20 фермери катышты.")
    assert {TALAS_OBL, BAKAY_ATA} <= keys(text)


def test_project_span_from_to_is_not_reach() -> None:
    text = ("12 мая 2025 года в Кочкорском районе прошла встреча. Проект реализуется с 2023 по 2026 год "
            "в 20 айылных аймаках Нарынской области.")
    assert NARYN_OBL in keys(text)
