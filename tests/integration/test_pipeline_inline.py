"""The inline runner loads window by window in a second thread while it stages: same result, errors surface."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.pipeline import inline
from etl.pipeline.runs import discover_work, finalize_run, start_run

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(3):  # 15 distinct documents and one unreadable file
        for src in sorted(SAMPLES.iterdir()):
            (inbox / f"{n}_{src.name}").write_bytes(src.read_bytes() + b"\n" * n)
    (inbox / "empty.txt").write_bytes(b"")
    return inbox


def test_windows_are_checked_and_loaded_while_later_batches_stage(engine, tmp_path, monkeypatch):
    monkeypatch.setenv("ETL_BATCH_SIZE", "4")
    monkeypatch.setenv("ETL_WORKERS", "1")
    monkeypatch.setattr(inline, "MIN_WINDOW_DOCS", 7)  # two batches per window
    order: list[tuple[str, int]] = []
    real_stage, real_load = inline.stage, inline.load
    monkeypatch.setattr(inline, "stage", lambda b: (order.append(("stage", b["batch_no"])), real_stage(b))[1])
    monkeypatch.setattr(inline, "load", lambda c: (order.append(("load", c["batch_no"])), real_load(c))[1])

    start_run("windows", "test")
    batches = discover_work("windows", [str(_inbox(tmp_path))])
    assert len(batches) == 4
    result = inline.process_batches(batches)
    summary = finalize_run("windows")

    assert summary["status"] == "success" and summary["documents_loaded"] == 15
    assert summary["files_quarantined"] == 1
    # loaded in order, the first window once its two batches were staged (while the others stage)
    assert [n for step, n in order if step == "load"] == [0, 1, 2, 3]
    assert order.index(("load", 0)) > order.index(("stage", 1))
    passes = [c["checked"]["batches_checked"] for c in result.checked if c["checked"]["batches_checked"]]
    assert passes and sorted(b for p in passes for b in p) == [0, 1, 2, 3] and len(passes) <= 2
    assert result.stage_s > 0 and result.load_s > 0
    with engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from core.dim_document where is_current")).scalar_one() == 15


def test_a_failed_load_is_raised_by_the_runner(engine, tmp_path, monkeypatch):
    monkeypatch.setenv("ETL_BATCH_SIZE", "4")
    monkeypatch.setenv("ETL_WORKERS", "1")
    monkeypatch.setattr(inline, "MIN_WINDOW_DOCS", 1)

    def broken_load(checked):
        raise RuntimeError(f"load of batch {checked['batch_no']} failed")

    monkeypatch.setattr(inline, "load", broken_load)
    start_run("broken", "test")
    batches = discover_work("broken", [str(_inbox(tmp_path))])
    with pytest.raises(RuntimeError, match="load of batch 0 failed"):
        inline.process_batches(batches)
    with pytest.raises(RuntimeError, match="did not reach"):
        finalize_run("broken")  # nothing is lost silently: the run is failed, the documents still pending
