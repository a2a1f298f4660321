"""Shared pieces of the descriptive-phrase readers (``org_phrases``, ``org_phrase_ru``): the words
around a head noun, the glossary descriptors read leftwards from it, and the English name composed
from place, level, descriptors and head.

Split from ``org_phrases`` (which was over 400 lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.reference.org_glossary import Entry, glossary

TOKEN = re.compile(r"[^\W\d_]+(?:[-‐–'’][^\W\d_]+)*")
GAP = re.compile(r"[^\S\n]+")
LEVELS = {"Oblast": ("oblast",), "District": ("rayon",), "City": ("city", "town"),
           "": ("city", "town", "rayon", "oblast", "village", "ayil_aimak")}
_KY_GEN = re.compile(r"(?:[дтн][ыиу]н)$")


@dataclass(slots=True)
class Phrase:
    start: int
    end: int
    name: str  # canonical English name
    kind: str
    quoted: bool = False  # "«Ак-Суу» суу пайдалануучулар бирикмеси": a proper name, no background phrase
    proper: str = ""  # that proper name as written inside its quotes


def fold_word(word: str) -> str:
    return (word.lower().replace("ң", "н").replace("ө", "о").replace("ү", "у").replace("ё", "е")
            .replace("’", "'").replace("-", " ").replace("‐", " ").replace("–", " "))


def head_stem(word: str, table: dict[str, Entry]) -> str | None:
    """The longest head stem of ``table`` the word opens with (ассоциациясы: ассоциация, not ассоциаци)."""
    for k in range(len(word), 2, -1):  # a plain loop: this runs for every word a head stem opens
        if word[:k] in table:
            return word[:k]
    return None


def words_before(text: str, start: int, limit: int = 8) -> list[tuple[int, int]]:
    """Spans of the words right before ``start``, nearest last, separated by spaces only."""
    out: list[tuple[int, int]] = []
    pos = start
    for _ in range(limit):
        gap = pos
        while gap > 0 and text[gap - 1] in " \t\u00a0":
            gap -= 1
        if gap == pos or gap == 0:
            break
        end = gap
        s = end
        while s > 0 and (text[s - 1].isalpha() or text[s - 1] in "-‐–'’" and s > 1 and text[s - 2].isalpha()):
            s -= 1
        if s == end or not text[s].isalpha():
            break
        out.append((s, end))
        pos = s
    out.reverse()
    return out


def words_after(text: str, end: int, limit: int = 8) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = end
    for _ in range(limit):
        gap = GAP.match(text, pos)
        if gap is None:
            break
        m = TOKEN.match(text, gap.end())
        if m is None:
            break
        out.append((m.start(), m.end()))
        pos = m.end()
    return out


def desc_left(text: str, words: list[tuple[int, int]], table: dict[str, Entry], stems: bool = False,
               ky_gen: bool = False) -> tuple[int, list[Entry]]:
    """The descriptors that end right before the head, read leftwards (longest entry first):
    the index of the first one and the entries in text order."""
    i = len(words)
    found: list[Entry] = []
    longest = glossary().longest
    # each word folded once, not once per candidate run of words (the fold maps characters one by one,
    # and a space stays a space, so joining folded words is folding the joined words)
    folded = [fold_word(text[s:e]) for s, e in words]
    while i > 0:
        for n in range(min(longest, i), 0, -1):
            key = " ".join(folded[i - n:i])
            entry = table.get(key)
            if entry is None and ky_gen and _KY_GEN.search(key):
                entry = table.get(key[:-3])  # "аялдардын кеңеши", "суу пайдалануучулардын": a genitive modifier
            if entry is None and stems and n == 1:
                entry = next((v for k, v in table.items() if key.startswith(k) and len(key) - len(k) <= 3), None)
            if entry is not None:
                found.insert(0, entry)
                i -= n
                break
        else:
            break
    return i, found


# the adjective a glossary word gives ("айыл чарба кооперативи": an Agricultural Cooperative) and the noun of
# the same field that names a state department, as the labels and the English press write it
_FIELD_NOUNS = {"Agricultural": "Agriculture", "Educational": "Education", "Financial": "Finance"}


def compose(place: str | None, level: str, descs: list[Entry], head: Entry, proper: str = "") -> Phrase | None:
    words = [w for w in (proper, place or "", level if place else "") if w]
    english = [d.english for d in descs]
    if head.english == "Department":  # a state department is named by its field: "Agriculture Department"
        english = [_FIELD_NOUNS.get(w, w) for w in english]
    if head.english == "Hospital":  # "аймактык оорукана" is the Kyrgyz for a territorial hospital (территориальная больница)
        english = ["Territorial" if w == "Regional" else w for w in english]
    deduped = [w for k, w in enumerate(english) if k == 0 or w != english[k - 1]]
    of = [w for w in deduped if " of " in w]
    if of:  # "Союз организаций инвалидов «Мекен»": members named by an "of" phrase follow the head
        # ("Meken Union of Organizations of Persons with Disabilities"), never stand before it
        name = " ".join([*words, *(w for w in deduped if w not in of), head.english, "of", *of])
    else:
        name = " ".join([*words, *deduped, head.english])
    kind = "government" if any(d.kind == "government" for d in descs) else head.kind
    return Phrase(0, 0, name, kind)


def complete_head(head: Entry) -> bool:
    """A head that names the body whole ("ЦСМ", "ҮМБ": a family medicine centre) needs no other word."""
    return " " in head.english


def with_span(phrase: Phrase | None, start: int, end: int) -> Phrase | None:
    if phrase:
        phrase.start, phrase.end = start, end
    return phrase
