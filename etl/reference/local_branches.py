"""Local branches of organizations that exist in every oblast or district.

"Нарын облустук жаштар ресурстук борбору" is not the registry's generic "Youth Resource Centre"
but the Naryn one: "Naryn Oblast Youth Resource Centre".  The level word comes right before the
name in Kyrgyz ("Баткен облустук", "Ат-Башы райондук") and English ("Osh City"), before it as an
adjective pair or after it in the genitive in Russian ("Нарынский областной ресурсный центр
молодёжи", "ресурсный центр молодёжи Таласской области").  The place must be a known one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from etl.reference.govbody_places import place_english
from etl.reference.org_hit import RegistryHit

# Registry entries that are a type of body with a branch in each region, not one organization.
LOCAL_BRANCH_KINDS = frozenset({"youth_resource_centre", "employment_service", "tax_service",
                                "registration_service", "water_agency", "forestry_service", "social_fund", "rural_advisory",
                                "chamber_commerce"})

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
_KY_BEFORE = re.compile(rf"({_NAME})[^\S\n]+(облустук|райондук|шаардык)[^\S\n]+$")
_RU_BEFORE = re.compile(rf"({_NAME})(?:ск|цк)\w+[^\S\n]+(областн|районн|городск)\w*[^\S\n]+$", re.IGNORECASE)
_EN_BEFORE = re.compile(rf"({_NAME})[^\S\n]+(Oblast|District|City|Region)[^\S\n]+$")
# English may name the branch by its place alone ("the Naryn Youth Resource Centre"): no level to add
_EN_PLACE_ONLY = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)*)[^\S\n]+$")
# so may Russian by the place's adjective and Kyrgyz by the place's name ("Таласской торгово-промышленной
# палатой", "Талас соода-өнөр жай палатасы"): the branch of that place, no level word to add
_RU_ADJ_ONLY = re.compile(rf"({_NAME})(?:ск|цк)(?:ая|ой|ую|ий|ого|ому|им|ом)[^\S\n]+$")
_KY_PLACE_ONLY = re.compile(rf"({_NAME})[^\S\n]+$")
_RU_AFTER = re.compile(rf"[^\S\n]+(?:({_NAME})(?:ск|цк)ой[^\S\n]+(области)|({_NAME})(?:ск|цк)ого[^\S\n]+(района))")
_LEVEL = {"облустук": "Oblast", "райондук": "District", "шаардык": "City", "областн": "Oblast",
          "районн": "District", "городск": "City", "области": "Oblast", "района": "District",
          "oblast": "Oblast", "region": "Oblast", "district": "District", "city": "City"}
_LEVEL_UNITS = {"Oblast": ("oblast",), "District": ("rayon",), "City": ("city", "town")}
_NATIONAL_TAIL = re.compile(r"\s+of the Kyrgyz Republic$|^State\s+")


def qualify_local_branches(text: str, hits: Sequence[RegistryHit]) -> None:
    """Give a generic branch-type hit its place and level when the text names them around it."""
    for h in hits:
        if h.org_id not in LOCAL_BRANCH_KINDS:
            continue
        window = text[max(0, h.start - 60):h.start]
        found = None
        for pattern in (_KY_BEFORE, _RU_BEFORE, _EN_BEFORE):
            m = pattern.search(window)
            if m:
                found = (m.group(1), m.group(2), h.start - (len(window) - m.start()), h.end)
                break
        if found is None and (m := _RU_AFTER.match(text, h.end)):
            written, level = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            found = (written, level, h.start, m.end())
        if found is None and h.name[:1].isascii() and text[h.start:h.start + 1].isascii() \
                and (m := _EN_PLACE_ONLY.search(window)) \
                and (place := place_english(m.group(1), ("oblast", "rayon", "city", "town"))) is not None:
            h.start, h.name, h.org_id = h.start - (len(window) - m.start()), f"{place} {h.name}", None
            continue
        if found is None and not text[h.start:h.start + 1].isascii():
            for pattern in (_RU_ADJ_ONLY, _KY_PLACE_ONLY):
                if (m := pattern.search(window)) and (
                        place := place_english(m.group(1), ("oblast", "city", "town", "rayon"))) is not None:
                    h.start, h.org_id = h.start - (len(window) - m.start()), None
                    h.name = f"{place} {_NATIONAL_TAIL.sub('', h.name)}"
                    break
            continue
        if found is None:
            continue
        written, level_word, start, end = found
        level = _LEVEL[next(k for k in _LEVEL if level_word.lower().startswith(k))]
        place = place_english(written, _LEVEL_UNITS[level])
        if place is None:
            continue
        h.start, h.end = start, end
        h.name = f"{place} {level} {_NATIONAL_TAIL.sub('', h.name)}"
        h.org_id = None
