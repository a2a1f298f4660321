"""Glossary of the words descriptive organization names are made of (``data/org_name_glossary.csv``).

An analyst renders "Нарын облустук аялдар кеңеши" as "Naryn Oblast Women's Council": the place by
its gazetteer name, the descriptive words translated, the head noun as its English kind.  Rows:
``lang`` (ky, ru, en), ``role`` (head: the noun that names the body; desc: a Kyrgyz modifier or an
English word; adj: a Russian adjective stem, any ending; gen: a Russian genitive complement written
out), ``form`` (folded: lowercase, ң ө ү ё as н о у е, hyphens as spaces), ``english`` and ``kind``
(a head's organization kind; "government" on a descriptor makes the body a state one).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data" / "org_name_glossary.csv"


@dataclass(frozen=True, slots=True)
class Entry:
    english: str
    kind: str


@dataclass(frozen=True, slots=True)
class Glossary:
    heads: dict[str, dict[str, Entry]]  # lang -> folded stem -> entry
    desc: dict[str, dict[str, Entry]]  # lang -> folded words (exact, or a stem for "adj") -> entry
    longest: int  # the most words any descriptor has


def _key(form: str) -> str:
    return " ".join(form.lower().replace("-", " ").split())


@cache
def glossary() -> Glossary:
    heads: dict[str, dict[str, Entry]] = {}
    desc: dict[str, dict[str, Entry]] = {}
    longest = 1
    with _DATA.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            entry = Entry(row["english"], row["kind"])
            key = _key(row["form"])
            if row["role"] == "head":
                heads.setdefault(row["lang"], {})[key] = entry
            else:
                lang = "ru_adj" if row["role"] == "adj" else row["lang"]
                desc.setdefault(lang, {})[key] = entry
                longest = max(longest, len(key.split()))
    return Glossary(heads, desc, longest)
