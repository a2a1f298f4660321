"""Build the donor marts from ``sql/marts/mart_*.sql`` and swap them in atomically.

Each file creates one table (unqualified name = file stem) with its comments.  All
marts are built in a private ``marts_build`` schema inside one transaction and then
moved into ``marts`` replacing the old tables, so a BI reader sees either the old
set or the new set, never a half-built mart.  An advisory lock serialises refreshes.
"""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa

from etl.config import Settings

BUILD_SCHEMA = "marts_build"
_REFRESH_LOCK_ID = 7_151_202  # arbitrary, constant: "one marts refresh at a time"


_MART_NAME = re.compile(r"^mart_[a-z0-9_]+$")


class MartError(RuntimeError):
    pass


def mart_files(marts_dir: Path | None = None) -> list[Path]:
    marts_dir = marts_dir or Settings.from_env().sql_dir / "marts"
    files = sorted(marts_dir.glob("mart_*.sql"))
    bad = [p.name for p in files if not _MART_NAME.match(p.stem)]
    if bad:  # the stem becomes a table name in generated SQL
        raise MartError(f"mart file names must be mart_[a-z0-9_]+.sql: {bad}")
    if not files:
        raise MartError(f"no mart_*.sql files in {marts_dir}")
    return files


def _uncommented(conn: sa.Connection, schema: str, table: str) -> list[str]:
    return list(conn.execute(sa.text("""
        select c.relname || coalesce('.' || a.attname, '')
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        left join pg_attribute a
          on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
         and col_description(c.oid, a.attnum) is null
        where n.nspname = :schema and c.relname = :table
          and (obj_description(c.oid, 'pg_class') is null or a.attname is not null)
    """), {"schema": schema, "table": table}).scalars())


def refresh_marts(engine: sa.Engine, marts_dir: Path | None = None) -> dict[str, int]:
    """Rebuild every mart; return ``{mart_name: row_count}``.

    Raises ``MartError`` (and changes nothing) when a file does not create its table
    or leaves a table or column without a comment.
    """
    files = mart_files(marts_dir)
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        conn.execute(sa.text("select pg_advisory_xact_lock(:id)"), {"id": _REFRESH_LOCK_ID})
        conn.exec_driver_sql(f"drop schema if exists {BUILD_SCHEMA} cascade")
        conn.exec_driver_sql(f"create schema {BUILD_SCHEMA}")
        conn.exec_driver_sql(f"set local search_path = {BUILD_SCHEMA}")
        for path in files:
            conn.exec_driver_sql(path.read_text(encoding="utf-8"))
            missing = conn.execute(sa.text(
                "select to_regclass(:name) is null"), {"name": f"{BUILD_SCHEMA}.{path.stem}"}).scalar_one()
            if missing:
                raise MartError(f"{path.name} must create table {path.stem}")
            uncommented = _uncommented(conn, BUILD_SCHEMA, path.stem)
            if uncommented:
                raise MartError(f"{path.name}: comment on every table and column; missing: {uncommented}")
        conn.exec_driver_sql("set local search_path = public")
        for path in files:
            conn.exec_driver_sql(f"drop table if exists marts.{path.stem}")
            conn.exec_driver_sql(f"alter table {BUILD_SCHEMA}.{path.stem} set schema marts")
            counts[path.stem] = int(conn.exec_driver_sql(f"select count(*) from marts.{path.stem}").scalar_one())  # noqa: S608
        conn.exec_driver_sql(f"drop schema {BUILD_SCHEMA}")
        # tables moved in by "set schema" escape the schema's default privileges
        if conn.execute(sa.text("select 1 from pg_roles where rolname = 'bi_reader'")).first():
            conn.exec_driver_sql("grant select on all tables in schema marts to bi_reader")
    return counts


def marts_exist(engine: sa.Engine, marts_dir: Path | None = None) -> bool:
    names = [p.stem for p in mart_files(marts_dir)]
    with engine.connect() as conn:
        return all(conn.execute(sa.text("select to_regclass(:n) is not null"), {"n": f"marts.{n}"}).scalar_one()
                   for n in names)


def ensure_marts(engine: sa.Engine) -> None:
    """Build the marts once when they do not exist yet (exports and reports read them)."""
    if not marts_exist(engine):
        refresh_marts(engine)
