"""One GX pass checks every staged batch of a run; the other batches' validate tasks find their rows done."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import sqlalchemy as sa

from etl.pipeline import batch as batch_module
from etl.pipeline.runs import discover_work, finalize_run, start_run
from etl.validate import staging_checks

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "reports"


def _suites_refusing(tmp_path: Path, prefix: str, warn_prefix: str) -> Path:
    """The shipped suites plus a critical rule refusing ``prefix`` paths and a warning on ``warn_prefix``."""
    suites = tmp_path / "expectations"
    shutil.copytree(ROOT / "expectations", suites)
    doc_suite = suites / "staging" / "stg_document.json"
    suite = json.loads(doc_suite.read_text())
    suite["expectations"] += [
        {"type": "expect_column_values_to_not_match_regex", "severity": "critical",
         "kwargs": {"column": "rel_path", "regex": f"^{prefix}"}, "meta": {"reason": "test rule: refused"}},
        {"type": "expect_column_values_to_not_match_regex", "severity": "warning",
         "kwargs": {"column": "rel_path", "regex": f"^{warn_prefix}"},
         "meta": {"reason": "test rule: flagged", "flag_code": "test_flag"}},
    ]
    doc_suite.write_text(json.dumps(suite))
    return suites


def test_first_validate_checks_every_staged_batch_of_the_run(engine, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    monkeypatch.setenv("ETL_EXPECTATIONS_DIR", str(_suites_refusing(tmp_path, "004_", "003_")))
    monkeypatch.setenv("ETL_BATCH_SIZE", "2")
    monkeypatch.setenv("ETL_QUARANTINE_DIR", str(tmp_path / "q"))
    run_id = "validate-run"
    start_run(run_id, "test")
    batches = discover_work(run_id, [str(inbox)])
    assert len(batches) == 3
    staged = [batch_module.stage(b) for b in batches]  # as dag.test() runs them: every stage first

    first = batch_module.validate(staged[0])["checked"]
    assert first["batches_checked"] == [0, 1, 2] and first["expectations_evaluated"] > 0
    assert first["documents_failed"] == 1 and first["warnings"] >= 1  # the shipped suites warn too
    for later in staged[1:]:  # nothing left for them: no GX pass
        checked = batch_module.validate(later)["checked"]
        assert checked["batches_checked"] == [] and checked["expectations_evaluated"] == 0

    with engine.connect() as conn:
        docs = {r.rel_path: (r.batch_no, r.stage_status) for r in conn.execute(sa.text(
            "select rel_path, batch_no, stage_status from staging.stg_document where run_id = :r"), {"r": run_id})}
        flags = conn.execute(sa.text(
            "select f.batch_no, d.rel_path, f.detail from staging.stg_quality_flag f join staging.stg_document d"
            " on d.run_id = f.run_id and d.document_sha256 = f.document_sha256"
            " where f.run_id = :r and f.flag_code = 'test_flag'"), {"r": run_id}).all()
    refused = [p for p in docs if p.startswith("004_")][0]
    flagged = [p for p in docs if p.startswith("003_")][0]
    assert docs[refused][1] == "invalid"
    assert all(status == "valid" for p, (_, status) in docs.items() if p != refused)
    # the flag carries its own document's batch, not the batch of the task that checked it
    assert [(f.batch_no, f.rel_path, f.detail) for f in flags] == [(docs[flagged][0], flagged, "test rule: flagged")]

    for s in staged:
        batch_module.load({**s, "checked": {}})
    summary = finalize_run(run_id)
    assert summary["status"] == "success"
    assert summary["documents_loaded"] == 4 and summary["documents_quarantined"] == 1


def test_a_pass_is_bounded_by_max_docs_and_the_loop_takes_the_rest(engine, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    monkeypatch.setenv("ETL_BATCH_SIZE", "2")
    monkeypatch.setenv("ETL_VALIDATE_MAX_DOCS", "3")
    passes: list[list[int]] = []
    real = staging_checks._frames

    def counting(conn, run_id, batches):
        passes.append(list(batches))
        return real(conn, run_id, batches)

    monkeypatch.setattr(staging_checks, "_frames", counting)
    start_run("validate-bounded", "test")
    staged = [batch_module.stage(b) for b in discover_work("validate-bounded", [str(inbox)])]
    checked = batch_module.validate(staged[1])["checked"]
    # batches of 2, 2 and 1 documents: at most 3 per pass, at least one batch per pass
    assert passes == [[0], [1, 2]] and checked["batches_checked"] == [0, 1, 2]


def test_staging_goes_on_during_a_pass_and_rows_staged_again_are_checked_again(engine, tmp_path, monkeypatch):
    """GX runs without the staging lock: a batch staged (here: again, as a task retry) during a pass is
    written at once, and the pass marks only the rows it read - the new ones are checked by the next."""
    import threading

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    monkeypatch.setenv("ETL_BATCH_SIZE", "3")
    start_run("validate-concurrent", "test")
    batches = discover_work("validate-concurrent", [str(inbox)])
    staged = [batch_module.stage(b) for b in batches]
    real = staging_checks._validate
    restaged: list[bool] = []

    def restage_meanwhile(frames):
        if not restaged:
            worker = threading.Thread(target=batch_module.stage, args=(batches[0],))
            worker.start()
            worker.join(timeout=120)
            restaged.append(not worker.is_alive())
        return real(frames)

    monkeypatch.setattr(staging_checks, "_validate", restage_meanwhile)
    checked = batch_module.validate(staged[0])["checked"]
    assert restaged == [True]  # not held up by the pass
    assert checked["batches_checked"] == [0, 1, 0]  # the first pass took both batches, the second the new rows
    with engine.connect() as conn:
        statuses = conn.execute(sa.text("select distinct stage_status from staging.stg_document"
                                        " where run_id = 'validate-concurrent'")).scalars().all()
    assert statuses == ["valid"]


def test_frames_leave_out_the_record_json_unless_a_suite_reads_it(engine):
    with engine.connect() as conn:
        columns = staging_checks._frame_columns(conn, ROOT / "expectations" / "staging" / "stg_document.json")
    assert "extraction" not in columns and "check_errors" not in columns
    assert {"document_sha256", "rel_path", "published_date", "document_format"} <= set(columns)


def test_a_batch_with_nothing_to_check_returns_without_a_pass(engine, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    monkeypatch.setenv("ETL_BATCH_SIZE", "2")
    start_run("validate-nothing", "test")
    staged = [batch_module.stage(b) for b in discover_work("validate-nothing", [str(inbox)])]
    with engine.begin() as conn:  # as if every record of batch 0 had failed its record checks
        conn.execute(sa.text("update staging.stg_document set stage_status = 'invalid'"
                             " where run_id = 'validate-nothing' and batch_no = 0"))
    assert batch_module.validate(staged[0])["checked"]["batches_checked"] == []
    with engine.connect() as conn:
        pending = conn.execute(sa.text("select count(*) from staging.stg_document where run_id = 'validate-nothing'"
                                       " and stage_status = 'staged'")).scalar_one()
    assert pending == 3  # the other batches wait for their own validate
    assert batch_module.validate(staged[1])["checked"]["batches_checked"] == [1, 2]


def test_frames_hold_the_staged_figures_as_floats_and_only_documents_still_to_check(engine, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    start_run("validate-frames", "test")
    batches = discover_work("validate-frames", [str(inbox)])
    for b in batches:
        batch_module.stage(b)
    with engine.begin() as conn:
        staged = conn.execute(sa.text("select document_sha256, event_seq, item_seq, value_num"
                                      " from staging.stg_indicator_value where run_id = 'validate-frames'")).all()
        assert staged
        frames = staging_checks._frames(conn, "validate-frames", [b["batch_no"] for b in batches])
        figures = frames["stg_indicator_value"]
        assert str(figures["value_num"].dtype) == "float64"
        got = {(r.document_sha256, r.event_seq, r.item_seq): r.value_num for r in figures.itertuples()}
        assert got == {(sha.strip(), e, i): float(v) for sha, e, i, v in staged}  # as float(Decimal) gave
        # a document whose record checks failed is not in the next frames, nor are its figures
        invalid = staged[0][0]
        conn.execute(sa.text("update staging.stg_document set stage_status = 'invalid'"
                             " where run_id = 'validate-frames' and document_sha256 = :s"), {"s": invalid})
        again = staging_checks._frames(conn, "validate-frames", [b["batch_no"] for b in batches])
    assert invalid.strip() not in set(again["stg_indicator_value"]["document_sha256"])
    assert len(again["stg_document"]) == len(frames["stg_document"]) - 1
