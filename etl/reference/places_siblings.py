"""A village name shared by several villages, listed with its neighbours: "Бостон, Ак-Булак, Кара-Инген
жана Сузак айылдары" names Boston of the ayil aimak that Ak-Bulak and Kara-Ingen belong to, not the
Boston of another aimak of the same district; when the list's other villages lie in several aimaks of one
district, the homonym in that district.  A list of villages is usually one area's, and so is a list of ayil
aimaks: "the Tepke, Jyrgalan and Ak-Bulun ayil aimaks" is the Ak-Bulun of Ak-Suu district, where the other
two lie, not its namesake in Tup district."""

from __future__ import annotations

from collections import Counter

from etl.reference.gazetteer import gazetteer
from etl.reference.places_match import Raw


def siblings_decide(raws: list[Raw], lists: dict[int, tuple[int, int]]) -> None:
    """Move each listed village to the homonym whose ayil aimak holds another item of its list (each listed
    ayil aimak to the one whose district does), when the one chosen shares it with none of them."""
    units = gazetteer().units
    groups: dict[tuple[int, int], list[Raw]] = {}
    for r in raws:
        extent = lists.get(r.start)
        if extent is not None and r.uid:
            groups.setdefault(extent, []).append(r)
    for items in groups.values():
        if len(items) < 3:
            continue
        for r in items:
            assert r.uid is not None
            level = units[r.uid].level
            if level not in ("village", "ayil_aimak"):
                continue
            homonyms = [uid for uid, _ in r.entries if units[uid].level == level]
            if len(set(homonyms)) < 2 or r.uid not in homonyms:
                continue
            mates = Counter(units[o.uid].parent for o in items if o is not r and o.uid)
            if mates[units[r.uid].parent]:
                continue
            better = [uid for uid in sorted(set(homonyms)) if mates[units[uid].parent]]
            if len(better) == 1:
                r.uid, r.ambiguous, r.candidates = better[0], False, ()
                continue
            # "из сел Петровка, Александровка и Садовое": the mates lie in several aimaks of one district; the
            # homonym in that district, when the one chosen lies in another
            districts = Counter(_district(o.uid) for o in items if o is not r and o.uid)
            if districts[_district(r.uid)]:
                continue
            better = [uid for uid in sorted(set(homonyms)) if districts[_district(uid)]]
            if len(better) == 1:
                r.uid, r.ambiguous, r.candidates = better[0], False, ()


def _district(uid: str) -> str | None:
    """The rayon (or city) a unit lies in: its ancestor two levels up for a village."""
    units = gazetteer().units
    unit = units.get(uid)
    while unit is not None and unit.level not in ("rayon", "city", "oblast"):
        unit = units.get(unit.parent) if unit.parent else None
    return unit.uid if unit is not None else None
