"""An ayil aimak written by its founder's bare name resolves to the district's aimak with that stem."""

from __future__ import annotations

from etl.reference.gazetteer import gazetteer
from etl.reference.places import find_places


def test_a_bare_founders_name_with_an_aimak_level_word_is_the_derived_aimak() -> None:
    units = gazetteer().units
    ibraimov = next(u for u in units.values() if u.level == "ayil_aimak" and u.name_ru.startswith("Ибраимов"))
    text = "Чүй облусунун Чүй районунда 5-майда өнөктүк өттү. Ал Ибраим айыл аймагын камтыды."
    found = [m.place for m in find_places(text)]
    assert ibraimov.soate in [p.soate for p in found]
    assert all(p.soate for p in found)


def test_a_suu_adjective_written_with_i_kratkoye_is_the_aimak() -> None:
    units = gazetteer().units
    aimaks = [u for u in units.values() if u.level == "ayil_aimak" and u.name_ru.startswith("Кашка-Сууский")]
    text = "5 мая в Аксыйском районе прошел семинар для жителей Кашка-Суйского айылного аймака."
    assert {u.soate for u in aimaks} & {m.place.soate for m in find_places(text)}
