"""Organization and project registries: CSV files under ``data/`` compiled into matchers.

Organizations come from ``organizations.csv``, ``organizations_more.csv``, ``organizations_kg.csv``,
``organizations_ext.csv`` and ``organizations_world.csv`` (same columns; the later files hold further donors,
INGOs, foundations, foreign ministries, state bodies, state companies, banks, embassies, media, NGOs and
universities active in Kyrgyzstan).

Alias syntax (``|``-separated in the ``aliases`` column):

- words are matched fold-tolerantly, hyphens and spaces alike, quotes allowed between words;
- ``word*`` lets that word continue (Kyrgyz/Russian inflection inside a name:
  "Правительств* Швейцари*" matches "Правительства Швейцарии");
- the last plain word may carry a Kyrgyz/Russian case ending ("ЮНФПАнын", "ПРООНдун");
- an all-capitals alias ("ЕС", "БУУ УНП", "UNDP") is an acronym: the text must be
  in capitals too, so "ЕС" never matches "если";
- an alias opening with "^" must open with a capital in the text: "^Социальн* фонд*" is the state
  Social Fund ("сотрудники Социального фонда"), not any "социальный фонд".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from etl.reference.translit import name_key

_QUOTES = "«»“”\"„'‘’"
_SEP = rf"[\s,{_QUOTES}]+"
_ANY_QUOTE = f"[{_QUOTES}]"
_CYRILLIC_CAPITAL = re.compile("[А-ЯЁӨҮҢ]")
# Kyrgyz writes "development" as the causative or the plain verbal noun: "Ислам өнүктүрүү банкы" and
# "Ислам өнүгүү банкы" are one bank (keys as name_key folds them)
_KY_SYNONYMS = {name_key("өнүктүрүү"): name_key("өнүгүү")}


@dataclass(frozen=True, slots=True)
class OrgEntry:
    org_id: str
    name: str
    acronym: str
    kind: str
    role_hint: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProjectEntry:
    project_id: str
    name: str
    donor: str  # org_id of the donor, or ""
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Alias:
    owner: str  # org_id or project_id
    text: str
    first: str  # folded literal the automaton looks for
    pattern: re.Pattern[str]  # matched on the folded text at the hit
    acronym: bool
    open_end: bool  # the alias ends with a wildcard word
    capital: bool = False  # "^…": the text must open the name with a capital


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("etl.reference").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def is_acronym(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters) and len(alias) <= 12


def compile_alias(owner: str, alias: str) -> Alias | None:
    capital = alias.startswith("^")
    alias = alias.removeprefix("^")
    words = [w for w in re.split(r"[\s\-‐–—]+", alias.strip()) if w]
    if not words:
        return None
    parts = []
    for i, w in enumerate(words):
        wild = w.endswith("*")
        lit = name_key(w.rstrip("*")).replace(" ", "")
        # a quote in an alias stands for any quote: texts write «Аялдар демилгеси» and "Аялдар демилгеси"
        lit = "".join(_ANY_QUOTE if ch in _QUOTES else re.escape(ch) for ch in lit) + (r"\w*" if wild else "")
        if lit in _KY_SYNONYMS:
            lit = f"(?:{lit}|{_KY_SYNONYMS[lit]})"
        if w.rstrip("*").endswith("."):
            lit += r"\.?"  # "U.S. Embassy": the abbreviation's last dot before the next word
        if i and _CYRILLIC_CAPITAL.match(w):
            lit = f"(?:имени{_SEP})?" + lit  # "Фонда имени Фридриха Эберта" is the "Фонд* Фридриха Эберта"
        parts.append(lit)
    first = name_key(words[0].rstrip("*")).replace(" ", "")
    if len(first) == 1 and len(words) > 1 and first.isalpha():
        # "Y-PEER": a one-letter first word is too short a key; the folded text reads "y peer"
        first += " " + name_key(words[1].rstrip("*")).replace(" ", "")
    if first[:1] in _QUOTES:  # the scanner looks for the word; the quote before it is checked behind it
        first = first.lstrip(_QUOTES)
        parts[0] = f"(?<={_ANY_QUOTE})" + parts[0].removeprefix(_ANY_QUOTE)
    if len(first) < 2:
        return None
    pattern = re.compile(_SEP.join(parts).replace(r"\.", r"\.?"))
    return Alias(owner, alias, first, pattern, is_acronym(alias), words[-1].endswith("*"), capital)


def any_alias(aliases: list[Alias]) -> re.Pattern[str]:
    """Matches where at least one of ``aliases`` does: an alternation (no groups) succeeds at a
    position exactly when one of its alternatives does, so one call rules out a whole group."""
    return re.compile("|".join(f"(?:{a.pattern.pattern})" for a in aliases))


@cache
def organizations() -> dict[str, OrgEntry]:
    out: dict[str, OrgEntry] = {}
    for row in (*_rows("organizations.csv"), *_rows("organizations_more.csv"), *_rows("organizations_kg.csv"),
                *_rows("organizations_ext.csv"), *_rows("organizations_world.csv")):
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        out[row["org_id"]] = OrgEntry(row["org_id"], row["canonical_name"], row["acronym"], row["kind"],
                                      row["role_hint"], aliases)
    return out


@cache
def projects() -> dict[str, ProjectEntry]:
    out: dict[str, ProjectEntry] = {}
    for row in _rows("projects.csv"):
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        out[row["project_id"]] = ProjectEntry(row["project_id"], row["canonical_name"], row["donor"], aliases)
    return out


@cache
def org_aliases() -> tuple[Alias, ...]:
    out = []
    for org in organizations().values():
        for alias in dict.fromkeys((org.name, *org.aliases)):  # file order: the same patterns in every process
            compiled = compile_alias(org.org_id, alias)
            if compiled:
                out.append(compiled)
    return tuple(out)


@cache
def project_aliases() -> tuple[Alias, ...]:
    out = []
    for proj in projects().values():
        for alias in dict.fromkeys((proj.name, *proj.aliases)):
            compiled = compile_alias(proj.project_id, alias)
            if compiled:
                out.append(compiled)
    return tuple(out)
