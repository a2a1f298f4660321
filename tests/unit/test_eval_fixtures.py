"""The labelled evaluation corpus is well-formed: every label can be scored and means what it says."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from etl.contract import EVENT_TYPES, INDICATOR_UNITS

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "fixtures" / "eval"
LABEL_DIRS = [EVAL / "expected", ROOT / "samples" / "expected"]
GAZETTEER = ROOT / "etl" / "reference" / "data" / "soate_kg.csv"
KEYS = {"languages", "published_date", "event_types", "event_dates", "places", "organizations", "projects",
        "indicators", "quality_flags"}
OPTIONAL = {"event_end_dates"}
ROLES = {"donor", "implementer", "partner", "government", "participant_org"}
FLAGS = {"year_inferred", "no_event_date", "sex_split_mismatch", "ambiguous_place"}
DATE = re.compile(r"^(\d{4}|-)-\d{2}-\d{2}$")
# ISO 4217 codes of the currencies donors to Kyrgyzstan pay in (holdout12 042 labels a grant in Indian rupees)
CURRENCIES = {"USD", "KGS", "EUR", "CHF", "RUB", "GBP", "JPY", "KZT", "SEK", "CNY", "INR", "TRY", "KRW", "AUD",
              "CAD", "NOK", "DKK", "PLN", "CZK", "HUF", "SAR", "KWD", "QAR", "AED", "UZS", "TJS"}
MIN_FIXTURE_REPORTS = 40


def _labels() -> list[Path]:
    return sorted(p for d in LABEL_DIRS for p in d.glob("*.json"))


def _gazetteer() -> dict[str, dict[str, str]]:
    with GAZETTEER.open(encoding="utf-8", newline="") as fh:
        return {r["soate_code"]: r for r in csv.DictReader(fh)}


def _ancestors(code: str, units: dict[str, dict[str, str]]) -> list[str]:
    out = []
    while code in units and units[code]["parent_code"]:
        code = units[code]["parent_code"]
        out.append(code)
    return out


def test_enough_labelled_fixture_reports():
    assert len(list((EVAL / "expected").glob("*.json"))) >= MIN_FIXTURE_REPORTS


def test_every_report_has_a_label_and_every_label_a_report():
    reports = {p.stem for p in (EVAL / "reports").iterdir() if p.is_file()}
    labels = {p.stem for p in (EVAL / "expected").glob("*.json")}
    assert reports == labels
    assert len(reports) == len(list((EVAL / "reports").iterdir())), "two reports share a stem"


def test_report_names_and_sizes():
    for p in (EVAL / "reports").iterdir():
        assert re.fullmatch(r"\d{3,4}_[a-z0-9_]+\.(txt|md|html|docx)", p.name), p.name
        assert 300 <= p.stat().st_size <= 40_000, p.name


@pytest.mark.parametrize("path", _labels(), ids=lambda p: p.stem)
def test_label_is_well_formed(path: Path):
    label = json.loads(path.read_text(encoding="utf-8"))
    assert KEYS <= set(label) <= KEYS | OPTIONAL
    assert label["languages"] and set(label["languages"]) <= {"ky", "ru", "en"}
    assert label["published_date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", label["published_date"])
    assert label["event_types"], "every labelled report describes at least one event"
    assert set(label["event_types"]) <= set(EVENT_TYPES)
    dated = label["event_dates"] + label.get("event_end_dates", [])
    assert all(DATE.match(d) for d in dated), dated
    assert len(label["event_dates"]) <= len(label["event_types"])
    assert ("no_event_date" in label["quality_flags"]) == (not label["event_dates"])
    if any(d.startswith("--") for d in label["event_dates"]):
        assert "year_inferred" in label["quality_flags"]
    assert set(label["quality_flags"]) <= FLAGS
    assert len(label["places"]) == len(set(label["places"]))
    for name, role in label["organizations"]:
        assert name.strip() and role in ROLES
    assert len({tuple(o) for o in label["organizations"]}) == len(label["organizations"])


@pytest.mark.parametrize("path", _labels(), ids=lambda p: p.stem)
def test_label_places_exist_in_gazetteer(path: Path):
    units = _gazetteer()
    for place in json.loads(path.read_text(encoding="utf-8"))["places"]:
        if "@" in place:
            name, _, parent = place.rpartition("@")
            assert name.strip(), place
            assert parent == "" or parent in units, f"{place}: parent not in gazetteer"
            if parent:
                assert units[parent]["level"] in {"city", "rayon", "ayil_aimak", "town", "city_district"}
        else:
            assert place in units, f"{place} is not a SOATE code in the gazetteer"


@pytest.mark.parametrize("path", _labels(), ids=lambda p: p.stem)
def test_label_indicators_use_the_contract_vocabulary(path: Path):
    for item in json.loads(path.read_text(encoding="utf-8"))["indicators"]:
        indicator, sex, value, unit = item
        assert indicator in INDICATOR_UNITS
        assert sex in {"total", "female", "male"}
        assert isinstance(value, int | float) and value > 0
        if indicator == "funding_amount":
            assert unit in CURRENCIES
        else:
            assert unit == INDICATOR_UNITS[indicator]
            assert float(value).is_integer(), "counts are whole numbers"


def _adjacent_mismatch(items: list) -> bool:
    """A total directly followed by its female and male figures that do not add up."""
    mismatch = False
    for k in range(len(items) - 2):
        (ind, sex, total, _), a, b = items[k], items[k + 1], items[k + 2]
        if sex == "total" and a[0] == b[0] == ind and {a[1], b[1]} == {"female", "male"}:
            mismatch |= a[2] + b[2] != total
    return mismatch


def _split_in_doubt(items: list) -> bool:
    """Whether some indicator with a total has sex figures that do not pair off into it (listed in any order)."""
    by_indicator: dict[str, dict[str, list[float]]] = {}
    for ind, sex, value, _ in items:
        by_indicator.setdefault(ind, {}).setdefault(sex, []).append(value)
    for values in by_indicator.values():
        female, male, totals = values.get("female", []), values.get("male", []), values.get("total", [])
        if totals and (len(female) != len(male) or any(f + m not in totals for f, m in zip(female, male))):
            return True
    return False


def test_sex_split_mismatch_flags_match_the_figures():
    """A total directly followed by female and male figures that do not add up is flagged; a flagged label has
    some split that does not add up, however its labeller ordered the figures."""
    for path in _labels():
        label = json.loads(path.read_text(encoding="utf-8"))
        flagged = "sex_split_mismatch" in label["quality_flags"]
        if _adjacent_mismatch(label["indicators"]):
            assert flagged, path.name
        if flagged:
            assert _split_in_doubt(label["indicators"]), path.name


def test_orgs_md_lists_every_labelled_organization():
    listed = (EVAL / "ORGS.md").read_text(encoding="utf-8")
    names = {n for p in (EVAL / "expected").glob("*.json")
             for n, _ in json.loads(p.read_text(encoding="utf-8"))["organizations"]}
    missing = sorted(n for n in names if f"| {n} |" not in listed)
    assert not missing, missing


def test_binary_fixtures_match_their_generator():
    result = subprocess.run([sys.executable, str(EVAL / "make_fixtures.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
