"""Unseen organizations in English text, known by the head noun that ends (or opens) their name.

English reports capitalize a body's name, so "the Kyrgyz Veterinary Chamber", "the Union of Water
User Associations of Kyrgyzstan", "the Osh Oblast Employment Centre", "the Leilek District Civil
Registry Office" and "the Ak-Keme LLC" are names as written: the capitalized words up to an
organization's head noun, and an "of …" complement that is capitalized too.  A head that names a
building as often as a body ("Centre", "Office", "Department") counts only after a district, oblast
or city ("Osh Oblast Employment Centre" is a state body; "the Youth Centre" is a venue).  A head with
a quoted name after it ('the Legal Clinic "Adilet"') takes that name: "Legal Clinic Adilet".

Runs only on the heads' occurrences (a substring search per head), so other texts pay nothing.
"""

from __future__ import annotations

import re

from etl.gates import Gate

# head noun → kind; the kinds are the registry's
_HEADS = {"Chamber": "association", "Union": "association", "Association": "association",
          "Associations": "association", "Federation": "association", "Council": "association",
          "Clinic": "ngo", "Institute": "ngo", "Cooperative": "business", "LLC": "business",
          "Company": "business", "Enterprise": "business",
          # "funded by the Oak Foundation", "with funding from the World Diabetes Foundation": a capitalized
          # name before Foundation/Fund/Trust is a body; its cue says whether it funds or only attends
          "Foundation": "international_org", "Fund": "international_org", "Trust": "international_org"}
