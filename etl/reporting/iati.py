"""IATI 2.03 activity XML from the marts: one ``iati-activity`` per donor x project.

Mapping (docs/warehouse.md#iati):

- ``reporting-org``: the publisher, from ``ETL_IATI_REPORTING_ORG_REF`` / ``_NAME`` /
  ``_TYPE`` (a placeholder ref until a publisher sets its own IATI organisation id).
- ``participating-org`` roles: donor -> 1 Funding, implementer and partner -> 4
  Implementing, government body -> 2 Accountable.
- ``activity-date`` type 2 (actual start): the first event date (else first report date).
- ``location``: one per place named; IATI's GeographicVocabulary has no code for the
  national SOATE classifier, so each location carries ``administrative vocabulary="A4"
  level="0" code="KG"`` plus the SOATE code and level (1 oblast, 2 rayon, 3 ayil aimak,
  4 village) in ``@ref`` and in a namespaced ``soate:administrative`` extension.
- ``result`` (type 1 output) per indicator; one ``period`` per quarter; ``actual`` for the
  total and one ``actual`` per stated sex with ``dimension name="sex"``.  Figures are as
  the marts give them: one per event, summed over events; money stays per currency.
"""

from __future__ import annotations

import datetime as dt
import os
import re

import pandas as pd
from lxml import etree

SOATE_NS = "urn:kg:stat:soate"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ROLE_CODES = {"donor_names": "1", "implementer_names": "4", "partner_names": "4", "government_names": "2"}

# iati-activity children in schema order (iati-activities-schema.xsd 2.03), with min occurrences
ACTIVITY_ORDER: list[tuple[str, int]] = [
    ("iati-identifier", 1), ("reporting-org", 1), ("title", 1), ("description", 1),
    ("participating-org", 1), ("other-identifier", 0), ("activity-status", 1), ("activity-date", 1),
    ("contact-info", 0), ("activity-scope", 0), ("recipient-country", 0), ("recipient-region", 0),
    ("location", 0), ("sector", 0), ("country-budget-items", 0), ("humanitarian-scope", 0),
    ("policy-marker", 0), ("collaboration-type", 0), ("default-flow-type", 0), ("default-finance-type", 0),
    ("default-aid-type", 0), ("default-tied-status", 0), ("budget", 0), ("planned-disbursement", 0),
    ("capital-spend", 0), ("transaction", 0), ("document-link", 0), ("related-activity", 0),
    ("legacy-data", 0), ("conditions", 0), ("result", 0), ("crs-add", 0), ("fss", 0),
]
LOCATION_ORDER = ["location-reach", "location-id", "name", "description", "activity-description",
                  "administrative", "point", "exactness", "location-class", "feature-designation"]
REQUIRED_ATTRIBUTES = {
    "iati-activities": ["version"], "reporting-org": ["ref", "type"], "participating-org": ["role"],
    "activity-status": ["code"], "activity-date": ["type", "iso-date"], "recipient-country": ["code"],
    "administrative": ["vocabulary", "code"], "location-class": ["code"], "result": ["type"],
    "indicator": ["measure"], "period-start": ["iso-date"], "period-end": ["iso-date"], "actual": ["value"],
    "dimension": ["name", "value"],
}


def soate_level(code: str) -> int:
    """1 oblast / republican city, 2 rayon / city, 3 ayil aimak, 4 village (SOATE digit groups)."""
    if code[5:] == "0" * 9:
        return 1
    if code[8:] == "0" * 6:
        return 2
    if code[11:] == "000":
        return 3
    return 4


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").upper()[:40] or "NONE"


def _narrative(parent: etree._Element, tag: str, text: str, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, **attrs)
    etree.SubElement(el, "narrative").text = text
    return el


def _split(value: object) -> list[str]:
    return [p.strip() for p in str(value).split(";") if p.strip()] if isinstance(value, str) else []


def _quarter_bounds(label: str) -> tuple[str, str] | None:
    m = re.fullmatch(r"(\d{4})Q([1-4])", label)
    if not m:
        return None
    y, q = int(m.group(1)), int(m.group(2))
    start = dt.date(y, 3 * q - 2, 1)
    end = (dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)) - dt.timedelta(days=1)
    return start.isoformat(), end.isoformat()


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{float(value):.2f}"


