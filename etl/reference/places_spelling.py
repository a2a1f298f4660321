"""A settlement spelled otherwise than the gazetteer spells it: Kyrgyz and Russian texts write the
same village as Бүргөндү, Бюргөндү, Бюргенду (SOATE: Бюргендю), Гүлчө (Гульча), Күрмөнтү or
Кюрменты (Кюрментю), Масы (Массы).  A name the exact keys miss, written with a village or ayil
aimak level word, is looked up by a spelling skeleton among the units of the district or town its
text names: consonants (дж = ж, soft signs dropped, doubled letters once), the number of vowels and
the first vowel's class.  Vowel harmony changes later vowels (Гульча / Гүлчө) but seldom the first
one or the count; the named parent keeps the loose key from reaching a village elsewhere."""

from __future__ import annotations

import re
from functools import cache

from etl.reference.gazetteer import NOUN, gazetteer
from etl.reference.morph import LEVEL_ADMITS
from etl.reference.translit import name_key

_VOWEL_CLASS = {"а": "a", "я": "a", "е": "e", "э": "e", "о": "e", "ё": "e", "у": "u", "ю": "u",
                "ы": "i", "и": "i"}
_CYRILLIC = re.compile("[а-я]")
_SKELETON_LEVELS = frozenset({"village", "town", "ayil_aimak", "settlement"})


def spelling_skeleton(key: str) -> str:
    """The loose key of a folded name key ("бюргонду", "бюргенду", "бургенду" -> "бргнд3u")."""
    # Russian writes Kyrgyz "йы" as "и" (Кайыңды / Каинды, Сайыл / Саил), and SOATE sometimes as "иы" (Каиынды)
    key = key.replace("дж", "ж").replace("ь", "").replace("ъ", "").replace("йы", "и").replace("йи", "и").replace("иы", "и")
    words = []
    for word in key.split(" "):
        consonants: list[str] = []
        vowels, first, prev = 0, "", ""
        for ch in word:
            cls = _VOWEL_CLASS.get(ch)
            if cls:
                vowels += 1
                first = first or cls
            elif ch != prev:
                consonants.append(ch)
            prev = ch
        words.append(f"{''.join(consonants)}{vowels}{first}")
    return " ".join(words)


@cache
def _skeleton_index() -> dict[str, tuple[str, ...]]:
    gaz = gazetteer()
    index: dict[str, set[str]] = {}
    for key, entries in gaz.keys.items():
        if not _CYRILLIC.search(key):
            continue
        for uid, kind in entries:
            if kind == NOUN and gaz.units[uid].level in _SKELETON_LEVELS:
                index.setdefault(spelling_skeleton(key), set()).add(uid)
            elif gaz.units[uid].level == "ayil_aimak" and key.endswith("н") and len(key) > 4:
                # SOATE names most aimaks only as adjectives ("Ак-Дебенский"): the noun is the stem
                # without its suffix's н, as a Kyrgyz text writes it ("Ак-Дөбө айыл аймагы")
                index.setdefault(spelling_skeleton(key[:-1]), set()).add(uid)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def respelled_unit(name: str, level: str, parent: str | None) -> str | None:
    """The one unit of ``level`` inside ``parent`` whose name has ``name``'s skeleton, if any."""
    if parent is None:
        return None
    units = gazetteer().units
    admitted = LEVEL_ADMITS.get(level, ())
    found = [uid for uid in _skeleton_index().get(spelling_skeleton(name_key(name)), ())
             if units[uid].level in admitted and parent in units[uid].ancestors]
    return found[0] if len(found) == 1 else None
