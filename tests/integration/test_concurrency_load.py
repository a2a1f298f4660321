"""Two runs at once over overlapping files never duplicate or lose a row."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlalchemy as sa

from etl.pipeline.inline import ingest_inline
from etl.warehouse.checksum import fact_checksums

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"


def test_concurrent_overlapping_runs_leave_no_duplicates(engine, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(SAMPLES, a)
    b.mkdir()
    for f in sorted(SAMPLES.iterdir())[1:4]:  # b shares three documents with a
        shutil.copy(f, b / f.name)
    jobs = [[str(a)], [str(b)], [str(a), str(b)], [str(b), str(a)]]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda j: ingest_inline(j[1], run_id=f"concurrent:{j[0]}"), enumerate(jobs)))
    assert all(r["status"] == "success" for r in results)
    assert sum(r.get("documents_loaded", 0) for r in results) == 5  # each document loaded by exactly one run
    with engine.connect() as conn:
        q = lambda sql: conn.execute(sa.text(sql)).scalar_one()  # noqa: E731
        assert q("select count(*) from raw.document") == 5
        assert q("select count(*) from core.dim_document") == 5
        assert q("select count(*) from raw.source_file") == 8
        assert q("select count(*) - count(distinct (document_key, event_seq)) from core.fct_event") == 0
        assert q("select count(*) from ops.data_quality_issue") == q(
            "select count(*) from (select distinct document_sha256, event_seq, flag_code, detail"
            " from ops.data_quality_issue) d")
    concurrent_sums = fact_checksums(engine)

    with engine.begin() as conn:  # the same files loaded alone, one run, from an empty core
        conn.execute(sa.text("delete from core.fct_event"))
        conn.execute(sa.text("delete from core.dim_document"))
        conn.execute(sa.text("delete from ops.data_quality_issue"))
        conn.execute(sa.text("delete from raw.source_file"))
        conn.execute(sa.text("delete from raw.document"))
    ingest_inline([str(a), str(b)], run_id="alone")
    assert fact_checksums(engine) == concurrent_sums


def test_arrival_cutoff_leaves_later_files_for_later_runs(engine, tmp_path):
    import os
    from datetime import UTC, datetime

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    files = sorted(inbox.iterdir())
    early, late = datetime(2024, 3, 1, 10, 30, tzinfo=UTC), datetime(2024, 3, 1, 12, 30, tzinfo=UTC)
    for i, f in enumerate(files):
        t = (late if i == 4 else early).timestamp()
        os.utime(f, (t, t))
    first = ingest_inline([str(inbox)], cutoff="2024-03-01T11:00:00+00:00", run_id="interval-1")
    assert first["documents_loaded"] == 4 and first["files_seen"] == 4
    second = ingest_inline([str(inbox)], cutoff="2024-03-01T13:00:00+00:00", run_id="interval-2")
    assert second["documents_loaded"] == 1 and second["files_unchanged"] == 4
