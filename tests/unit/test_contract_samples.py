"""Every sample report, read and extracted for real, meets the contract and what an analyst reads."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from etl.contract import contract_schema
from etl.documents import read_document
from etl.extract import EXTRACTOR_VERSION, extract

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "samples" / "reports").glob("*.txt"))
EXPECTED = ROOT / "samples" / "expected"


def _extract(path: Path) -> tuple[str, dict]:
    doc = read_document(path)
    return doc.text, extract(doc).to_dict()


def _expected(path: Path) -> dict:
    return json.loads((EXPECTED / f"{path.stem}.json").read_text(encoding="utf-8"))


def _indicators(report: dict) -> list[tuple]:
    return sorted((i["indicator"], i["sex"], i["value"], i["unit"])
                  for e in report["events"] for i in e["indicators"])


def test_there_are_samples() -> None:
    assert len(REPORTS) >= 5


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_sample_validates_against_contract(path: Path) -> None:
    _, report = _extract(path)
    jsonschema.Draft202012Validator(contract_schema(),
                                    format_checker=jsonschema.FormatChecker()).validate(report)
    assert report["extractor_version"] == EXTRACTOR_VERSION


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_every_evidence_is_the_text_at_its_span(path: Path) -> None:
    text, report = _extract(path)
    items = [x for e in report["events"] for key in ("places", "organizations", "projects", "indicators")
             for x in e[key]]
    for item in items:
        if "span" in item:
            a, b = item["span"]
            assert text[a:b] == item["evidence"]
    for e in report["events"]:
        if "date_span" in e:
            a, b = e["date_span"]
            assert text[a:b] == e["date_evidence"]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_languages_published_date_and_event_types(path: Path) -> None:
    _, report = _extract(path)
    exp = _expected(path)
    assert sorted(report["languages"]) == sorted(exp["languages"])
    assert report["published_date"] == exp["published_date"]
    assert sorted(e["event_type"] for e in report["events"]) == sorted(exp["event_types"])


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_indicators_match_the_analyst(path: Path) -> None:
    _, report = _extract(path)
    exp = _expected(path)
    assert _indicators(report) == sorted(tuple(i) for i in exp["indicators"])


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_day_dates_and_flags_match_the_analyst(path: Path) -> None:
    _, report = _extract(path)
    exp = _expected(path)
    day_events = [e for e in report["events"] if e["date_precision"] == "day"]
    got = sorted(e["start_date"] if not e["year_inferred"] else "--" + e["start_date"][5:] for e in day_events)
    assert got == sorted(exp["event_dates"])
    if "event_end_dates" in exp:
        assert sorted(e["end_date"] for e in day_events if e["end_date"] != e["start_date"]) == \
            sorted(exp["event_end_dates"])
    assert {q["code"] for q in report["quality_flags"]} == set(exp["quality_flags"])


def test_bilingual_samples_yield_their_event_once() -> None:
    bilingual = [p for p in REPORTS if len(_expected(p)["languages"]) > 1]
    assert bilingual, "the samples include Kyrgyz+Russian reports"
    for path in bilingual:
        _, report = _extract(path)
        assert len(report["events"]) == len(_expected(path)["event_types"]) == 1


def test_sex_split_mismatch_names_the_figures() -> None:
    path = next(p for p in REPORTS if p.stem.startswith("003"))
    _, report = _extract(path)
    details = [q["detail"] for q in report["quality_flags"] if q["code"] == "sex_split_mismatch"]
    assert any(d.startswith("495 + 286 != 764") for d in details)


def test_competition_in_spring_is_its_own_event_with_month_precision() -> None:
    path = next(p for p in REPORTS if p.stem.startswith("004"))
    _, report = _extract(path)
    comp = [e for e in report["events"] if e["event_type"] == "competition"]
    assert len(comp) == 1
    assert (comp[0]["start_date"], comp[0]["end_date"], comp[0]["date_precision"]) == \
        ("2022-03-01", "2022-05-31", "month")
    assert any(i["value"] == 47 for i in comp[0]["indicators"])
