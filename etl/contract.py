"""Typed records of the extraction contract (``shared/contract/report.schema.json``).

These dataclasses are the seam of the product: readers and extractors produce
them, validation and the warehouse consume them.  ``to_dict`` gives exactly the
JSON the contract describes; optional extra fields are only ever added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EventType = Literal[
    "training", "round_table", "meeting", "visit", "forum", "conference",
    "competition", "grant_award", "opening", "campaign", "presentation", "other",
]
EVENT_TYPES: tuple[str, ...] = (
    "training", "round_table", "meeting", "visit", "forum", "conference",
    "competition", "grant_award", "opening", "campaign", "presentation", "other",
)
PlaceLevel = Literal[
    "country", "oblast", "city", "city_district", "rayon", "town", "ayil_aimak", "village", "settlement",
]
PLACE_LEVELS: tuple[str, ...] = (
    "country", "oblast", "city", "city_district", "rayon", "town", "ayil_aimak", "village", "settlement",
)
Role = Literal["donor", "implementer", "partner", "government", "participant_org"]
ROLES: tuple[str, ...] = ("donor", "implementer", "partner", "government", "participant_org")
Sex = Literal["total", "female", "male"]
DatePrecision = Literal["day", "month", "year", "unknown"]

# indicator -> unit; funding_amount's unit is the ISO 4217 currency instead.
INDICATOR_UNITS: dict[str, str] = {
    "participants": "person",
    "officials_participants": "person",
    "people_trained": "person",
    "beneficiaries": "person",
    "sessions_held": "session",
    "settlements_covered": "settlement",
    "institutions_covered": "institution",
    "grants_awarded": "grant",
    "funding_amount": "currency",
}
FORMATS: tuple[str, ...] = ("txt", "md", "html", "docx", "pdf", "odt", "rtf", "eml")

Span = tuple[int, int]


def _with_evidence(d: dict[str, Any], evidence: str | None, span: Span | None) -> dict[str, Any]:
    if evidence is not None and span is not None:
        d["evidence"] = evidence
        d["span"] = [span[0], span[1]]
    return d


@dataclass(slots=True)
class Place:
    soate: str | None
    name: str
    level: str
    parent_soate: str | None = None
    evidence: str | None = None
    span: Span | None = None

    @property
    def key(self) -> str:
        """Identity used for de-duplication and scoring: the code, else name@parent."""
        return self.soate or f"{self.name}@{self.parent_soate or ''}"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"soate": self.soate, "parent_soate": self.parent_soate,
                             "name": self.name, "level": self.level}
        return _with_evidence(d, self.evidence, self.span)


@dataclass(slots=True)
class Organization:
    name: str
    role: str
    evidence: str | None = None
    span: Span | None = None
    # Registry id where the organization is known; None for one found by pattern only.
    org_id: str | None = None
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "role": self.role}
        if self.org_id is not None:
            d["org_id"] = self.org_id
        if self.kind is not None:
            d["kind"] = self.kind
        return _with_evidence(d, self.evidence, self.span)


@dataclass(slots=True)
class Project:
    name: str
    evidence: str | None = None
    span: Span | None = None
    donor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name}
        if self.donor is not None:
            d["donor"] = self.donor
        return _with_evidence(d, self.evidence, self.span)


@dataclass(slots=True)
class Indicator:
    indicator: str
    value: float
    unit: str
    sex: str = "total"
    group: str | None = None
    evidence: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        d: dict[str, Any] = {"indicator": self.indicator, "value": value, "unit": self.unit,
                             "sex": self.sex, "group": self.group}
        return _with_evidence(d, self.evidence, self.span)


@dataclass(slots=True)
class QualityFlag:
    code: str
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail}


@dataclass(slots=True)
class Event:
    event_type: str
    start_date: str | None = None
    end_date: str | None = None
    date_precision: str = "unknown"
    year_inferred: bool = False
    title: str | None = None
    places: list[Place] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    date_evidence: str | None = None
    date_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "event_type": self.event_type,
            "title": self.title,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "date_precision": self.date_precision,
            "year_inferred": self.year_inferred,
            "places": [p.to_dict() for p in self.places],
            "organizations": [o.to_dict() for o in self.organizations],
            "projects": [p.to_dict() for p in self.projects],
            "indicators": [i.to_dict() for i in self.indicators],
        }
        if self.date_evidence is not None and self.date_span is not None:
            d["date_evidence"] = self.date_evidence
            d["date_span"] = [self.date_span[0], self.date_span[1]]
        return d


@dataclass(slots=True)
class Source:
    path: str
    sha256: str
    format: str
    size_bytes: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "sha256": self.sha256, "format": self.format}
        if self.size_bytes is not None:
            d["size_bytes"] = self.size_bytes
        return d


@dataclass(slots=True)
class Report:
    source: Source
    languages: list[str]
    published_date: str | None
    events: list[Event]
    quality_flags: list[QualityFlag] = field(default_factory=list)
    title: str | None = None
    extractor_version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "source": self.source.to_dict(),
            "title": self.title,
            "languages": list(self.languages),
            "published_date": self.published_date,
            "events": [e.to_dict() for e in self.events],
            "quality_flags": [q.to_dict() for q in self.quality_flags],
        }
        if self.extractor_version is not None:
            d["extractor_version"] = self.extractor_version
        return d


def contract_schema() -> dict[str, Any]:
    """The JSON Schema of the contract, as shipped with the package (copy of shared/contract)."""
    import json
    from pathlib import Path

    return json.loads((Path(__file__).with_name("report.schema.json")).read_text(encoding="utf-8"))
