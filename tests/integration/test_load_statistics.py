"""Planner statistics during a first load: the loader refreshes them for tables that doubled (migrations 090, 091)."""

from __future__ import annotations

import time

import sqlalchemy as sa

from etl.warehouse.load import refresh_statistics
from etl.warehouse.roles import loader_engine


def _last_analyze(engine: sa.Engine, table: str):
    with engine.connect() as conn:
        return conn.execute(sa.text(
            "select coalesce(last_analyze, last_autoanalyze) from pg_stat_user_tables"
            " where schemaname = 'staging' and relname = :t"), {"t": table}).scalar()


def _stage_flags(engine: sa.Engine, n: int) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text("""
            insert into staging.stg_quality_flag (run_id, batch_no, document_sha256, flag_code)
            select 'run-stats', 0, repeat('a', 64), 'flag_' || g from generate_series(1, :n) g"""), {"n": n})
        conn.execute(sa.text("select pg_stat_force_next_flush()"))  # counted when the session goes idle


def _wait_for_counts(engine: sa.Engine, table: str, at_least: int) -> None:
    for _ in range(100):
        with engine.connect() as conn:
            counted = conn.execute(sa.text("select n_mod_since_analyze from pg_stat_user_tables"
                                           " where schemaname = 'staging' and relname = :t"), {"t": table}).scalar()
            if counted is not None and counted >= at_least:
                return
        time.sleep(0.05)
    raise AssertionError("the server never counted the inserted rows")


def test_the_loader_analyzes_a_table_that_grew_and_leaves_a_small_change_alone(engine):
    loader = loader_engine()
    assert _last_analyze(engine, "stg_quality_flag") is None
    _stage_flags(loader, 100)  # below the 500-row floor: not worth an analyze
    _wait_for_counts(engine, "stg_quality_flag", 100)
    refresh_statistics(loader)
    assert _last_analyze(engine, "stg_quality_flag") is None

    _stage_flags(loader, 600)  # never analyzed and past 500 rows: analyzed, by the loader (it owns nothing)
    _wait_for_counts(engine, "stg_quality_flag", 700)
    assert refresh_statistics(loader) >= 1
    assert _last_analyze(engine, "stg_quality_flag") is not None
    with engine.connect() as conn:
        assert conn.execute(sa.text("select reltuples from pg_class"
                                    " where oid = 'staging.stg_quality_flag'::regclass")).scalar() == 700

    _stage_flags(loader, 600)  # 1,300 rows, less than twice the 700 of its last analyze: left to autovacuum
    _wait_for_counts(engine, "stg_quality_flag", 600)
    assert refresh_statistics(loader) == 0
    _stage_flags(loader, 200)  # 1,500 rows: doubled since, analyzed again
    _wait_for_counts(engine, "stg_quality_flag", 800)
    assert refresh_statistics(loader) >= 1
    with engine.connect() as conn:
        assert conn.execute(sa.text("select reltuples from pg_class"
                                    " where oid = 'staging.stg_quality_flag'::regclass")).scalar() > 1400
