"""Bad files and bad records are quarantined with a reason while the others load; retry loads fixed files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import sqlalchemy as sa

from etl.pipeline.inline import ingest_inline
from etl.warehouse.status import warehouse_status

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "reports"


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox


def test_corrupt_empty_binary_quarantined_others_load_then_retry(engine, tmp_path, monkeypatch):
    monkeypatch.setenv("ETL_QUARANTINE_DIR", str(tmp_path / "q"))
    inbox = _inbox(tmp_path)
    (inbox / "empty.txt").write_bytes(b"  \n")
    (inbox / "binary.txt").write_bytes(b"\x00\xff\xfe" * 500)
    (inbox / "report.txt").mkdir()  # a folder named like a file is not read
    summary = ingest_inline([str(inbox)])
    assert summary["status"] == "success"
    assert summary["documents_loaded"] == 5 and summary["documents_quarantined"] == 2
    from etl.pipeline.quarantine import list_quarantine, retry_quarantined

    rows = {r["rel_path"]: r for r in list_quarantine()}
    assert set(rows) == {"empty.txt", "binary.txt"}
    assert all(r["reason"] for r in rows.values())
    lines = (tmp_path / "q" / "manifest.jsonl").read_text().splitlines()
    assert {json.loads(x)["rel_path"] for x in lines} == {"empty.txt", "binary.txt"}

    shutil.copy(SAMPLES / sorted(p.name for p in SAMPLES.iterdir())[0], inbox / "empty.txt")  # analyst fixes it
    retried = retry_quarantined()
    assert retried["paths_retried"] == 2
    open_rows = {r["rel_path"] for r in list_quarantine()}
    assert open_rows == {"binary.txt"}
    status = warehouse_status(engine)
    assert status["documents_loaded"] == 5  # the fixed file has the same content as a sample: one document
    with engine.connect() as conn:
        resolved = conn.execute(sa.text("select resolution from ops.quarantine where rel_path = 'empty.txt'")).scalar()
    assert resolved == "retried_loaded"


def test_failing_expectation_quarantines_bad_records_and_loads_good(engine, tmp_path, monkeypatch):
    suites = tmp_path / "expectations"
    shutil.copytree(ROOT / "expectations", suites)
    doc_suite = suites / "staging" / "stg_document.json"
    suite = json.loads(doc_suite.read_text())
    suite["expectations"].append({"type": "expect_column_values_to_not_match_regex", "severity": "critical",
                                  "kwargs": {"column": "rel_path", "regex": "^003_"},
                                  "meta": {"reason": "test rule: report 003 is refused"}})
    doc_suite.write_text(json.dumps(suite))
    monkeypatch.setenv("ETL_EXPECTATIONS_DIR", str(suites))
    summary = ingest_inline([str(_inbox(tmp_path))])
    assert summary["documents_loaded"] == 4 and summary["documents_quarantined"] == 1
    with engine.connect() as conn:
        q = conn.execute(sa.text("select rel_path, reason_code, failed_check, reason, evidence from ops.quarantine")).one()
        loaded = conn.execute(sa.text("select count(*) from core.dim_document where source_path like '%/003_%'")).scalar()
    assert q.rel_path.startswith("003_") and q.reason_code == "expectation_failed"
    assert q.failed_check == "stg_document.expect_column_values_to_not_match_regex(rel_path)"
    assert "003_" in q.evidence and q.reason == "test rule: report 003 is refused"
    assert loaded == 0


def test_record_check_failure_is_quarantined_with_evidence(engine, tmp_path, monkeypatch):
    import etl.extract as extract_pkg

    real = extract_pkg.extract

    def lying_extract(doc):
        report = real(doc)
        if "004_" in doc.path:
            from etl.contract import Indicator

            report.events[0].indicators.append(Indicator("participants", 12, "person", evidence="twelve",
                                                         span=(0, 6)))
        return report

    monkeypatch.setattr(extract_pkg, "extract", lying_extract)
    summary = ingest_inline([str(_inbox(tmp_path))])
    assert summary["documents_loaded"] == 4 and summary["documents_quarantined"] == 1
    with engine.connect() as conn:
        q = conn.execute(sa.text("select rel_path, reason_code, failed_check, evidence from ops.quarantine")).one()
    assert q.rel_path.startswith("004_") and q.reason_code == "invalid_record"
    assert q.failed_check == "evidence_span" and q.evidence == "twelve"