def build_iati(frames: dict[str, pd.DataFrame], generated: dt.datetime | None = None) -> etree._Element:
    ref = os.environ.get("ETL_IATI_REPORTING_ORG_REF", "XX-ETL-KG-EVENT-REPORTS")
    org_name = os.environ.get("ETL_IATI_REPORTING_ORG_NAME", "Event reports warehouse (Kyrgyzstan)")
    org_type = os.environ.get("ETL_IATI_REPORTING_ORG_TYPE", "90")
    generated = generated or dt.datetime.now(dt.UTC).replace(microsecond=0)
    root = etree.Element("iati-activities", nsmap={"soate": SOATE_NS}, version="2.03",
                         **{"generated-datetime": generated.isoformat()})
    results, calendar = frames["mart_indicator_results"], frames["mart_event_calendar"]
    pairs = results[["donor_name", "project_name"]].drop_duplicates().sort_values(["donor_name", "project_name"])
    for donor, project in pairs.itertuples(index=False):
        res = results[(results["donor_name"] == donor) & (results["project_name"] == project)]
        events = calendar[calendar["project_names"].map(lambda s, p=project: p in _split(s) or
                                                         (p == "(no project named)" and not _split(s)))]
        if donor != "(no donor named)":
            events = events[events["donor_names"].map(lambda s, d=donor: d in _split(s))]
        else:
            events = events[events["donor_names"].map(lambda s: not _split(s))]
        act = etree.SubElement(root, "iati-activity", **{
            "last-updated-datetime": generated.isoformat(), XML_LANG: "en", "default-currency": "USD"})
        etree.SubElement(act, "iati-identifier").text = f"{ref}-{_slug(donor)}-{_slug(project)}"
        _narrative(act, "reporting-org", org_name, ref=ref, type=org_type)
        _narrative(act, "title", project)
        documents = events["document_sha256"].nunique()
        _narrative(act, "description", f"{project}: {len(events)} events described in {documents} "
                   f"reports (donor: {donor}); figures as stated in the reports.")
        roles: list[tuple[str, str]] = []
        for column, code in ROLE_CODES.items():
            for name in sorted({n for v in events[column] for n in _split(v)}):
                if (code, name) not in roles:
                    roles.append((code, name))
        if not any(code == "1" for code, _ in roles) and donor != "(no donor named)":
            roles.insert(0, ("1", donor))
        if not roles:
            roles.append(("4", org_name))
        for code, name in roles:
            _narrative(act, "participating-org", name, role=code)
        etree.SubElement(act, "activity-status", code="2")
        starts = sorted(d for d in events["start_date"].dropna())
        first = starts[0] if starts else min(events["published_date"].dropna(), default=None)
        first = first or generated.date().isoformat()
        etree.SubElement(act, "activity-date", type="2", **{"iso-date": str(first)})
        etree.SubElement(act, "recipient-country", code="KG", percentage="100")
        places: dict[str, str] = {}
        for codes, names in zip(events["place_codes"], events["place_names"], strict=True):
            for code, name in zip(_split(codes), _split(names), strict=False):
                places.setdefault(code, name)
        for code, name in sorted(places.items()):
            in_soate = bool(re.fullmatch(r"\d{14}", code))
            loc = etree.SubElement(act, "location", ref=f"SOATE-{code}" if in_soate else code)
            _narrative(loc, "name", name)
            etree.SubElement(loc, "administrative", vocabulary="A4", level="0", code="KG")
            etree.SubElement(loc, "location-class", code="1" if in_soate and soate_level(code) < 4 else "2")
            if in_soate:
                etree.SubElement(loc, f"{{{SOATE_NS}}}administrative", code=code, level=str(soate_level(code)))
        for (_code, label, unit, currency), group in res.groupby(
                ["indicator_code", "indicator_label", "unit", res["currency_code"].fillna("")], sort=True):
            result = etree.SubElement(act, "result", type="1", **{"aggregation-status": "1"})
            _narrative(result, "title", label)
            ind = etree.SubElement(result, "indicator", measure="1", ascending="1")
            _narrative(ind, "title", f"{label} ({currency or unit})")
            for quarter, qrows in group.groupby("period_quarter", sort=True):
                bounds = _quarter_bounds(str(quarter))
                if bounds is None:
                    continue  # undated figures cannot be placed in a reporting period
                period = etree.SubElement(ind, "period")
                etree.SubElement(period, "period-start", **{"iso-date": bounds[0]})
                etree.SubElement(period, "period-end", **{"iso-date": bounds[1]})
                by_sex = qrows.groupby("sex")["indicator_value"].sum()
                if "total" in by_sex:
                    etree.SubElement(period, "actual", value=_fmt(by_sex["total"]))
                for sex in ("female", "male"):
                    if sex in by_sex:
                        actual = etree.SubElement(period, "actual", value=_fmt(by_sex[sex]))
                        etree.SubElement(actual, "dimension", name="sex", value=sex)
    return root


