"""Shared fixtures: a real PostgreSQL (pgserver) per test worker, a fresh migrated database per test.

Tests marked ``integration`` get ``warehouse_url``/``engine`` pointing at their
own database, and ``WAREHOUSE_URL`` set in the environment so code under test
(and Airflow tasks run in-process by ``dag.test()``) sees the same warehouse.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = PROJECT_ROOT / "samples" / "reports"
EXPECTED_DIR = PROJECT_ROOT / "samples" / "expected"
CONTRACT_SCHEMA = PROJECT_ROOT.parent / "shared" / "contract" / "report.schema.json"


def pytest_configure(config: pytest.Config) -> None:
    """Tests never touch a developer's warehouse: no inherited WAREHOUSE_URL, a private ETL_LOCAL_DIR."""
    import tempfile

    os.environ.pop("WAREHOUSE_URL", None)
    os.environ["ETL_LOCAL_DIR"] = tempfile.mkdtemp(prefix="etl-test-local-")


# One Airflow home per test worker, set before anything imports Airflow: Airflow reads its settings
# (metadata DB) once per process, so the DagBag tests and the dag.test() tests must share it.
# This module is imported twice (as pytest's conftest and as tests.conftest by modules re-exporting its
# fixtures); both imports must agree on the home, so it is remembered in the environment per worker.
_HOME_VAR = "ETL_TEST_AIRFLOW_HOME_" + os.environ.get("PYTEST_XDIST_WORKER", "main")
if os.environ.get(_HOME_VAR):
    _AIRFLOW_HOME = Path(os.environ[_HOME_VAR])
else:
    _AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="airflow_home_"))
    os.environ[_HOME_VAR] = str(_AIRFLOW_HOME)
    atexit.register(shutil.rmtree, _AIRFLOW_HOME, True)
os.environ["AIRFLOW_HOME"] = str(_AIRFLOW_HOME)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(PROJECT_ROOT / "dags")


@pytest.fixture(scope="session")
def airflow_home() -> Path:
    """The worker's AIRFLOW_HOME with its metadata DB migrated (once)."""
    import subprocess
    import sys

    stamp = _AIRFLOW_HOME / ".etl_db_migrated"  # dags/_local_runner.py skips its own migrate then
    if not stamp.exists():
        subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], check=True,
                       env={**os.environ, "AIRFLOW_HOME": str(_AIRFLOW_HOME)},
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stamp.touch()
    return _AIRFLOW_HOME


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test belongs to exactly one tier, taken from its folder."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        for tier in ("unit", "dags", "integration"):
            if tier in parts and not any(m.name == tier for m in item.iter_markers()):
                item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture(scope="session")
def pg_admin_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real PostgreSQL 16 started for this test worker; stopped and deleted at the end."""
    os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    import pgserver

    from etl.warehouse.engine import _psycopg_url

    pgdata = tmp_path_factory.mktemp("pgdata")
    server = pgserver.get_server(pgdata, cleanup_mode="delete")
    try:
        yield _psycopg_url(server.get_uri())
    finally:
        server.cleanup()


@pytest.fixture
def warehouse_url(pg_admin_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated warehouse database for one test; WAREHOUSE_URL points at it."""
    import sqlalchemy as sa

    from etl.config import Settings
    from etl.warehouse.engine import _engine_for
    from etl.warehouse.migrate import migrate

    name = "wh_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'create database "{name}"'))
    url = pg_admin_url.replace("/postgres?", f"/{name}?")
    monkeypatch.setenv("WAREHOUSE_URL", url)
    monkeypatch.setenv("ETL_LOCAL_DIR", str(tmp_path / "local"))
    migrate(_engine_for(url), Settings.from_env().sql_dir / "migrations")
    try:
        yield url
    finally:
        _engine_for(url).dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
        admin.dispose()


@pytest.fixture
def engine(warehouse_url: str):
    from etl.warehouse.engine import _engine_for

    return _engine_for(warehouse_url)


@pytest.fixture
def bi_login(engine):
    """A login role that is a member of bi_reader (as docs/warehouse.md tells admins to create)."""
    name = "bi_login_" + uuid.uuid4().hex[:8]
    with engine.begin() as conn:
        conn.exec_driver_sql(f"create role {name} login in role bi_reader")
    try:
        yield name
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"drop role {name}")
