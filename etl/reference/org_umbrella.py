"""A bloc or agency named only as the owner of its own department, which the text gives an acronym.

"при финансовой поддержке Департамента гражданской защиты и гуманитарной помощи Европейского союза (ECHO)",
"Европа Биримдигинин гуманитардык жардам департаментинин (ECHO) каржылоосу менен", "funded by the European
Union's Directorate-General for … (ECHO)": the department (labelled by its acronym) is the funder; its
owner is part of its name.  Only when the parenthesised acronym is not the owner's own (then it names
the owner: "Министерство здравоохранения (МЗ)").
"""

from __future__ import annotations

import re

from etl.reference.registry import organizations

_UNIT = (r"(?:департамент|управлени|директорат|агентств|служб|бюро|department|directorate(?:[\s-]+general)?"
         r"|agency|office|bureau)\w*")
# the unit heads the phrase before the owner (Russian genitive): "Департамента … <owner> (ECHO)"
_UNIT_BEFORE = re.compile(rf"(?<![\w-]){_UNIT}(?:\s+[\w-]+){{0,8}}?\s+$", re.IGNORECASE)
# the owner in the genitive or possessive before its unit: "<owner>нин … департаментинин (ECHO)", "<owner>'s
# Directorate-General for … (ECHO)"
_UNIT_AFTER = re.compile(rf"(?:(?<=н)|['’]s)(?:\s+[\w-]+){{0,8}}?\s+{_UNIT}(?:\s+[\w-]+){{0,8}}?\s*\(\s*(?P<acr>[A-ZА-ЯЁ]{{2,8}})\s*\)",
                         re.IGNORECASE)
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?P<acr>[A-ZА-ЯЁ]{2,8})\s*\)")


def _not_own(acr: str, org_id: str, name: str = "") -> bool:
    entry = organizations().get(org_id)
    own = {entry.acronym, *entry.aliases} if entry is not None else set()
    # "the World Diabetes Foundation (WDF)": an acronym spelling the name's initials is the name's own
    own.add("".join(w[0] for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()))
    return acr.isupper() and acr not in own


def owner_of_unit(text: str, start: int, end: int, org_id: str) -> bool:
    """The mention at ``text[start:end]`` only names the owner of a department called by its acronym."""
    if "(" not in text[end:end + 160]:
        return False
    after = _ACRONYM_AFTER.match(text, end, end + 20)
    if after is not None and _not_own(after.group("acr"), org_id, text[start:end]) \
            and _UNIT_BEFORE.search(text, max(0, start - 120), start) is not None:
        return True
    m = _UNIT_AFTER.match(text, end, min(len(text), end + 160))
    return m is not None and _not_own(m.group("acr"), org_id)


# A body named only in a definition of another: "Международный торговый центр (ITC) — совместное агентство ВТО
# и ООН", "IFC is a member of the World Bank Group", "IFC — Дүйнөлүк банк тобунун мүчөсү": the parent defines
# the body that took part and took none of its own.
_DEFINED_BEFORE = re.compile(
    r"(?:[—–]|\bэто|\bis|\bwas)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    # a body is one member ("член", "member"); "35 женщин — члены кооперативов" are people who belong to it
    r"(?:агентств|подразделени|член(?!ы|ов|ам)|структур|учреждени|agency|member(?!s)|arm|body|part|subsidiary|unit)\w*"
    r"\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+(?:и|and)\s+)?$", re.IGNORECASE)
_DEFINED_AFTER_KY = re.compile(r"[а-яөүң]{0,5}\s+(?:тобунун\s+)?(?:мүчөсү|агенттиги|түзүмү|бөлүмү)(?!\w)", re.IGNORECASE)
_DASH_BEFORE = re.compile(r"[—–][^.\n—–]{0,40}$")


def defining_parent(text: str, start: int, end: int) -> bool:
    """The body at ``text[start:end]`` is named only to define another ("X — агентство ВТО")."""
    return _DEFINED_BEFORE.search(text, max(0, start - 60), start) is not None \
        or (_DEFINED_AFTER_KY.match(text, end, min(len(text), end + 30)) is not None
            and _DASH_BEFORE.search(text, max(0, start - 40), start) is not None)