# heads that are state bodies when a place level precedes them, and venues or rooms otherwise
_LEVEL_HEADS = ("Centre", "Center", "Office", "Department", "Service", "Inspectorate")
_LEVELS = ("District", "Oblast", "City", "Region", "Town")
_CAP = r"[A-Z][\w'’.-]*"
_WORDS_BEFORE = re.compile(rf"(?<![\w'’-])((?:{_CAP}[^\S\n]+){{1,5}})$")
_TAIL_CAP = r"[A-Z][\w'’-]*"  # no period: "… of Continuous Education. The next course" ends at the sentence
_OF_TAIL = re.compile(
    rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?{_TAIL_CAP}(?:[^\S\n]+(?:and[^\S\n]+|of[^\S\n]+(?:the[^\S\n]+)?)?{_TAIL_CAP}){{0,5}}")
# a unit's parent may run longer: "… Office of the State Inspectorate for Veterinary and Phytosanitary Safety"
_UNIT_OF_TAIL = re.compile(
    rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?({_TAIL_CAP})(?:[^\S\n]+(?:and[^\S\n]+|of[^\S\n]+|for[^\S\n]+)?{_TAIL_CAP}){{0,7}}")
# the first word of a state sector or service after "… District Department of"
_STATE_SECTORS = frozenset({
    "State", "Ministry", "Internal", "Emergency", "National", "Interior", "Social", "Tax", "Education", "Health",
    "Agriculture", "Justice", "Culture", "Water", "Civil", "Statistics", "Treasury", "Architecture", "Physical",
    "Youth", "Finance", "Economy", "Labour", "Labor", "Migration", "Veterinary", "Land", "Forestry", "Ecology",
    "Environmental", "Employment", "Sanitary", "Disease", "Prosecutor", "Public", "Registration", "Cadastre"})
# "certificates recognised by the X Institute": the body that stands behind a certificate was not there
_RECOGNISED_BY = re.compile(r"(?:recogni[sz]ed|accredited|endorsed)\s+by\s+(?:the\s+)?$")
_QUOTED_AFTER = re.compile(r"[^\S\n]+[\"“«]([A-Z][\w'’ -]{1,40})[\"”»]")
# capitalized words that open a sentence or date a phrase, never a name's first word
_SKIP = frozenset({"The", "A", "An", "And", "Of", "In", "On", "By", "With", "For", "At", "From", "To", "As", "This",
                   "Its", "Their", "Our", "Both", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                   "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December", "Mr.", "Ms.", "Mrs.", "Dr.",
                   # "the local NGO Chatkal Eco Tour Public Association": what the body is, not its name
                   "NGO", "INGO", "CSO", "CBO"})
_GOVERNMENT_KIND = "government"
_GENERIC = frozenset({"Municipal", "State", "Public", "Private", "Agricultural", "Joint-Stock", "Limited", "Local",
                      "National", "Republican", "Regional", "International", "Non-Governmental", "Trade"})
# states, not bodies: a former one named in history paragraphs, a country thanked for its support
_NOT_BODIES = frozenset({"Soviet Union", "Russian Federation", "Russian Federation's"})
# a district's or oblast's centre is a state service only for these (the labelling guide: family medicine
# centres are government); "the Kochkor District Youth Centre" is a civic body whose role its verb gives
_STATE_CENTRES = frozenset({"Employment", "Medicine", "Health", "Registry", "Statistics", "Tax", "Emergency",
                            "Veterinary", "Social", "Sanitary", "Epidemiological", "Forensic", "Cadastre"})
_FUND_HEADS = frozenset({"Foundation", "Fund", "Trust"})
_FUND_FORMS = frozenset({"Public", "Charitable", "International"})
_HEAD_RE = re.compile(r"\b(" + "|".join(sorted([*_HEADS, *_LEVEL_HEADS], key=len, reverse=True)) + r")\b")


def _sector_of(tail: str) -> str | None:
    """The sector a "… Department of <sector>" names, when it is one of the local departments' sectors."""
    from etl.reference.govbody_departments import SECTORS_KY, SECTORS_RU

    written = re.sub(r"^\s*of\s+(?:the\s+)?", "", " ".join(tail.split()))
    sectors = {name for _, name in SECTORS_KY + SECTORS_RU}
    return written if written in sectors else None


def _known_place(word: str) -> bool:
    from etl.reference.govbody_places import place_name

    return place_name(word) is not None


def _name_words(before: str) -> list[str]:
    words = before.split()
    cut = max((k + 1 for k, w in enumerate(words) if w in _SKIP), default=0)
    return words[cut:]


_ALL_HEADS = (*_HEADS, *_LEVEL_HEADS)
# a head in the text is its lower case in the folded key text (same length, ASCII lowered): a key text
# without any of those, the document's shared scan tells, holds no head (most texts are not English)
_FOLDED_HEADS = Gate(h.lower() for h in _ALL_HEADS)


def english_head_organizations(text: str, ft: str | None = None) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, kind)`` of capitalized English names ending in an organization's head
    (``ft``: ``match_key(fold(text))``, when the caller has it)."""
    if ft is not None and not _FOLDED_HEADS.any_in(ft) or not any(h in text for h in _ALL_HEADS):
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in _HEAD_RE.finditer(text):
        head = m.group(1)
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 90), m.start())
        words = _name_words(before.group(1)) if before else []
        tail = _OF_TAIL.match(text, m.end()) if head in _HEADS else None
        quoted = _QUOTED_AFTER.match(text, m.end()) if head in _HEADS and not tail else None
        if head in _LEVEL_HEADS:
            level_at = next((k for k, w in enumerate(words) if k and w in _LEVELS), None)
            if level_at is None or words[0] in _LEVELS or not _known_place(words[level_at - 1]):
                continue  # "the Youth Centre", "the District Office", "the Big District …": no place's body
            if head in ("Centre", "Center") and words[-1] not in _STATE_CENTRES:
                continue  # a place's youth or resource centre: the registry and its local branches name it
            kind = _GOVERNMENT_KIND
            if words[-1] in _LEVELS and head != "Centre" and head != "Center":
                # "the Kadamjay District Department of Internal Affairs", "the Talas Oblast Office of the State
                # Tax Service": a national body's unit, named by what follows the head
                tail = _UNIT_OF_TAIL.match(text, m.end())
                if tail and tail.group(1) not in _STATE_SECTORS:
                    tail = None  # "the Naryn District Office of UNDP": an agency's own office, not the state's
        else:
            kind = _HEADS[head]
            if all(w in _GENERIC for w in words) and not tail and not quoted:
                continue
            if head in _FUND_HEADS and (not words or words[-1] in _FUND_FORMS):
                continue  # "a Foundation", "the Eco-Naryn Public Foundation": the legal-form readers name these  # "the Union", "the Municipal Enterprise": the head and its kind name nothing
        start = m.start() - len(" ".join(words)) - 1 if words else m.start()
        if words and text[start:m.start() - 1] != " ".join(words):
            continue  # a line break or double space inside: not one name
        after = tail or quoted
        end = after.end() if after else m.end()
        while text[end - 1] == ".":  # "recognised by the Kyrgyz Association of Mountain Guides."
            end -= 1
        name = " ".join(text[start:end].split())
        if name in _NOT_BODIES or _RECOGNISED_BY.search(text, max(0, start - 40), start):
            continue
        if quoted:
            name = " ".join([*words, head, quoted.group(1)])
        if head == "Department" and tail is not None and (sector := _sector_of(text[m.end():tail.end()])):
            name = " ".join([*words, sector, head])  # "… Department of Social Development": the labels' word order
        if kind == "business" and head in ("Company", "Enterprise", "Cooperative") and not words:
            continue
        out.append((start, end, name, kind))
    return out
