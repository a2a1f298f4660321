"""A respelled village looked up in its whole district, and same-named villages told apart.

"Мангыт, Кызыл-Коргон жана Күндөлүк айылдарындагы": the list's other villages put the unknown
name in one ayil aimak, but the gazetteer's Мангит lies in the next one; the district they share
still decides.  When the district holds several villages of that spelling, the one in the ayil aimak
that carries the same name is meant (an aimak is named after its main village)."""

from __future__ import annotations

from collections.abc import Iterable

from etl.reference.gazetteer import gazetteer
from etl.reference.morph import LEVEL_ADMITS
from etl.reference.places_spelling import _skeleton_index, spelling_skeleton
from etl.reference.translit import name_key

_AIMAK_WORDS = ("айылный аймак", "айыл аймагы", "ayil aimak", "аймак", "аймагы")


def respelled_in_district(name: str, level: str, parent: str | None) -> str | None:
    """The unit of ``level`` named ``name`` in the district above ``parent`` (an ayil aimak)."""
    units = gazetteer().units
    if parent is None or parent not in units or units[parent].level != "ayil_aimak":
        return None
    district = units[parent].parent
    if district is None:
        return None
    admitted = LEVEL_ADMITS.get(level, ())
    skeleton = spelling_skeleton(name_key(name))
    found = [uid for uid in _skeleton_index().get(skeleton, ())
             if units[uid].level in admitted and district in units[uid].ancestors]
    if len(found) == 1:
        return found[0]
    return same_named_aimak(found, skeleton)


def same_named_aimak(found: list[str], skeleton: str) -> str | None:
    """Of villages with one name, the one whose ayil aimak bears that name too (if exactly one)."""
    units = gazetteer().units
    own = [uid for uid in found if (p := units[uid].parent) is not None and p in units
           and _aimak_skeleton(units[p].name_ru) == skeleton]
    return own[0] if len(own) == 1 else None


def _aimak_skeleton(aimak_name: str) -> str:
    """"Мангытский айылный аймак" -> the skeleton of "Мангыт"."""
    key = name_key(aimak_name)
    for word in _AIMAK_WORDS:
        key = key.replace(word, "").strip()
    for suffix in ("ский", "ской", "цкий"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    return spelling_skeleton(key)


def prefer_same_named_aimak(tied: list[str]) -> list[str]:
    """Candidates the context scores alike, the village of the same-named ayil aimak first ("Кара-Таш
    айылы" of Nookat district: the village of Kara-Tash ayil aimak, not the Kara-Tash of Kyrgyz-Ata)."""
    units = gazetteer().units
    villages = [uid for uid in tied if units[uid].level == "village"]
    if len(villages) < 2:
        return tied
    skeletons = {spelling_skeleton(name_key(units[uid].name_ru)) for uid in villages}
    if len(skeletons) != 1:
        return tied
    best = same_named_aimak(villages, skeletons.pop())
    return tied if best is None else [best] + [uid for uid in tied if uid != best]


def named_village(aimak: str, explicit: Iterable[str]) -> str | None:
    """The one village of ``aimak`` that the text names with a level word ("в селе Беловодское"): a
    bare or adjective mention of the aimak's name ("В Беловодском открыли ...") means it."""
    units = gazetteer().units
    own = {uid for uid in explicit if units[uid].parent == aimak and units[uid].level == "village"}
    return own.pop() if len(own) == 1 else None
