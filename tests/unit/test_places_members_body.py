"""A territory that names an association, a union or a federation of its people is no event place; a
dateline closed by a full stop names its town, not the oblast of the same name; a title's colon does not
make it speech."""

from __future__ import annotations

from etl.reference.places import find_places
from etl.reference.places_quoted import quoted_title

OSH_OBLAST, KARA_SUU_TOWN = "41706000000000", "41706226600010"
TALAS_OBLAST, TALAS_CITY = "41707000000000", "41707400000010"


def keys(text: str) -> list[str]:
    return sorted({m.place.key for m in find_places(text)})


def test_a_members_body_named_by_its_territory_names_no_place() -> None:
    assert keys("Тренинг провела Ассоциация акушерок Ошской области в городе Кара-Суу.") == [KARA_SUU_TOWN]
    assert keys("Ош облусунун акушерлер ассоциациясы Кара-Суу шаарында тренинг өткөрдү.") == [KARA_SUU_TOWN]
    assert keys("The Association of Midwives of Osh Oblast held a training in Kara-Suu town.") == [KARA_SUU_TOWN]
    assert keys("The Osh Oblast Midwives Association held a training in Kara-Suu town.") == [KARA_SUU_TOWN]


def test_a_body_that_works_in_the_territory_keeps_it() -> None:
    assert OSH_OBLAST in keys("Федерация провела турнир среди команд Ошской области.")
    assert OSH_OBLAST in keys("Ассоциация провела тренинги в районах Ошской области.")


def test_a_dateline_with_a_full_stop_is_the_town() -> None:
    text = ("Женский бизнес\n\nТалас. В Таласе прошёл круглый стол «Женское предпринимательство в Таласской "
            "области: барьеры и решения».")
    assert keys(text) == [TALAS_CITY]


def test_a_colon_keeps_a_title_and_a_comma_keeps_speech() -> None:
    title = "Семинар «Пастбища Нарынской области: проблемы и решения» прошёл в Нарыне."
    i = title.index("Нарынской")
    assert quoted_title(title, i, i + len("Нарынской области"))
    speech = "«Мы были в Нарынской области, там много пастбищ» — сказал он."
    i = speech.index("Нарынской")
    assert not quoted_title(speech, i, i + len("Нарынской области"))
