"""The staff of several ayil okmotus taking part make their ayil aimaks places of the event; a single
okmotu, or one named beside another body, adds none."""

from __future__ import annotations

from etl.reference.places import find_places


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_staff_of_several_okmotus_attending_cover_their_aimaks() -> None:
    text = ("10 марта в Кочкорке прошел тренинг. Обучение прошли 20 сотрудников Семиз-Бельского, "
            "Кум-Дебенского и Кочкорского айыл окмоту.")
    found = keys(text)
    assert {"41704235832000", "41704235825000"} <= set(found)
    text = ("Семинар 10-мартта Кочкор айылында өттү. Ага Семиз-Бел жана Кум-Дөбө айыл өкмөттөрүнүн "
            "адистери катышты.")
    assert {"41704235832000", "41704235825000"} <= set(keys(text))


def test_one_okmotu_or_a_mixed_list_adds_no_aimak() -> None:
    text = ("10 марта в Кочкорке прошел тренинг. В нем участвовали представители Кочкорской районной "
            "администрации и Семиз-Бельского айыл окмоту.")
    assert "41704235832000" not in keys(text)
    text = "Семинар 10-мартта Кочкор айылында өттү. Ага Семиз-Бел айыл өкмөтүнүн адистери катышты."
    assert "41704235832000" not in keys(text)
