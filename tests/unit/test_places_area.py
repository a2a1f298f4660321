"""A project's area (a target-area field, "проект реализуется в ...") counts where the reported work lies in it."""

from __future__ import annotations

from etl.reference.places import find_places


def keys(text: str) -> set[str]:
    return {m.place.key for m in find_places(text)}


def test_a_target_field_counts_the_units_holding_the_work_and_their_listed_siblings() -> None:
    text = ("Целевая территория: Ноокенский район Джалал-Абадской области — Массынский, Шайданский и Бюргендинский айылные аймаки\n\n"
            "12 мая в селе Масы прошел тренинг для фермеров. 20 мая в Шайданском айылном аймаке прошла встреча.")
    found = keys(text)
    assert {"41703000000000", "41703215000000"} <= found  # the oblast and district hold the village
    assert sum(k.startswith("41703215") and k.endswith("000") and k != "41703215000000" for k in found) == 3


def test_a_target_field_district_the_work_never_reaches_is_no_place() -> None:
    text = ("Target areas: Karakol city, Ak-Suu and Jeti-Oguz districts.\n\n"
            "On 14 May 2024 a training was held in Karakol for 26 young entrepreneurs.")
    assert keys(text) == {"41702410000010"}


def test_one_unit_the_project_is_implemented_in_counts_when_it_holds_the_work() -> None:
    text = ("Проект реализуется в Сузакском районе Джалал-Абадской области с 2024 по 2026 год.\n\n"
            "5 марта в селе Благовещенка прошел семинар для учителей.")
    assert {"41703000000000", "41703220000000"} <= keys(text)


def test_several_units_the_project_is_implemented_in_are_its_general_area() -> None:
    text = ("5 марта в селе Кочкорка Кочкорского района прошел семинар. "
            "Проект реализуется в Нарынской и Иссык-Кульской областях с 2023 по 2026 год.")
    assert not {"41704000000000", "41702000000000"} & keys(text)


