"""Faults on real PostgreSQL: a connection killed mid-load, a worker killed with SIGKILL, two runs at once,
and a stale embedded-server pid file.  After each, the warehouse holds exactly what one clean run gives."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.warehouse.checksum import fact_checksums

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SAMPLES = PROJECT_ROOT / "samples" / "reports"


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox


_CLEAN_CHECKSUMS: dict[tuple, dict[str, str]] = {}  # same files, same facts: one clean load per worker


@pytest.fixture
def clean_checksum(pg_admin_url, tmp_path):
    """The fact checksum of one clean ingest of ``inbox`` into a database of its own."""
    from etl.pipeline.inline import ingest_inline
    from etl.warehouse.engine import _engine_for
    from etl.warehouse.migrate import migrate

    def compute(inbox: Path) -> dict[str, str]:
        key = tuple(sorted((p.name, p.read_bytes()) for p in inbox.iterdir()))
        if key not in _CLEAN_CHECKSUMS:
            _CLEAN_CHECKSUMS[key] = _compute(inbox)
        return _CLEAN_CHECKSUMS[key]

    def _compute(inbox: Path) -> dict[str, str]:
        name = "wh_clean_" + uuid.uuid4().hex[:10]
        admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'create database "{name}"'))
        url = pg_admin_url.replace("/postgres?", f"/{name}?")
        saved = os.environ["WAREHOUSE_URL"]
        try:
            os.environ["WAREHOUSE_URL"] = url
            migrate(_engine_for(url), PROJECT_ROOT / "sql" / "migrations")
            assert ingest_inline([str(inbox)])["status"] == "success"
            return fact_checksums(_engine_for(url))
        finally:
            os.environ["WAREHOUSE_URL"] = saved
            _engine_for(url).dispose()
            with admin.connect() as conn:
                conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
            admin.dispose()

    return compute


def _facts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(sa.text(f"select count(*) from core.{t}")).scalar_one()  # noqa: S608
                for t in ("dim_document", "fct_event", "fct_indicator_value", "bridge_event_place")}


def test_connection_terminated_mid_load_rolls_back_and_retry_loads_once(engine, tmp_path, monkeypatch,
                                                                        clean_checksum):
    from etl.pipeline import batch as batch_module
    from etl.pipeline.runs import discover_work, finalize_run, start_run
    from etl.warehouse import load as load_module

    inbox = _inbox(tmp_path)
    expected = clean_checksum(inbox)
    real_quarantine = load_module._quarantine
    killed: list[int] = []

    def terminate_then_continue(conn, run, batch):
        """Facts are inserted, the transaction is open: another session kills this backend."""
        if not killed:
            pid = conn.execute(sa.text("select pg_backend_pid()")).scalar_one()
            assert conn.execute(sa.text("select count(*) from core.fct_event")).scalar_one() > 0
            with engine.connect() as other:
                state = other.execute(sa.text("select state from pg_stat_activity where pid = :p"),
                                      {"p": pid}).scalar_one()
                assert state == "idle in transaction"
                assert other.execute(sa.text("select pg_terminate_backend(:p)"), {"p": pid}).scalar_one()
            killed.append(pid)
        return real_quarantine(conn, run, batch)

    monkeypatch.setattr(load_module, "_quarantine", terminate_then_continue)
    run_id = "faults:terminated"
    start_run(run_id, "faults")
    [batch] = discover_work(run_id, [str(inbox)])
    checked = batch_module.validate(batch_module.stage(batch))
    with pytest.raises(sa.exc.DBAPIError):
        batch_module.load(checked)
    assert killed
    assert _facts(engine) == {"dim_document": 0, "fct_event": 0, "fct_indicator_value": 0,
                              "bridge_event_place": 0}, "the killed transaction left rows behind"
    batch_module.load(checked)  # what Airflow's task retry does
    batch_module.load(checked)  # and a retry after a commit whose acknowledgement was lost
    summary = finalize_run(run_id)
    assert summary["status"] == "success" and summary["documents_loaded"] == 5
    assert fact_checksums(engine) == expected


_WORKER = """
import sys, time
from pathlib import Path
from etl.warehouse import load
real = load._load_once
def slow(conn, run, batch):
    counts = real(conn, run, batch)  # the facts are written, the transaction is still open
    Path(sys.argv[2]).write_text("loading")
    time.sleep(600)
    return counts
