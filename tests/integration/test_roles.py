"""bi_reader reads the marts and nothing else, and writes nowhere; a login in it inherits exactly that."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from marts_data import load_demo

from etl.reporting.marts import refresh_marts

FORBIDDEN_READS = ["raw.document", "raw.source_file", "core.fct_event", "core.dim_place",
                   "core.fct_indicator_value", "ops.quarantine", "ops.data_quality_issue", "ops.run_log"]


def _as(engine, role, sql):
    """Run sql as ``role`` in a rolled-back transaction; return the rows or raise."""
    with engine.connect() as conn:
        with conn.begin():
            conn.exec_driver_sql(f"set local role {role}")
            try:
                return conn.exec_driver_sql(sql).all() if sql.lstrip().startswith("select") else conn.exec_driver_sql(sql)
            finally:
                conn.rollback()


def test_bi_reader_is_a_nologin_group_role(engine):
    with engine.connect() as conn:
        row = conn.execute(sa.text("select rolcanlogin, rolsuper, rolcreaterole, rolcreatedb "
                                   "from pg_roles where rolname = 'bi_reader'")).one()
    assert tuple(row) == (False, False, False, False)


def test_login_in_bi_reader_selects_every_refreshed_mart(engine, bi_login):
    load_demo(engine)
    counts = refresh_marts(engine)
    refresh_marts(engine)  # tables replaced by a refresh stay readable
    for mart, rows in counts.items():
        assert _as(engine, bi_login, f"select count(*) from marts.{mart}")[0][0] == rows  # noqa: S608


def test_login_in_bi_reader_cannot_read_raw_core_ops(engine, bi_login):
    for table in FORBIDDEN_READS:
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            _as(engine, bi_login, f"select * from {table} limit 1")  # noqa: S608


def test_login_in_bi_reader_cannot_read_staging(engine, bi_login):
    with engine.connect() as conn:
        usage = conn.execute(sa.text("select s, has_schema_privilege(:r, s, 'usage') from unnest("
                                     "array['raw','staging','core','ops','marts']) as s"), {"r": bi_login}).all()
        assert dict(usage) == {"raw": False, "staging": False, "core": False, "ops": False, "marts": True}
        staging = conn.execute(sa.text("select table_name from information_schema.tables "
                                       "where table_schema = 'staging'")).scalars().all()
    for table in staging:
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            _as(engine, bi_login, f"select * from staging.{table} limit 1")  # noqa: S608


WRITES = [
    "insert into marts.mart_reach (donor_name) values ('x')",
    "delete from marts.mart_event_calendar",
    "update marts.mart_indicator_results set indicator_value = 0",
    "drop table marts.mart_reach",
    "create table marts.mine (x int)",
    "create table public.mine (x int)",
    "create temporary table mine (x int)",
    "insert into ops.run_log (run_id, dag_id) values ('x', 'y')",
    "create schema mine",
]


def test_login_in_bi_reader_cannot_write(engine, bi_login):
    load_demo(engine)
    refresh_marts(engine)
    for statement in WRITES:
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied|must be owner"):
            _as(engine, bi_login, statement)


def test_bi_login_helper_is_idempotent_and_read_only(engine):
    from etl.reporting.bi_login import ensure_bi_login

    load_demo(engine)
    refresh_marts(engine)
    name = "bi_helper_" + uuid.uuid4().hex[:8]
    try:
        assert ensure_bi_login(engine, name, "s3cret'; drop table x; --") is True
        assert ensure_bi_login(engine, name, "other %s password") is False
        assert _as(engine, name, "select count(*) from marts.mart_event_calendar")[0][0] == 7
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            _as(engine, name, "select * from core.fct_event limit 1")
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"drop role if exists {name}")
