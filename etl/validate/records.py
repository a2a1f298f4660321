"""Record-level checks of one extraction: the contract's JSON Schema, then semantics.

Errors keep the document out of the warehouse (quarantined with the check's
name and evidence); warnings load with the figures unchanged and become
``ops.data_quality_issue`` rows.  Pure: record and text in, findings out.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from etl.contract import INDICATOR_UNITS, contract_schema

# core.dim_date covers these days; an event outside cannot be keyed (and is almost surely misread)
MIN_DATE, MAX_DATE = date(2000, 1, 1), date(2040, 12, 31)
MAX_VALUE = 10**15  # core.fct_indicator_value.value_num is numeric(18, 2)


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    reason: str
    severity: str = "error"  # error | warning
    evidence: str | None = None
    event_seq: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"check": self.check, "reason": self.reason, "severity": self.severity,
                "evidence": self.evidence, "event_seq": self.event_seq}


@functools.cache
def _validator():  # jsonschema import and schema compile once per process
    from jsonschema import Draft202012Validator, FormatChecker

    return Draft202012Validator(contract_schema(), format_checker=FormatChecker())


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def _is_date(value: Any) -> bool:
    """jsonschema's ``date`` format check (fastjsonschema's own is a regex only: it would accept 2023-02-30)."""
    if not isinstance(value, str):
        return True
    try:
        return bool(_ISO_DATE.fullmatch(value) and date.fromisoformat(value))
    except ValueError:
        return False


@functools.cache
def _fast_validator() -> Any:
    """The contract schema compiled to Python code: ~10x faster than jsonschema on a valid record.

    Used only as a gate: a record it accepts has no schema errors (tested against jsonschema on valid and
    broken records); one it rejects goes to jsonschema for the complete, stable list of errors.
    """
    import fastjsonschema

    return fastjsonschema.compile(contract_schema(), formats={"date": _is_date})


def schema_errors(record: dict[str, Any]) -> list[Any]:
    """jsonschema's errors for the record, sorted by path; [] when valid."""
    from fastjsonschema import JsonSchemaException

    try:
        _fast_validator()(record)
        return []
    except JsonSchemaException:
        pass
    return sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))


def _short(value: Any, limit: int = 200) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _evidence_findings(item: dict[str, Any], text: str | None, what: str, seq: int) -> list[Finding]:
    evidence, span = item.get("evidence"), item.get("span")
    if evidence is None and span is None:
        return []
    if text is None or not isinstance(span, list) or len(span) != 2:
        return [Finding("evidence_span", f"{what}: evidence without a usable span", evidence=_short(evidence),
                        event_seq=seq)]
    start, end = span
    if not (0 <= start <= end <= len(text)) or text[start:end] != evidence:
        found = text[start:end] if 0 <= start <= end <= len(text) else "(span outside the text)"
        return [Finding("evidence_span", f"{what}: evidence {_short(evidence)!r} is not text[{start}:{end}] "
                        f"({_short(found)!r})", evidence=_short(evidence), event_seq=seq)]
    return []


def _event_findings(event: dict[str, Any], seq: int, text: str | None, known_soate: frozenset[str]) -> list[Finding]:
    out: list[Finding] = []
    start, end = _date(event.get("start_date")), _date(event.get("end_date"))
    for name, value in (("start_date", start), ("end_date", end)):
        if value is not None and not (MIN_DATE <= value <= MAX_DATE):
            out.append(Finding("date_in_range", f"{name} {value} is outside {MIN_DATE}..{MAX_DATE}",
                               evidence=event.get("date_evidence"), event_seq=seq))
    if start and end and end < start:
        out.append(Finding("end_not_before_start", f"end_date {end} is before start_date {start}",
                           evidence=event.get("date_evidence"), event_seq=seq))
    if event.get("date_evidence") is not None:
        out += _evidence_findings({"evidence": event.get("date_evidence"), "span": event.get("date_span")},
                                  text, "date", seq)
    for place in event.get("places", []):
        code = place.get("soate")
        if code and code not in known_soate:
            out.append(Finding("known_soate", f"place {place.get('name')!r}: SOATE code {code} is not in the "
                               "gazetteer", evidence=_short(place.get("evidence") or code), event_seq=seq))
        out += _evidence_findings(place, text, f"place {place.get('name')!r}", seq)
    for org in event.get("organizations", []):
        out += _evidence_findings(org, text, f"organization {org.get('name')!r}", seq)
    for project in event.get("projects", []):
        out += _evidence_findings(project, text, f"project {project.get('name')!r}", seq)
    out += _indicator_findings(event.get("indicators", []), seq, text)
    return out


def _indicator_findings(indicators: list[dict[str, Any]], seq: int, text: str | None) -> list[Finding]:
    out: list[Finding] = []
    by_sex: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for ind in indicators:
        # Any, not str: the record may have failed the schema, so the field may be missing or of any JSON type
        code: Any = ind.get("indicator")
        unit, value = ind.get("unit"), ind.get("value")
        expected = INDICATOR_UNITS.get(code)
        if code == "funding_amount":
            if not (isinstance(unit, str) and len(unit) == 3 and unit.isascii() and unit.isupper()):
                out.append(Finding("indicator_unit", f"funding_amount unit {unit!r} is not an ISO 4217 code",
                                   evidence=_short(ind.get("evidence") or unit), event_seq=seq))
        elif expected is not None and unit != expected:
            out.append(Finding("indicator_unit", f"{code} unit {unit!r} should be {expected!r}",
                               evidence=_short(ind.get("evidence") or unit), event_seq=seq))
        if isinstance(value, (int, float)) and value >= MAX_VALUE:
            out.append(Finding("value_in_range", f"{code} value {value} is too large to be a stated figure",
                               evidence=_short(ind.get("evidence") or value), event_seq=seq))
        out += _evidence_findings(ind, text, f"indicator {code}", seq)
        if isinstance(value, (int, float)):
            by_sex[(code, ind.get("group") or "")][ind.get("sex", "total")].append(float(value))
    for (code, group), sexes in sorted(by_sex.items()):
        totals, female, male = sexes.get("total", []), sexes.get("female", []), sexes.get("male", [])
        label = code + (f" ({group})" if group else "")
        if len(totals) == 1 and len(female) == 1 and len(male) == 1 and female[0] + male[0] != totals[0]:
            out.append(Finding("sex_split_mismatch", f"{label}: {female[0]:g} + {male[0]:g} != {totals[0]:g}",
                               severity="warning", event_seq=seq))
        if len(totals) == 1 and any(v > totals[0] for v in female + male):
            out.append(Finding("sex_part_exceeds_total", f"{label}: a female or male figure exceeds the total "
                               f"{totals[0]:g}", severity="warning", event_seq=seq))
    return out


def check_record(record: dict[str, Any], text: str | None, known_soate: frozenset[str]) -> list[Finding]:
    """All findings for one contract record; ``text`` is the document's normalized text."""
    errors = schema_errors(record)
    if errors:
        return [Finding("contract_schema", f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}",
                        evidence=_short(e.instance)) for e in errors[:20]]
    out: list[Finding] = []
    for seq, event in enumerate(record.get("events", [])):
        out += _event_findings(event, seq, text, known_soate)
    reported = {(None, f.get("code"), f.get("detail")) for f in record.get("quality_flags", [])}
    for flag in record.get("quality_flags", []):
        out.append(Finding(flag["code"], flag.get("detail") or flag["code"], severity="warning"))
    # the extractor's own flag wins over the same finding computed here
    codes = {code for _, code, _ in reported}
    return [f for f in out if not (f.severity == "warning" and f.event_seq is not None and f.check in codes)]
