"""``etl backfill`` over the demo data gives the same status counts as ``etl run`` (both through Airflow)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from tests.integration.airflow_support import PROJECT_ROOT

SAMPLES = PROJECT_ROOT / "samples" / "reports"


def _etl(args: list[str], url: str, home: Path, tmp: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "WAREHOUSE_URL": url, "AIRFLOW_HOME": str(home), "ETL_LOCAL_DIR": str(tmp / "local")}
    done = subprocess.run([sys.executable, "-m", "etl", *args], env=env, capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=600)
    if done.returncode != 0:  # the Airflow log is gone with the temporary home: keep its tail in the failure
        logs = sorted((home / "logs").glob("etl_*.log"))
        tails = [log.read_text(errors="replace")[-4000:] for log in logs]
        done = subprocess.CompletedProcess(done.args, done.returncode, done.stdout + "\n".join(tails), done.stderr)
    return done


def _status(url: str, home: Path, tmp: Path) -> dict:
    out = _etl(["status", "--format", "json"], url, home, tmp)
    assert out.returncode == 0, out.stderr[-2000:]
    status = json.loads(out.stdout.strip().splitlines()[-1])
    status.pop("last_run")
    return status


def test_backfill_gives_the_same_counts_as_run(warehouse_url, pg_admin_url, airflow_home, tmp_path):  # noqa: F811
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    for i, f in enumerate(sorted(inbox.iterdir())):  # arrivals spread over two hourly intervals
        t = datetime(2024, 3, 1, 10 if i < 3 else 11, 15, tzinfo=UTC).timestamp()
        os.utime(f, (t, t))
    backfill = _etl(["backfill", "--from", "2024-03-01T10:00", "--to", "2024-03-01T12:00", "--inbox", str(inbox)],
                    warehouse_url, airflow_home, tmp_path)
    assert backfill.returncode == 0, backfill.stdout[-3000:] + backfill.stderr[-3000:]
    assert backfill.stdout.count("run ingest_event_reports:") == 3  # 10:00, 11:00, 12:00
    backfilled = _status(warehouse_url, airflow_home, tmp_path)

    name = "wh_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'create database "{name}"'))
    other = pg_admin_url.replace("/postgres?", f"/{name}?")
    try:
        run = _etl(["run", "--inbox", str(inbox)], other, airflow_home, tmp_path)
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
        assert "files seen 5" in run.stdout
        assert _status(other, airflow_home, tmp_path) == backfilled
        assert backfilled["documents_loaded"] == 5
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
        admin.dispose()
