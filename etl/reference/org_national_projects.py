"""A nation's adjective on a project ("швейцариялык долбоор", "швейцарского проекта", "японская программа"):
that country's government is the project's donor, though the text never names the government."""

from __future__ import annotations

import re

from etl.reference.scan import Triggered

_NATIONAL_PROJECT = re.compile(
    r"(?<!\w)(швейцариялык|швейцарск\w+|япониялык|японск\w+|германиялык|германск\w+|британск\w+|"
    r"американск\w+|корейск\w+|финляндиялык|финск\w+|канадалык|канадск\w+|норвегиялык|норвежск\w+|"
    r"швециялык|шведск\w+|австралиялык|австралийск\w+|даниялык|датск\w+|нидерланддык|нидерландск\w+)"
    r"\s+(?:\w+\s+){0,2}?(?:долбоор|проект|программ)\w*")
_NATIONAL_DONOR = {"швейц": "gov_switzerland", "япон": "gov_japan", "герман": "gov_germany",
                   "британ": "fcdo", "америк": "gov_usa", "корей": "gov_korea", "финл": "gov_finland",
                   "финск": "gov_finland", "канад": "gov_canada", "норве": "gov_norway", "швец": "gov_sweden",
                   "швед": "gov_sweden", "австрал": "gov_australia", "дани": "gov_denmark", "датск": "gov_denmark",
                   "нидерланд": "gov_netherlands"}
_NATIONAL_SCAN = Triggered("national_project", _NATIONAL_PROJECT, _NATIONAL_DONOR)


def national_project_donors(ft: str) -> list[tuple[int, int, str]]:
    """``(start, end, org_id)`` of each national adjective on a project in the match text ``ft``."""
    out = []
    for m in _NATIONAL_SCAN.finditer(ft, 0, len(ft), _NATIONAL_SCAN.starts(ft)):
        word = m.group(1)
        org_id = next((oid for stem, oid in _NATIONAL_DONOR.items() if word.startswith(stem)), None)
        if org_id:
            out.append((m.start(1), m.end(1), org_id))
    return out
