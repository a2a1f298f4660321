"""finalize_run clears staging of runs older than a week and keeps the recent ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlalchemy as sa

from etl.pipeline.inline import ingest_inline
from etl.pipeline.runs import STAGING_KEEP_DAYS
from etl.warehouse.staging import STAGING_COLUMNS

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"


def _staged_runs(engine: sa.Engine) -> dict[str, set[str]]:
    with engine.connect() as conn:
        return {t: set(conn.execute(sa.text(f"select distinct run_id from staging.{t}")).scalars())  # noqa: S608
                for t in STAGING_COLUMNS}


def test_finalize_drops_staging_of_runs_older_than_the_keep_period(engine, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    ingest_inline([str(inbox)], run_id="old-run")
    (inbox / "new.txt").write_text((SAMPLES / sorted(p.name for p in SAMPLES.iterdir())[0]).read_text() + "\nnew\n")
    ingest_inline([str(inbox)], run_id="recent-run")
    with engine.begin() as conn:
        conn.execute(sa.text("update ops.run_log set finished_at = now() - make_interval(days => :d)"
                             " where run_id = 'old-run'"), {"d": STAGING_KEEP_DAYS + 1})
    before = _staged_runs(engine)
    assert all("old-run" in runs for t, runs in before.items() if t != "stg_quality_flag")

    summary = ingest_inline([str(inbox)], run_id="noop-run")
    assert summary["status"] == "success"
    after = _staged_runs(engine)
    assert not any("old-run" in runs for runs in after.values())
    assert "recent-run" in after["stg_document"] and "recent-run" in after["stg_event"]
