"""One unseen organization whose quoted name is translated between the language parts of a report.

A bilingual report writes «Бакай-Ата жаштары» коомдук бирикмеси in its Kyrgyz part and ОО «Молодёжь
Бакай-Аты» in its Russian part, «Аксы аялдары» and «Женщины Аксы», «Ноокат фермерлери» and «Фермеры
Ноокат»: the same body, its words translated and its place declined.  Each quoted name is reduced to
a language-free key (its place by the gazetteer's English name, its other words by the glossary's English
word, order ignored); two names of the same kind with the same key, at least one word translated and
one place, are one organization and take the first name the document gives it in English words (else its
first name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from etl.reference.org_glossary import glossary
from etl.reference.org_places import place_name
from etl.reference.translit import adjective_stem

_WORD = re.compile(r"[^\W\d_]+(?:[-‐–][^\W\d_]+)*")
_PLACE_LEVELS = ("city", "town", "rayon", "oblast", "village", "ayil_aimak")
# Kyrgyz plural possessives and Russian plural nominatives the glossary lists in another form.
_KY_POSSESSIVE = re.compile(r"(?:лар|лер|дар|дер|тар|тер|лор|лөр|дор|дөр|тор|төр)(?:ы|и|у|ү)$")
_RU_FORMS = {"молодежь": "Youth", "молодёжь": "Youth", "женщины": "Women's", "фермеры": "Farmers",
             "ветераны": "Veterans", "учителя": "Teachers", "предприниматели": "Entrepreneurs"}


class _Named(Protocol):
    org_id: str | None
    name: str
    kind: str
    quoted: str


def _fold(word: str) -> str:
    return word.lower().replace("ң", "н").replace("ө", "о").replace("ү", "у").replace("ё", "е")


def _english_word(word: str) -> str | None:
    """The glossary's English for a Kyrgyz or Russian word (Kyrgyz possessive or Russian plural too), a
    head noun with its ending ("Борбору", "центр") or a Russian adjective ("молодёжный")."""
    gl = glossary()
    low = _fold(word)
    if low in _RU_FORMS:
        return _RU_FORMS[low]
    for key in (low, low[:-1] if _KY_POSSESSIVE.search(low) else ""):
        for lang in ("ky", "ru"):
            entry = gl.desc.get(lang, {}).get(key) if key else None
            if entry is not None:
                return entry.english
    for table in (gl.heads.get("ky", {}), gl.heads.get("ru", {}), gl.desc.get("ru_adj", {})):
        stem = next((k for k in table if " " not in k and low.startswith(k) and len(low) - len(k) <= 3), None)
        if stem is not None:
            return table[stem].english
    return None


def _place(word: str) -> str | None:
    """A place, also in the Russian genitive of a name on "-а" ("Молодёжь Бакай-Аты")."""
    found = place_name(word, _PLACE_LEVELS, genitive=True)
    if found is None and word[-1:] in ("ы", "и"):
        found = place_name(word[:-1] + "а", _PLACE_LEVELS)
    if found is None and (stem := adjective_stem(word)):  # "Сокулукский молодёжный центр"
        found = place_name(stem, _PLACE_LEVELS)
    return found


def translation_key(quoted: str) -> frozenset[str] | None:
    """Language-free key of a quoted name: None unless it has a known place and a translated word,
    and every word is one or the other."""
    tokens: set[str] = set()
    place = translated = False
    for m in _WORD.finditer(quoted):
        word = m.group()
        english = _english_word(word)
        if english is not None:
            tokens.add("w:" + english)
            translated = True
            continue
        found = _place(word) if word[:1].isupper() else None
        if found is None:
            return None
        tokens.add("p:" + found)
        place = True
    return frozenset(tokens) if place and translated else None


def unify_translated_names(hits: Sequence[_Named]) -> None:
    """Give every unseen quoted name the first name of its translation group (in place)."""
    groups: dict[tuple[str, frozenset[str]], list[_Named]] = {}
    for h in hits:
        if h.org_id is not None or not h.quoted or "«" in h.quoted:
            continue
        key = translation_key(h.quoted)
        if key is not None:
            groups.setdefault((h.kind, key), []).append(h)
    for (_, key), group in groups.items():
        # a capitalized Kyrgyz name is transliterated («Ала-Бука Жаштар Борбору»: "Ala-Buka Jashtar Borboru"),
        # but where the report also gives it translated («Молодежный центр Ала-Бука») the translation is its name
        words = [t[2:] for t in key if t.startswith("w:")]
        name = next((h.name for h in group if all(w in h.name for w in words)), None)
        if name is None:
            name = _translated(group) if len({h.quoted for h in group}) > 1 else group[0].name
        for h in group:
            h.name = name


def _translated(group: Sequence[_Named]) -> str:
    """The first name of ``group`` with its quoted proper name translated ("Sokuluk Jashtar Borboru Public
    Association" → "Sokuluk Youth Centre Public Association"), else the first name."""
    from etl.reference.unseen_names import latin_name, translated_name

    for h in group:
        latin = latin_name(h.quoted)
        if latin in h.name and (english := translated_name(h.quoted, proper_too=True)) is not None:
            return h.name.replace(latin, english)
    return group[0].name


class _Spanned(_Named, Protocol):
    start: int
    end: int


# "«Тең мүмкүнчүлүк» коомдук бирикмеси / Общественное объединение «Равные возможности»": a bilingual heading
# or signature gives one body in both languages side by side, split by a slash or a bar.
_SIDE_BY_SIDE = re.compile(r"[^\S\n]*[/|][^\S\n]*")


def unify_side_by_side(hits: Sequence[_Spanned], text: str) -> None:
    """An unseen quoted name written right after another one of the same kind across a slash takes its name,
    and so does every other mention of that quoted name (in place)."""
    renames: dict[str, str] = {}
    for a, b in zip(hits, hits[1:], strict=False):
        if a.org_id is None and b.org_id is None and a.quoted and b.quoted and a.kind == b.kind \
                and a.quoted != b.quoted and _SIDE_BY_SIDE.fullmatch(text, a.end, b.start):
            renames.setdefault(b.quoted, a.name)
    for h in hits:
        if h.org_id is None and h.quoted in renames:
            h.name = renames[h.quoted]