def validate_structure(root: etree._Element) -> list[str]:
    """Problems against the IATI 2.03 activity schema's structure: required elements and
    attributes, element order, narratives and dates.  Empty list = structurally valid."""
    problems: list[str] = []
    if root.tag != "iati-activities" or root.get("version") != "2.03":
        problems.append("root must be <iati-activities version='2.03'>")
    if len(root) == 0:
        problems.append("at least one iati-activity is required")
    rank = {name: i for i, (name, _) in enumerate(ACTIVITY_ORDER)}
    for n, act in enumerate(root.iter("iati-activity")):
        where = f"iati-activity[{n}]"
        tags = [c.tag for c in act if isinstance(c.tag, str) and not c.tag.startswith("{")]
        unknown = [t for t in tags if t not in rank]
        problems += [f"{where}: unknown element {t}" for t in unknown]
        ranks = [rank[t] for t in tags if t in rank]
        if ranks != sorted(ranks):
            problems.append(f"{where}: children out of schema order: {tags}")
        for name, minimum in ACTIVITY_ORDER:
            if tags.count(name) < minimum:
                problems.append(f"{where}: missing required {name}")
        for single in ("iati-identifier", "reporting-org", "title", "activity-status"):
            if tags.count(single) > 1:
                problems.append(f"{where}: {single} must occur once")
        for loc in act.iter("location"):
            ltags = [c.tag for c in loc if isinstance(c.tag, str) and not c.tag.startswith("{")]
            order = [LOCATION_ORDER.index(t) for t in ltags if t in LOCATION_ORDER]
            if order != sorted(order) or len(order) != len(ltags):
                problems.append(f"{where}: location children out of order or unknown: {ltags}")
        for result in act.iter("result"):
            rtags = [c.tag for c in result]
            if not rtags or rtags[0] != "title" or "indicator" not in rtags:
                problems.append(f"{where}: result needs title then indicator")
        for period in act.iter("period"):
            ptags = [c.tag for c in period]
            if ptags[:2] != ["period-start", "period-end"] or any(
                    t not in ("target", "actual") for t in ptags[2:]):
                problems.append(f"{where}: period needs period-start, period-end, then target/actual")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in REQUIRED_ATTRIBUTES.get(el.tag, []):
            if not el.get(attr):
                problems.append(f"{el.tag} lacks required @{attr}")
        if el.tag in ("title", "description", "reporting-org", "name") and el.getparent() is not None:
            narratives = el.findall("narrative")
            if el.tag != "reporting-org" and not narratives:
                problems.append(f"{el.tag} needs a narrative")
            if any(not (x.text or "").strip() for x in narratives):
                problems.append(f"{el.tag} has an empty narrative")
        for attr in ("iso-date",):
            if el.get(attr) is not None:
                try:
                    dt.date.fromisoformat(el.get(attr))
                except ValueError:
                    problems.append(f"{el.tag}/@{attr} is not an ISO date: {el.get(attr)}")
    return problems


def write_iati(frames: dict[str, pd.DataFrame], out) -> etree._Element:
    root = build_iati(frames)
    problems = validate_structure(root)
    if problems:
        raise ValueError("IATI export is not structurally valid: " + "; ".join(problems[:10]))
    out.parent.mkdir(parents=True, exist_ok=True)
    etree.ElementTree(root).write(str(out), xml_declaration=True, encoding="utf-8", pretty_print=True)
    return root
