"""Discovery and reading under attack: loops, swaps and files that vanish between listing and reading.

Each case ends in a recorded outcome (skipped with a reason, or quarantined with a
code), never an exception that stops the run and never a blocking open.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.pipeline.inline import ingest_inline
from etl.sources import manifest as manifest_module
from etl.sources.inbox import LocalInbox, ReadFailure

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox


def _quarantine(engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {r.rel_path: r.reason_code for r in conn.execute(sa.text(
            "select rel_path, reason_code from ops.quarantine where resolved_at is null"))}


def _skipped(engine, run: dict) -> dict[str, str]:
    with engine.connect() as conn:
        details = conn.execute(sa.text("select details from ops.run_log where run_id = :r"),
                               {"r": run["run_id"]}).scalar_one()
    return {rel: why for _inbox, rel, why in details["files_skipped"]}


def test_symlink_loop_is_skipped_not_fatal(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "a.txt").symlink_to(root / "b.txt")
    (root / "b.txt").symlink_to(root / "a.txt")
    (root / "ok.txt").write_text("report", encoding="utf-8")
    inbox = LocalInbox(str(root), root)
    listed = [e.rel_path for e in inbox.list_files()]
    assert listed == ["ok.txt"]
    assert {rel for rel, _ in inbox.skipped} == {"a.txt", "b.txt"}
    with pytest.raises(ReadFailure) as raised:
        inbox.read_bytes("a.txt", 1000)
    assert raised.value.code in ("unreadable", "unsafe_path")


def test_file_swapped_for_fifo_after_listing_does_not_block(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    target = root / "report.txt"
    target.write_text("report", encoding="utf-8")
    inbox = LocalInbox(str(root), root)
    assert [e.rel_path for e in inbox.list_files()] == ["report.txt"]
    target.unlink()
    os.mkfifo(target)  # nobody writes to it: a blocking open would hang this test forever
    done: dict[str, object] = {}

    def read() -> None:
        try:
            inbox.read_bytes("report.txt", 1000)
        except ReadFailure as exc:
            done["code"] = exc.code

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading a FIFO blocked"
    assert done.get("code") == "not_a_file"


def test_file_swapped_for_outside_symlink_after_listing_is_refused(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("outside", encoding="utf-8")
    (root / "report.txt").write_text("report", encoding="utf-8")
    inbox = LocalInbox(str(root), root)
    assert [e.rel_path for e in inbox.list_files()] == ["report.txt"]
    (root / "report.txt").unlink()
    (root / "report.txt").symlink_to(secret)
    with pytest.raises(ReadFailure) as raised:
        inbox.read_bytes("report.txt", 1000)
    assert raised.value.code == "unsafe_path"


def test_file_deleted_between_listing_and_hashing(engine, tmp_path, monkeypatch):
    inbox = _inbox(tmp_path)
    victim = sorted(inbox.iterdir())[0]
    real_hash_entry = manifest_module._hash_entry

    def delete_then_read(inbox_obj, entry, max_bytes):  # in one of discovery's hashing threads
        if entry.rel_path == victim.name:
            victim.unlink()
        return real_hash_entry(inbox_obj, entry, max_bytes)

    monkeypatch.setattr(manifest_module, "_hash_entry", delete_then_read)
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success"
    assert _quarantine(engine) == {victim.name: "vanished"}
    assert run["documents_loaded"] == 4


def test_file_changed_between_discovery_and_staging(engine, tmp_path, monkeypatch):
    """Discovery hashed the old bytes; the stage step reads new ones: quarantined for now, never mixed up."""
    from etl.pipeline import stage as stage_module

    inbox = _inbox(tmp_path)
    victim = sorted(inbox.iterdir())[1]
    real_stage_one = stage_module._stage_one

    changed: list[str] = []

    def change_then_stage(rows, base, item, inbox_obj, settings, known, *rest):
        if item.rel_path == victim.name and not changed:
            changed.append(item.rel_path)
            victim.write_text(victim.read_text(encoding="utf-8") + "\nИзменено.\n", encoding="utf-8")
        return real_stage_one(rows, base, item, inbox_obj, settings, known, *rest)

    monkeypatch.setattr(stage_module, "_stage_one", change_then_stage)
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success"
    assert _quarantine(engine) == {victim.name: "changed_during_read"}
    # the next run sees the new content (new mtime/size) and loads it
    again = ingest_inline([str(inbox)])
    assert again["status"] == "success" and again["files_changed"] == 1
    with engine.connect() as conn:
        loaded = conn.execute(sa.text(
            "select d.status from raw.source_file f join raw.document d using (document_sha256)"
            " where f.rel_path = :p"), {"p": victim.name}).scalar_one()
    assert loaded == "loaded"
    assert _quarantine(engine) == {}


def test_file_deleted_between_discovery_and_staging(engine, tmp_path, monkeypatch):
    from etl.pipeline import stage as stage_module

    inbox = _inbox(tmp_path)
    victim = sorted(inbox.iterdir())[2]
    real_stage_one = stage_module._stage_one

    def delete_then_stage(rows, base, item, inbox_obj, settings, known, *rest):
        if item.rel_path == victim.name:
            victim.unlink()
        return real_stage_one(rows, base, item, inbox_obj, settings, known, *rest)

    monkeypatch.setattr(stage_module, "_stage_one", delete_then_stage)
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success" and run["documents_loaded"] == 4
    assert _quarantine(engine) == {victim.name: "vanished"}


def test_symlink_loop_and_fifo_in_a_run_are_recorded(engine, tmp_path):
    inbox = _inbox(tmp_path)
    (inbox / "loop_a.txt").symlink_to(inbox / "loop_b.txt")
    (inbox / "loop_b.txt").symlink_to(inbox / "loop_a.txt")
    os.mkfifo(inbox / "pipe.txt")
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success" and run["documents_loaded"] == 5
    skipped = _skipped(engine, run)
    assert set(skipped) == {"loop_a.txt", "loop_b.txt", "pipe.txt"}
    assert all(why for why in skipped.values())


def test_run_without_a_plan_is_failed_not_success(engine):
    """A run whose discovery task failed must not be closed as a success with nothing done."""
    from etl.pipeline.runs import RunFailed, finalize_run, start_run

    start_run("t:no-plan", "test")
    with pytest.raises(RunFailed, match="no work was planned"):
        finalize_run("t:no-plan")
    with engine.connect() as conn:
        assert conn.execute(sa.text("select status from ops.run_log where run_id = 't:no-plan'")).scalar_one() \
            == "failed"


def test_run_with_a_batch_never_staged_is_failed(engine, tmp_path, monkeypatch):
    """A stage task that failed leaves no staging rows: the run is failed, not a silent success."""
    from etl.pipeline.batch import process_inline
    from etl.pipeline.runs import RunFailed, discover_work, finalize_run, start_run

    monkeypatch.setenv("ETL_BATCH_SIZE", "2")
    inbox = _inbox(tmp_path)
    start_run("t:lost-batch", "test")
    batches = discover_work("t:lost-batch", [str(inbox)])
    assert len(batches) == 3
    for batch in batches[1:]:
        process_inline(batch)
    with pytest.raises(RunFailed, match="1 of 3 batches were never staged"):
        finalize_run("t:lost-batch")


def test_name_that_is_not_utf8_is_skipped_with_a_reason(engine, tmp_path):
    inbox = _inbox(tmp_path)
    bad = os.fsencode(inbox) + b"/caf\xe9_report.txt"
    with open(bad, "wb") as fh:
        fh.write((SAMPLES / sorted(os.listdir(SAMPLES))[0]).read_bytes() + b"\nx\n")
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success" and run["documents_loaded"] == 5
    skipped = _skipped(engine, run)
    assert skipped == {"caf\\xe9_report.txt": "the file name is not valid UTF-8; rename the file"}
