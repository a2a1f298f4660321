"""The first pass of the place matcher: names found in the shared scan, their level words."""

from __future__ import annotations

from etl.reference.gazetteer import gazetteer
from etl.reference.places import find_places


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_an_english_month_is_no_place() -> None:
    assert keys("May 24, 2015\n\nA training took place in Talas region.") == ["41707000000000"]
    assert "may" not in gazetteer().keys and "май" in gazetteer().keys


def test_a_level_word_wrapped_to_the_next_line_applies() -> None:
    text = "Мероприятие объединило представителей Ноокенского района Джалал-Абадской\nобласти."
    assert keys(text) == ["41703215000000", "41703000000000"]


def test_a_capitalised_line_after_a_name_is_no_level_word() -> None:
    assert keys("Встреча прошла в Нарыне\nОбласть получит гранты.")[0] == "41704400000010"


def test_only_capitalised_names_count() -> None:
    assert keys("тренинг прошел в оше, а не в Оше.") == ["41721000000000"]
