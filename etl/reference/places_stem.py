"""An ayil aimak written by its founder's bare name: "Ибраим айыл аймагы" for the Ibraimov aimak
(Ибраимовский айылный аймак), "Ленин айыл аймагы" for Leninskiy.  The gazetteer keys hold the Russian
derived form; a name the gazetteer lacks, with an ayil aimak level word and a known district, is that
district's one aimak whose Russian name is the written name plus a derivational suffix, or, for a name in
-ское / -ск ("Майское айыл аймагы"), the -ский adjective of the same stem."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from etl.reference.gazetteer import gazetteer
from etl.reference.places_match import PlaceMention

_SUFFIX = re.compile(r"(?:ов|ев|ин|ын|ск|овск|евск|инск)")
# a Russian-style settlement name the -ский aimak derives from: Майское, Краснореченск
_SETTLEMENT_FORM = re.compile(r"([а-я-]{2,}?)(?:ское|ск)")


@cache
def _aimaks_by_parent() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for u in gazetteer().units.values():
        if u.level == "ayil_aimak" and u.parent and u.name_ru:
            out.setdefault(u.parent, []).append((u.uid, u.name_ru.lower().replace("ё", "е")))
    return out


def stem_aimaks(out: list[PlaceMention]) -> None:
    """Give each unknown ayil aimak of ``out`` the gazetteer aimak its bare name stems, when one does."""
    units = gazetteer().units
    for i, m in enumerate(out):
        p = m.place
        if p.soate or p.level != "ayil_aimak" or not p.parent_soate or not p.evidence:
            continue
        word = p.evidence.split()[0].lower().replace("ё", "е")
        if len(word) < 4:
            continue
        aimaks = _aimaks_by_parent().get(p.parent_soate, [])
        hits = [uid for uid, ru in aimaks if ru.startswith(word) and _SUFFIX.match(ru, len(word))]
        settlement = _SETTLEMENT_FORM.fullmatch(word)
        if not hits and settlement:  # "Майское айыл аймагы": the Maiskii aimak, named as its settlement
            hits = [uid for uid, ru in aimaks if ru.startswith(settlement.group(1) + "ский ")]
        if len(hits) == 1:
            u = units[hits[0]]
            out[i] = replace(m, place=replace(p, soate=u.soate, name=u.name, parent_soate=u.parent))
