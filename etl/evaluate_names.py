"""Name keys for scoring: spelling-tolerant place keys and alias groups of organizations and projects.

Split from ``etl.evaluate`` so the scorer's notion of "the same name" lives in one small module
that the benchmark's correctness check and the label tests share.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

# The contract README: Swiss Embassy / SDC / Government of Switzerland all mean the Swiss donor.
BUILTIN_EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("Government of Switzerland", "Embassy of Switzerland in the Kyrgyz Republic", "Swiss Embassy",
     "Embassy of Switzerland", "SDC", "Swiss Agency for Development and Cooperation", "Switzerland"),
)


# ---------------------------------------------------------------- matching keys

_CYR = dict(zip("абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "j", "z", "i", "i", "k", "l", "m", "n", "n", "o", "o",
                 "p", "r", "s", "t", "u", "u", "f", "h", "c", "ch", "sh", "sh", "", "y", "", "e", "iu", "ia"],
                strict=True))
# ң is romanised "ng" (Chong-Alay, Teng Ukuk) or "n" (Chon-Alay, Ten Mumkunchuluk), by the same writers too
_LATIN_FOLDS = (("ng", "n"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("ts", "c"), ("w", "v"),
                ("x", "ks"), ("q", "k"), ("ü", "u"), ("ö", "o"), ("ñ", "n"), ("y", "i"))

_SOFT_VOWEL = re.compile(r"(?<=[bcdfghjklmnprstvz])i+([ua])")


def name_skeleton(name: str) -> str:
    """A spelling-tolerant key: transliterated, no case, hyphens, spaces or doubled letters."""
    s = "".join(_CYR.get(ch, ch) for ch in name.casefold())
    for a, b in _LATIN_FOLDS:
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]", "", s)
    # ю and я after a consonant are written yu/ya or u/a (Inklyuziya = Inkluziya, Tyulpar = Tulpar)
    s = _SOFT_VOWEL.sub(r"\1", s)
    return re.sub(r"(.)\1+", r"\1", s)


def place_key(place: str) -> str:
    """SOATE codes compare exactly; ``name@parent`` by name skeleton and exact parent code."""
    if "@" not in place:
        return place.strip()
    name, _, parent = place.rpartition("@")
    return f"{name_skeleton(name)}@{parent.strip()}"


def text_key(name: str) -> str:
    """Case, quote and punctuation insensitive key for organization and project names."""
    s = re.sub(r"[\W_]+", " ", name.casefold()).strip()
    return re.sub(r"^the ", "", s)


def spelling_key(name: str) -> str:
    """``text_key`` that also ignores transliteration choices (Chon-Alay = Chon-Alai, Chuy = Chui).

    An analyst (and any outside judge) reads two romanisations of one Kyrgyz name as the same
    organization; only the alias groups say that two different names are one body.
    """
    return name_skeleton(_same_body_words(text_key(name)))


# One Russian or Kyrgyz body word has several English renderings, and labellers use them all: мэрия is a
# "City Hall", a "Town Hall" or a "Mayor's Office", a city's кенеш a "Kenesh" or a "Council", МЧС's district
# office an "Emergency Department" or an "Emergency Situations Department", a "Department of Internal Affairs"
# or an "Internal Affairs Department".
_BODY_WORDS = (
    (re.compile(r"(?:\bcity )?\b(?:mayor s office|mayoralty|mayor office|city hall|town hall)\b"), "city hall"),
    # a city's or oblast's кенеш is its council: "Talas City Kenesh" and "Talas City Council" are one body
    (re.compile(r"\b(city|town|oblast|district) kenesh\b"), r"\1 council"),
    (re.compile(r"\bemergency situations\b"), "emergency"),
    (re.compile(r"\bdepartment of (internal affairs|emergency|finance|education|health|agriculture)\b"),
     r"\1 department"),
    # An embassy is the one its country keeps here: labellers write "Embassy of Japan" and "Embassy of
    # Finland in the Kyrgyz Republic" alike (holdout12 both ways in one set).
    (re.compile(r"^(embassy of .+?) in (?:the )?(?:kyrgyz republic|kyrgyzstan|bishkek)$"), r"\1"),
)


def _same_body_words(key: str) -> str:
    for pattern, replacement in _BODY_WORDS:
        key = pattern.sub(replacement, key)
    return key


class Canonicalizer:
    """Maps name variants to one canonical name: union of alias groups, else the spelling key."""

    def __init__(self, groups: Iterable[Sequence[str]] = ()) -> None:
        self._parent: dict[str, str] = {}
        self._display: dict[str, str] = {}
        for group in groups:
            self.add_group(group)

    def _find(self, k: str) -> str:
        while self._parent.get(k, k) != k:
            k = self._parent[k]
        return k

    def add_group(self, names: Sequence[str]) -> None:
        keys = [spelling_key(n) for n in names if n and spelling_key(n)]
        if not keys:
            return
        roots = [self._find(k) for k in keys]
        # An earlier group keeps its canonical name when a later one overlaps it.
        root = next((r for r in roots if r in self._display), roots[0])
        self._display.setdefault(root, names[0])
        for other in roots:
            if other != root:
                self._parent[other] = root

    def __call__(self, name: str) -> str:
        root = self._find(spelling_key(name))
        return self._display.setdefault(root, name.strip())


_NOTE = re.compile(r"\s*\([a-z][a-z ,.'-]*\)\s*$")
# Labellers cite the report an alias comes from ("ОО «Ынтымак Ысык-Ата» (017)", "… (018, typed without ң/ө/ү)"):
# a pointer into the set, never part of the name.
_REPORT_NOTE = re.compile(r"\s*\(\d{3}\b[^()]*\)\s*$")
# A project alias is often the sentence around the title ("«Айыл кооперативдерине колдоо» долбоорунун",
# 'the project "X"'); the quoted title alone is how the report names it.
_QUOTED_TITLE = re.compile(r"[«\"“„]([^«»\"“”„]{3,})[»\"”“]")
# The word that says what a title is ("«X» долбоору", "проект «X»", '"X" initiative') is no part of the name.
_PROJECT_WORD = re.compile(
    r"^(?:проект[а-я]*|программ[а-я]*|инициатив[а-я]*|project|programme|program|initiative)\s+(?=[«\"“'][^«»\"“”]*[»\"”']$)"
    r"|(?<=[»\"”'])\s+(?:долбоор\w*|программа\w*|демилге\w*|проект\w*|project|programme|program|initiative)$",
    re.IGNORECASE)


_GENERIC_ALIAS = re.compile(r"[^A-ZА-ЯЁӨҮҢ0-9\"'«»“”„]*")


def split_aliases(cell: str) -> list[str]:
    return [a.strip().strip("`").strip() for a in re.split(r"[;|]", cell) if a.strip().strip("`").strip()]


def groups_from_orgs_md(path: Path, section: str = "organizations") -> list[list[str]]:
    """Table rows ``| canonical | ... | aliases; ... |`` under the ``## <section>`` heading."""
    if not path.exists():
        return []
    groups, current = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            current = line.lstrip("#").strip().lower()
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        # "## Projects (fixtures 970–984)" is still the projects table: merged halves label their headings.
        if current.split(" (")[0] != section or not line.lstrip().startswith("|") or len(cells) < 2:
            continue
        if set(cells[0]) <= set("-: ") or cells[0].lower() in {"canonical name", "project"}:
            continue
        aliases = split_aliases(cells[-1])
        aliases += [bare for a in aliases if (bare := _REPORT_NOTE.sub("", a)) != a and bare]
        if section == "organizations":
            # A generic word in the alias column ("the ministry", "мэрия") would join every row that uses it:
            # Naryn and Osh city halls would score as one body.  A name has a capital, a digit or quotes.
            aliases = [a for a in aliases if not _GENERIC_ALIAS.fullmatch(a)]
        if section == "projects":
            # Labellers note how a title is typed ('"…" (without diacritics)') or keep the word that
            # introduces it ('"…" долбоору'); neither is part of the title.  Organizations keep their
            # notes: '(after мэрия города Нарын)' keeps a generic name apart.
            aliases += [bare for a in aliases if (bare := _NOTE.sub("", a)) != a]
            aliases += [bare for a in aliases if (bare := _PROJECT_WORD.sub("", a)) != a]
            aliases += [title.strip() for a in aliases for title in _QUOTED_TITLE.findall(a)]
        groups.append([cells[0], *aliases])
    return groups


