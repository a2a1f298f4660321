"""A ministry's project implementation unit, named through the ministry that owns it.

"Группа реализации проекта при Министерстве образования и науки", "Отдел реализации проектов при
Министерстве …", "Билим берүү жана илим министрлигине караштуу Долбоорлорду ишке ашыруу бөлүмү", "…
министрлигинин долбоорлорду ишке ашыруу бөлүмүнүн адистери", "the Project Implementation Unit of the
Ministry of …": the unit that builds or trains is the body that took part, and it has no name of its
own but its owner's, so it is "Project Implementation Unit of the Ministry of Education and Science".
The ministry itself, named only as the owner, is no participant.
"""

from __future__ import annotations

import re
from typing import TypeVar

from etl.reference.org_hit import RegistryHit
from etl.reference.registry import organizations

_RU_BEFORE = re.compile(
    r"(?<![\w-])(?:групп|отдел|подразделени|бюро|служб)\w*\s+(?:по\s+)?реализации\s+(?:проект|программ)\w*"
    r"(?:\s+\([А-ЯA-Z]{2,5}\))?\s+при\s+$", re.IGNORECASE)
_EN_BEFORE = re.compile(
    r"(?<![\w-])project\s+implementation\s+(?:unit|group|team|office)(?:\s+\(PIU\))?\s+(?:of|under|at)\s+(?:the\s+)?$",
    re.IGNORECASE)
# "<министрлигине> караштуу Долбоорлорду ишке ашыруу бөлүмү", "<министрлигинин> долбоорлорду ишке ашыруу тобу"
_KY_AFTER = re.compile(
    r"(?:(?<=е)\s+караштуу|(?<=н))\s+(?:долбоорлорду|долбоорду)\s+ишке\s+ашыруу\s+(?:б[өо]л[үу]м|тоб|топ|бирдиг|бирдик)\w*",
    re.IGNORECASE)
_OF_KR = re.compile(r"\s+of\s+the\s+Kyrgyz\s+Republic$")


_H = TypeVar("_H", bound=RegistryHit)

def project_units(text: str, hits: list[_H]) -> list[_H]:
    """``hits`` with each ministry named as the owner of a project implementation unit turned into that unit,
    and the names inside the unit's words dropped."""
    orgs = organizations()
    units: list[_H] = []
    for h in hits:
        entry = orgs.get(h.org_id or "")
        if entry is None or not entry.name.startswith("Ministry"):
            continue
        before = _RU_BEFORE.search(text, max(0, h.start - 90), h.start) \
            or _EN_BEFORE.search(text, max(0, h.start - 60), h.start)
        after = None if before else _KY_AFTER.match(text, h.end, min(len(text), h.end + 70))
        if before is None and after is None:
            continue
        h.start = before.start() if before else h.start
        h.end = after.end() if after else h.end
        h.name = "Project Implementation Unit of the " + _OF_KR.sub("", entry.name)
        h.org_id, h.kind = None, "government"
        units.append(h)
    return [h for h in hits if h in units or not any(u.start <= h.start and h.end <= u.end for u in units)]