load._load_once = slow
from etl.pipeline.inline import ingest_inline
ingest_inline([sys.argv[1]], run_id="faults:killed")
"""


def test_worker_killed_mid_load_then_rerun_matches_a_clean_run(engine, tmp_path, clean_checksum):
    from etl.pipeline.inline import ingest_inline

    inbox = _inbox(tmp_path)
    expected = clean_checksum(inbox)
    flag = tmp_path / "loading.flag"
    worker = subprocess.Popen([sys.executable, "-c", _WORKER, str(inbox), str(flag)], cwd=PROJECT_ROOT,
                              env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while not flag.exists():
            assert worker.poll() is None, worker.stderr.read().decode() if worker.stderr else ""
            assert time.monotonic() < deadline, "the worker never reached the load"
            time.sleep(0.2)
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == -signal.SIGKILL
    assert _facts(engine)["fct_event"] == 0  # the open transaction died with its client
    with engine.connect() as conn:
        assert conn.execute(sa.text("select status from ops.run_log where run_id = 'faults:killed'")) \
            .scalar_one() == "running"
    rerun = ingest_inline([str(inbox)])
    assert rerun["status"] == "success" and rerun["documents_loaded"] == 5
    assert fact_checksums(engine) == expected
    again = ingest_inline([str(inbox)])
    assert again["rows_inserted"] == 0 and fact_checksums(engine) == expected


_CONCURRENT = """
import sys
from etl.pipeline.inline import ingest_inline
summary = ingest_inline([sys.argv[1]], run_id=sys.argv[2])
print(summary["status"], summary.get("documents_loaded", 0), summary.get("documents_skipped", 0))
"""


def test_two_concurrent_runs_over_one_inbox_load_once(engine, tmp_path, clean_checksum, monkeypatch):
    inbox = _inbox(tmp_path)
    expected = clean_checksum(inbox)
    env = {**os.environ, "ETL_BATCH_SIZE": "2"}  # several batches each: more interleaving
    procs = [subprocess.Popen([sys.executable, "-c", _CONCURRENT, str(inbox), f"faults:concurrent:{i}"],
                              cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err[-3000:]
        assert out.split()[0] == "success"
    assert sum(int(out.split()[1]) for out, _ in outputs) == 5, outputs  # each document loaded by one run
    assert _facts(engine)["dim_document"] == 5
    with engine.connect() as conn:
        dup = conn.execute(sa.text("select count(*) from (select document_key, event_seq from core.fct_event"
                                   " group by 1, 2 having count(*) > 1) d")).scalar_one()
    assert dup == 0
    assert fact_checksums(engine) == expected


# ------------------------------------------------------------------ embedded server


@pytest.fixture
def pgdata(tmp_path):
    from etl.warehouse.engine import embedded_server

    path = tmp_path / "embedded" / "pgdata"
    server = embedded_server(path)
    yield path, server
    from pgserver._commands import pg_ctl

    if (path / "postmaster.pid").exists():
        try:
            pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=path, user="pgserver" if os.geteuid() == 0 else None)
        except Exception:
            pass


def _stop(path: Path) -> None:
    from pgserver._commands import pg_ctl

    pg_ctl(["-w", "stop"], pgdata=path, user="pgserver" if os.geteuid() == 0 else None)


_ATTACH = """
import sys
from pathlib import Path
import sqlalchemy as sa
from etl.warehouse.engine import _psycopg_url, embedded_server
server = embedded_server(Path(sys.argv[1]))
engine = sa.create_engine(_psycopg_url(server.get_uri()))
with engine.connect() as conn:
    print(conn.execute(sa.text("select 1")).scalar_one(), server.get_uri())
"""


def _attach(path: Path) -> tuple[int, str]:
    """What a new process (a CLI call, an Airflow task) gets from embedded_server(path)."""
    done = subprocess.run([sys.executable, "-c", _ATTACH, str(path)], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    one, uri = done.stdout.split()
    return int(one), uri


def test_embedded_server_already_running_is_reused(pgdata):
    path, server = pgdata
    pid_before = (path / "postmaster.pid").read_text().splitlines()[0]
    assert _attach(path) == (1, server.get_uri())
    assert (path / "postmaster.pid").read_text().splitlines()[0] == pid_before  # not restarted


@pytest.mark.parametrize("stale", ["dead_pid", "live_foreign_pid", "truncated", "empty"])
def test_embedded_server_starts_over_a_stale_pid_file(pgdata, stale):
    path, _server = pgdata
    content = (path / "postmaster.pid").read_text()
    _stop(path)
    lines = content.splitlines()
    if stale == "dead_pid":
        dead = subprocess.Popen(["true"])
        dead.wait()
        lines[0] = str(dead.pid)
    elif stale == "live_foreign_pid":
        lines[0] = str(os.getpid())  # a running process that is not postgres (pid reused after a reboot)
    elif stale == "truncated":
        lines = lines[:2]  # the machine died while postgres was writing the file
    else:
        lines = []
    (path / "postmaster.pid").write_text("".join(line + "\n" for line in lines))
    one, _uri = _attach(path)
    assert one == 1
