"""``etl reprocess`` runs the reprocess DAG through Airflow; afterwards the facts equal a fresh load's.

``etl run``'s summary counts loaded documents that an older extractor produced and points at the command.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from etl.extract import EXTRACTOR_VERSION
from etl.pipeline.reprocess import outdated_documents
from etl.warehouse.checksum import fact_checksums
from tests.integration.airflow_support import PROJECT_ROOT

SAMPLES = PROJECT_ROOT / "samples" / "reports"


def _etl(args: list[str], url: str, home: Path, tmp: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "WAREHOUSE_URL": url, "AIRFLOW_HOME": str(home), "ETL_LOCAL_DIR": str(tmp / "local")}
    return subprocess.run([sys.executable, "-m", "etl", *args], env=env, capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=600)


def test_reprocess_command_reproduces_a_fresh_load(warehouse_url, engine, airflow_home, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    first = _etl(["run", "--inbox", str(inbox)], warehouse_url, airflow_home, tmp_path)
    log = airflow_home / "logs" / "etl_ingest_event_reports.log"
    assert first.returncode == 0, first.stdout[-3000:] + (log.read_text()[-4000:] if log.exists() else "")
    assert "older extractor" not in first.stdout
    fresh = fact_checksums(engine)

    # what an older extractor left behind: other figures, a lost event, an older version label
    with engine.begin() as conn:
        conn.execute(sa.text("update core.fct_indicator_value set value_num = value_num + 1"))
        conn.execute(sa.text("delete from core.fct_event where event_seq = 0 and document_key ="
                             " (select min(document_key) from core.dim_document)"))
        conn.execute(sa.text("update core.dim_document set extractor_version = '0.0.1'"))
    assert fact_checksums(engine)["all"] != fresh["all"]
    assert outdated_documents(engine) == {"current": EXTRACTOR_VERSION, "total": 5, "by_version": {"0.0.1": 5}}

    again = _etl(["run", "--inbox", str(inbox), "--format", "json"], warehouse_url, airflow_home, tmp_path)
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    assert json.loads(again.stdout.strip().splitlines()[-1])["outdated_extraction"]["total"] == 5
    text = _etl(["run", "--inbox", str(inbox)], warehouse_url, airflow_home, tmp_path)
    assert "5 loaded documents were extracted by an older extractor" in text.stdout
    assert "python -m etl reprocess" in text.stdout

    out = _etl(["reprocess", "--extractor-version", "0.0.1"], warehouse_url, airflow_home, tmp_path)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "run reprocess_event_reports:" in out.stdout and "older extractor" not in out.stdout
    assert fact_checksums(engine) == fresh
    assert outdated_documents(engine)["total"] == 0
