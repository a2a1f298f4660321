"""A place inside a quoted title (a project's or a body's name) is no event place; a quote holding only a
place's own name, and a quoted sentence, are read as before."""

from __future__ import annotations

from etl.reference.places import find_places
from etl.reference.places_quoted import quoted_title


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_a_project_title_names_no_place() -> None:
    text = ("Проект «Чистая вода для сел Таласской области». 3 мая в Караколе прошел семинар для "
            "операторов водопроводов.")
    assert keys(text) == ["41702410000010"]
    text = ('The "Clean Air in Osh and Jalal-Abad Regions" programme held a workshop in Naryn on 3 May.')
    assert keys(text) == ["41704400000010"]


def test_a_place_own_name_in_quotes_and_a_quoted_sentence_stay() -> None:
    text = "«Мы провели тренинг в Нарынской области, и люди довольны», — сказал он 3 мая."
    assert quoted_title(text, text.index("Нарынской"), text.index("Нарынской") + len("Нарынской области")) is False
    text = "Семинар прошёл в «Ат-Башы» районе 3 мая."
    assert quoted_title(text, text.index("Ат-Башы"), text.index("Ат-Башы") + 7) is False


def test_a_place_adjective_opening_an_institutions_name_is_no_place_unless_the_venue() -> None:
    text = "Тренинг прошёл 4 мая в Караколе. Занятия вели врачи Нарынской территориальной больницы."
    assert keys(text) == ["41702410000010"]
    text = "4 мая в Нарынской территориальной больнице прошёл тренинг для медсестёр."
    assert keys(text) == ["41704400000010"]
