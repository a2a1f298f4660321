"""The warehouse connection: ``WAREHOUSE_URL`` when set, else an embedded PostgreSQL.

The embedded server (``pgserver``, PostgreSQL 16 from a wheel) keeps its data
under ``.local/pgdata`` and is left running after the process exits, so that
concurrent processes (Airflow tasks, the CLI, tests) share one server; pgserver
serialises start-up with an inter-process lock and reuses a running postmaster.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import sqlalchemy as sa

from etl.config import Settings

EMBEDDED_DATABASE = "warehouse"


def _psycopg_url(url: str) -> str:
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    if url.startswith("postgres://"):
        return "postgresql+psycopg://" + url[len("postgres://"):]
    return url


def embedded_server(pgdata: Path):  # -> pgserver.PostgresServer
    """Start (or attach to) the embedded server whose data lives in ``pgdata``."""
    os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    runtime_dir = Path(os.environ["XDG_RUNTIME_DIR"])
    runtime_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if runtime_dir.stat().st_uid == os.getuid():
        runtime_dir.chmod(0o700)  # platformdirs warns (and pgserver logs) on a group-readable runtime dir
    import pgserver  # heavy-ish import, only needed on the embedded path

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    from pgserver.postgres_server import PostgresServer

    with PostgresServer._lock:  # the lock pgserver takes for a start: no start is half-way while we look
        _remove_stale_pid_file(pgdata.resolve())
    return pgserver.get_server(pgdata, cleanup_mode=None)


def _remove_stale_pid_file(pgdata: Path) -> None:
    """pgserver trusts ``postmaster.pid``: after a crash it may be empty, truncated, or name a pid the
    OS has since given to another program, and then the server is never started (or a dead socket is
    used).  Remove it unless it names a live postgres of this data directory."""
    import psutil

    pid_file = pgdata / "postmaster.pid"
    try:
        lines = pid_file.read_text().splitlines()
    except OSError:  # no file: nothing to clean
        return
    try:
        process = psutil.Process(int(lines[0]))
        if "postgres" in process.name() and str(pgdata) in " ".join(process.cmdline()):
            return
    except (IndexError, ValueError, psutil.Error):
        pass
    pid_file.unlink(missing_ok=True)


@functools.cache
def embedded_url(pgdata: Path) -> str:
    server = embedded_server(pgdata)
    admin = sa.create_engine(_psycopg_url(server.get_uri()), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(
                sa.text("select 1 from pg_database where datname = :name"), {"name": EMBEDDED_DATABASE}
            ).scalar()
            if not exists:
                try:
                    conn.execute(sa.text(f'create database "{EMBEDDED_DATABASE}"'))
                except sa.exc.ProgrammingError as exc:  # another process created it first
                    if "already exists" not in str(exc):
                        raise
    finally:
        admin.dispose()
    return _psycopg_url(server.get_uri(EMBEDDED_DATABASE))


def warehouse_url(settings: Settings | None = None) -> str:
    settings = settings or Settings.from_env()
    if settings.warehouse_url:
        return _psycopg_url(settings.warehouse_url)
    return embedded_url(settings.local_dir.resolve() / "pgdata")


@functools.cache
def _engine_for(url: str) -> sa.Engine:
    return sa.create_engine(url, pool_pre_ping=True, future=True)


def get_engine(settings: Settings | None = None) -> sa.Engine:
    """The process-wide engine for the configured warehouse, migrated to the latest version."""
    from etl.warehouse.migrate import migrate

    settings = settings or Settings.from_env()
    engine = _engine_for(warehouse_url(settings))
    migrate(engine, settings.sql_dir / "migrations")
    return engine


def stop_embedded(settings: Settings | None = None) -> bool:
    """Stop the embedded server if one runs for this project; True when one was stopped."""
    settings = settings or Settings.from_env()
    pgdata = settings.local_dir.resolve() / "pgdata"
    if not (pgdata / "postmaster.pid").exists():
        return False
    from pgserver._commands import pg_ctl  # type: ignore[attr-defined]  # pgserver setattr()s it at import

    pg_ctl(["-w", "stop"], pgdata=pgdata, user="pgserver" if os.geteuid() == 0 else None)
    embedded_url.cache_clear()
    return True
