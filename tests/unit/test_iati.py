"""The IATI structure check catches what the 2.03 schema would reject; SOATE levels from codes."""

from __future__ import annotations

import pandas as pd
from lxml import etree

from etl.reporting.iati import build_iati, soate_level, validate_structure


def _frames() -> dict[str, pd.DataFrame]:
    results = pd.DataFrame([
        {"donor_name": "Donor A", "project_name": "Project X", "indicator_code": "participants",
         "indicator_label": "Participants", "unit": "person", "currency_code": None, "period_quarter": q,
         "sex": sex, "indicator_value": v}
        for q, sex, v in [("2023Q3", "total", 30), ("2023Q3", "female", 20), ("2023Q3", "male", 10),
                          ("unknown", "total", 5)]
    ])
    calendar = pd.DataFrame([{
        "document_sha256": "a" * 64, "project_names": "Project X", "donor_names": "Donor A",
        "implementer_names": "NGO B", "partner_names": None, "government_names": "Ayil okmotu",
        "start_date": "2023-08-01", "published_date": None,
        "place_codes": "41705214824000; Ken-Talaa@41705236000000", "place_names": "Kara-Bulak; Ken-Talaa",
    }])
    return {"mart_indicator_results": results, "mart_event_calendar": calendar}


def test_built_activity_is_structurally_valid_and_splits_sex():
    root = build_iati(_frames())
    assert validate_structure(root) == []
    act = root.find("iati-activity")
    assert [(p.get("role"), p.findtext("narrative")) for p in act.findall("participating-org")] == [
        ("1", "Donor A"), ("4", "NGO B"), ("2", "Ayil okmotu")]
    period = act.find("result/indicator/period")
    assert [(a.get("value"), a.find("dimension").get("value") if len(a) else None)
            for a in period.findall("actual")] == [("30", None), ("20", "female"), ("10", "male")]
    assert len(act.findall("result/indicator/period")) == 1  # the undated figure has no period to go in
    assert act.find("activity-date").get("iso-date") == "2023-08-01"


def test_validator_reports_order_missing_elements_and_attributes():
    root = build_iati(_frames())
    act = root.find("iati-activity")
    title = act.find("title")
    act.remove(title)
    act.append(title)  # title after result: out of order
    act.remove(act.find("activity-status"))
    act.find("participating-org").attrib.pop("role")
    problems = validate_structure(root)
    assert any("out of schema order" in p for p in problems)
    assert any("missing required activity-status" in p for p in problems)
    assert any("participating-org lacks required @role" in p for p in problems)
    assert validate_structure(etree.Element("iati-activities", version="2.01"))


def test_soate_levels():
    assert [soate_level(c) for c in ("41705000000000", "41711000000000", "41705214000000",
                                     "41705214824000", "41705236802010")] == [1, 1, 2, 3, 4]
