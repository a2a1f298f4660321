"""Spelling rules between Russian, Kyrgyz and Latin forms of place and organization names.

SOATE gives Russian names below district level; Kyrgyz texts spell the same
names the Kyrgyz way (Терт-Гюль / Төрт-Гүл, Джаны-Джер / Жаңы-Жер, Кек-Таш /
Көк-Таш).  ``ky_variants`` generates candidate *folded* keys for a Russian
name; the matcher is fold-tolerant, so Kyrgyz letters need not be produced.
"""

from __future__ import annotations

import re
from itertools import product

from etl.text import fold

_SEP_RE = re.compile(r"[\s\-‐‑‒–—]+")


def name_key(name: str) -> str:
    """Matching key of a name: folded, every run of spaces/hyphens/dashes as one space."""
    return _SEP_RE.sub(" ", fold(name).strip(" -–—.,"))


def ky_variants(ru_name: str) -> set[str]:
    """Folded candidate keys for the Kyrgyz spelling of a Russian place name."""
    base = name_key(ru_name)
    out = {base}
    soft = base.replace("дж", "ж").replace("ь", "").replace("ъ", "")
    k = soft.replace("ю", "у").replace("ия", "ыя")
    out.add(k)
    # е -> ө (folded о) happens in Kyrgyz words but not in every position: try each subset (capped).  Russian
    # texts also mix both spellings ("Озгорюшский" for SOATE Озгерюшский), so the ю-spelling gets them too.
    for word in {k, soft}:
        positions = [i for i, ch in enumerate(word) if ch == "е" and i > 0]
        if 0 < len(positions) <= 3:
            for mask in product((False, True), repeat=len(positions)):
                chars = list(word)
                for pos, flip in zip(positions, mask, strict=True):
                    if flip:
                        chars[pos] = "о"
                out.add("".join(chars))
        elif positions:
            out.add(word.replace("е", "о"))
    # Russian "-ий"/"-ый" endings of adjectives that became names, and final soft forms.
    if k.endswith("ий") or k.endswith("ый"):
        out.add(k[:-2] + "ы")
    # Russian "-ово/-ево/-ино" village names lose the neuter ending in Kyrgyz (Боконбаево / Бөкөнбаев).
    if re.search(r"(?:ов|ев|ин|ын)о$", k) and len(k) > 5:
        out |= {v[:-1] for v in out if v.endswith("о")}
    # Russian spelling never writes ы after ж or ш: SOATE's Ат-Башы is "Ат-Баши" in Russian texts.
    out |= {re.sub(r"(?<=[жш])ы", "и", v) for v in out if re.search(r"[жш]ы", v)}
    # Russian texts write дж where SOATE or Kyrgyz has ж (Джети-Огуз / Жети-Огуз).
    out |= {re.sub(r"(^|\s)ж", r"\1дж", v) for v in list(out)}
    return {v for v in out if v}


def russian_dzh_variants(name: str) -> set[str]:
    """Russian spellings of an adjective stem that SOATE writes the Kyrgyz way: 'Кара-Кулжинский' is
    written 'Кара-Кульджинский' in Russian texts, 'Массынский' 'Массинский' (folded keys)."""
    key = name_key(name)
    out = {re.sub(r"(?<=[лнр])ж", "дж", key), re.sub(r"(?<=л)ж", "ьдж", key)}
    if key.endswith("ын") and len(key) > 4:
        out.add(key[:-2] + "ин")  # 'Массынский' is written 'Массинский'
    out.discard(key)
    return out


_ADJ_SUFFIX_RE = re.compile(r"(ский|ская|ское|ской|ского|ском|ских|ские)$")


def adjective_stem(ru_adjective: str) -> str | None:
    """'Кара-Булакский' -> 'Кара-Булак' (the Russian adjective's stem before -ский)."""
    m = _ADJ_SUFFIX_RE.search(ru_adjective)
    if not m:
        return None
    return ru_adjective[: m.start()]


def noun_candidates(stem: str) -> set[str]:
    """Noun names a Russian adjective stem may come from (folded keys).

    'Ат-Башын' -> 'ат башы'; 'Сумбулин' -> 'сумбул', 'сумбула'; 'Ак-Суй' -> 'ак суу';
    'Тогуз-Тороу' -> 'тогуз торо'; 'Каракол' stays.
    """
    key = name_key(stem)
    out = {key}
    if key.endswith("ин") and len(key) > 4:
        out |= {key[:-2], key[:-2] + "а", key[:-2] + "я"}
    if key.endswith(("ын", "ун", "ан", "ян")) and len(key) > 4:
        out.add(key[:-1])
    if key.endswith("уй"):
        out.add(key[:-1] + "у")
    if key.endswith("оу"):
        out.add(key[:-1])
    if key.endswith("ь"):
        out.add(key[:-1])
    return out


_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def to_latin(name: str) -> str:
    """Latin spelling of a Cyrillic name (Kyrgyz-style: ж→j, ң→n), keeping case and hyphens."""
    out: list[str] = []
    for i, ch in enumerate(name):
        low = ch.lower()
        lat = _LATIN.get(low)
        # A soft or hard sign before е or о is a y sound: Ананьево is Ananyevo, «Компаньон» Kompanyon (the
        # firm writes Kompanion), as the labels and maps write them; dropped, the vowel would lose its y.
        if low in "ьъ" and name[i + 1:i + 2].lower() in ("е", "о"):
            lat = "y"
        if lat is None:
            out.append(ch)
        elif ch != low and lat:
            out.append(lat[0].upper() + lat[1:])
        else:
            out.append(lat)
    return "".join(out)
