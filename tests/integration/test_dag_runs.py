"""The DAGs run green through dag.test() on real PostgreSQL, Airflow and Great Expectations."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import sqlalchemy as sa

from etl.warehouse.checksum import fact_checksums
from etl.warehouse.status import warehouse_status
from tests.integration.airflow_support import dags, task_states  # noqa: F401

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"


def _state(dag_run) -> str:
    return str(getattr(dag_run.state, "value", dag_run.state))


def test_ingest_dag_loads_good_files_and_quarantines_bad_ones(engine, dags, tmp_path, monkeypatch):  # noqa: F811
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(bytes(range(256)) * 40)
    monkeypatch.setenv("ETL_QUARANTINE_DIR", str(tmp_path / "quarantine"))
    conf = {"inboxes": [str(inbox)], "ignore_arrival_cutoff": True}

    run = dags["ingest_event_reports"].test(run_conf=conf)
    assert _state(run) == "success"
    assert task_states(run)["publish"] == "success"
    status = warehouse_status(engine)
    assert status["documents_loaded"] == 5
    assert status["documents_quarantined"] == 2 and status["files_quarantined_open"] == 2
    with engine.connect() as conn:
        reasons = dict(conn.execute(sa.text("select rel_path, reason_code from ops.quarantine")).all())
        log = conn.execute(sa.text("select status, files_seen, files_new, files_quarantined from ops.run_log")).one()
    assert set(reasons) == {"empty.txt", "binary.txt"} and reasons["empty.txt"] == "empty_file"
    assert tuple(log) == ("success", 7, 7, 2)
    manifest = [json.loads(line) for line in (tmp_path / "quarantine" / "manifest.jsonl").read_text().splitlines()]
    assert {m["rel_path"] for m in manifest} == {"empty.txt", "binary.txt"}

    sums = fact_checksums(engine)
    again = dags["ingest_event_reports"].test(run_conf=conf)
    assert _state(again) == "success"
    assert task_states(again)["publish"] == "skipped"  # nothing changed: marts are not rebuilt
    assert fact_checksums(engine) == sums
    assert {k: v for k, v in warehouse_status(engine).items() if k != "last_run"} == \
        {k: v for k, v in status.items() if k != "last_run"}


def test_reprocess_dag_reproduces_a_fresh_load(engine, dags, tmp_path):  # noqa: F811
    from etl.pipeline.inline import ingest_inline

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    ingest_inline([str(inbox)])
    fresh = fact_checksums(engine)
    # what an older extractor left behind: other figures, a lost event, another version label
    with engine.begin() as conn:
        conn.execute(sa.text("update core.fct_indicator_value set value_num = value_num + 1"))
        conn.execute(sa.text("delete from core.fct_event where event_seq = 0 and document_key ="
                             " (select min(document_key) from core.dim_document)"))
        conn.execute(sa.text("update core.dim_document set extractor_version = 'old'"))
    assert fact_checksums(engine)["all"] != fresh["all"]

    run = dags["reprocess_event_reports"].test(run_conf={"date_from": "2000-01-01", "date_to": "2040-12-31",
                                                         "by": "arrival", "extractor_version": "old"})
    assert _state(run) == "success"
    assert fact_checksums(engine) == fresh
    assert warehouse_status(engine)["documents_loaded"] == 5


def test_warehouse_quality_and_marts_dags(engine, dags, tmp_path, monkeypatch):  # noqa: F811
    from etl.pipeline.inline import ingest_inline

    monkeypatch.setenv("ETL_DATA_DOCS_DIR", str(tmp_path / "docs"))
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    ingest_inline([str(inbox)])
    run = dags["warehouse_quality"].test()
    assert _state(run) == "success"
    assert (tmp_path / "docs" / "index.html").exists()
    marts = dags["build_donor_marts"].test()
    assert _state(marts) == "success"
    with engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from information_schema.tables"
                                    " where table_schema = 'marts'")).scalar_one() >= 1
