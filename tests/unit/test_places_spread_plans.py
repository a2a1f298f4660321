"""Where an experience is to be spread later is a plan, not a place of the reported event."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

KARAKOL = "41702410000010"


@pytest.mark.parametrize("text", [
    "Тренинг прошёл в Караколе. Опыт области в 2026 году распространят на Нарынскую и Таласскую области.",
    "The training was held in Karakol. In 2026 the approach will be extended to Naryn and Talas oblasts.",
    "Тренинг Каракол шаарында өттү. 2026-жылы бул тажрыйба Нарын жана Талас облустарына жайылтылат.",
])
def test_where_an_experience_will_be_spread_is_no_place(text: str) -> None:
    assert [m.place.key for m in find_places(text)] == [KARAKOL]
