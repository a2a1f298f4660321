"""Names listed as municipalities are ayil aimaks: "The winning municipalities, among them Ak-Sai,
Kara-Bak and Kyshtut in Batken district", "муниципалитеты Кара-Булак и Дароот-Коргон".  A bare name
would otherwise be read as the village (an aimak is usually named after its main village), but a
municipality is the local self-government unit, the ayil aimak."""

from __future__ import annotations

import re

from etl.gates import Gate
from etl.reference.gazetteer import gazetteer
from etl.reference.places_match import PlaceMention, Raw

_TRIGGERS = ("municipalit", "муниципалитет")
_GATE = Gate(_TRIGGERS)
_MUNICIPALITIES = re.compile(r"(?<![a-zа-я])(?:municipalities|муниципалитет(?:ы|ов|ах|ам|тери|теринде|терине))(?![a-zа-я])")
_STOP = re.compile(r"[.;!?\n]")


def municipal_lists(ft: str, raws: list[Raw]) -> None:
    """Give the bare names of a sentence that lists municipalities the ayil aimak level."""
    if not _GATE.any_in(ft):
        return
    units = gazetteer().units
    for m in _MUNICIPALITIES.finditer(ft):
        stop = _STOP.search(ft, m.end())
        end = stop.start() if stop else len(ft)
        for r in raws:
            if not m.end() <= r.start < end or r.level or r.pre_level:
                continue
            if any(units[uid].level == "ayil_aimak" for uid, _kind in r.entries):
                r.level, r.uid, r.ambiguous, r.candidates = "ayil_aimak", None, False, ()


def district_in_text(out: list[PlaceMention]) -> None:
    """A settlement still placed in a whole city lies in the one district of that city the text gives
    as an event place ("Мэр встретился с жителями жилмассива Калыс-Ордо. Встреча прошла в школе
    Октябрьского района"); with two or more districts named, the city stays."""
    units = gazetteer().units
    districts: dict[str, set[str]] = {}
    for m in out:
        soate = m.place.soate
        if soate and soate in units and units[soate].level == "city_district" and units[soate].parent:
            districts.setdefault(units[soate].parent or "", set()).add(soate)
    if not districts:
        return
    for m in out:
        pl = m.place
        if pl.soate is None and pl.level == "settlement" and pl.parent_soate in districts \
                and len(districts[pl.parent_soate]) == 1:
            pl.parent_soate = next(iter(districts[pl.parent_soate]))