def groups_from_registry(folder: Path, prefix: str) -> list[list[str]]:
    """Alias groups from ``<prefix>*.csv`` in the reference data, whatever its exact columns."""
    groups: list[list[str]] = []
    for path in sorted(folder.glob(f"{prefix}*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            # a file may open with "#" comment lines (as the registry reader allows): not the header
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                row = {(k or "").strip().lower(): (v or "") for k, v in row.items()}
                canonical = next((row[c] for c in ("canonical_name", "name_en", "canonical", "name")
                                  if row.get(c)), "")
                names = [canonical] + [v for k, v in row.items()
                                       if k.startswith(("name", "acronym", "short")) and v]
                for k, v in row.items():
                    if "alias" in k or "variant" in k:
                        names += split_aliases(v)
                if canonical:
                    groups.append(names)
    return groups


# ---------------------------------------------------------------- name variants of one body

# Words that say what kind of body a name is, not which one: "Jash Balykchy Youth Association" and "Jash
# Balykchy Youth Public Association", "Taldoo Public Foundation" and "Taldoo Economic Research Centre Public
# Foundation" are one NGO.  Words that tell bodies of one place apart (administration, department, hall,
# ministry, education, …) stay distinctive.
_FORM_WORDS = frozenset(
    "public association foundation fund union company llc ltd cooperative cooperatives agricultural ngo npo "
    "organization organisation of the and for in kyrgyzstan kyrgyz republic kr".split())


def distinctive_words(name: str) -> frozenset[str]:
    """The words that tell one body from another, as spelling-tolerant skeletons."""
    words = re.split(r"[\s,./()«»\"“”']+", _same_body_words(text_key(name)))
    return frozenset(name_skeleton(w) for w in words if w and w not in _FORM_WORDS and name_skeleton(w))


def same_body(a: str, b: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether two names plausibly name one body: one's distinctive words contain the other's, and the
    smaller holds two words or one that is no place name ("Naryn Public Foundation" is not every Naryn body)."""
    wa, wb = distinctive_words(a), distinctive_words(b)
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not small or not small <= large:
        return False
    return small == large or len(small) >= 2 or next(iter(small)) not in places
