"""Refresh the donor marts (``sql/marts/mart_*.sql``): in full, or only where documents changed.

Full build (first load, ``full=True``, a changed mart definition, a changed dimension row, or a change
touching a large share of the documents such as reprocess-all): every mart and its working tables
(``sql/marts/work/``) are built in a private ``marts_build`` schema, then moved into ``marts`` and
``marts_work`` replacing the old ones (lines marked ``-- refresh scope`` dropped).  Incremental refresh: the documents that statement triggers
(migration 080) recorded in ``ops.mart_change`` since the last refresh; their mart rows, and the rows of
the aggregate groups they contribute or contributed to, are deleted and recomputed in place
(``etl.reporting.marts_delta``).  The SQL files are the same in both modes: their ``-- refresh scope``
lines limit them to the ``refresh_*`` tables of changed keys in an incremental refresh.

Either way one repeatable-read transaction: the change log consumed and the facts read are one snapshot,
and a BI reader sees the marts before or after, never half-refreshed.  A session advisory lock, taken
before that snapshot, serialises refreshes.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import sqlalchemy as sa

from etl.config import Settings

BUILD_SCHEMA = "marts_build"
_REFRESH_LOCK_ID = 7_151_202  # arbitrary, constant: "one marts refresh at a time"
# a change touching more documents than this share is cheaper rebuilt in full (reprocess-all)
FULL_REBUILD_SHARE = 0.25

_MART_NAME = re.compile(r"^mart_[a-z0-9_]+$")
_WORK_NAME = re.compile(r"^wrk_[a-z0-9_]+$")


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


def work_files(marts_dir: Path | None = None) -> list[Path]:
    """Working tables and views the marts read, in build order (file names sort in dependency order)."""
    marts_dir = marts_dir or Settings.from_env().sql_dir / "marts"
    files = sorted((marts_dir / "work").glob("wrk_*.sql"))
    bad = [p.name for p in files if not _WORK_NAME.match(p.stem)]
    if bad:
        raise MartError(f"working table file names must be wrk_[a-z0-9_]+.sql: {bad}")
    return files


def definition_sha256(marts_dir: Path | None = None) -> str:
    """One hash over every mart and working-table definition and the refresh code: marts built by
    another version are rebuilt in full before they are refreshed in place again."""
    h = hashlib.sha256()
    code = [Path(__file__), Path(__file__).with_name("marts_delta.py")]
    for path in [*code, *work_files(marts_dir), *mart_files(marts_dir)]:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


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


# lines of the SQL files that limit an incremental refresh to the changed keys; a full build drops them
# (a filter that keeps everything would still change the plans, and cost several times the build)
SCOPE_LINE = re.compile(r"^[^\n]*-- refresh scope\n", re.MULTILINE)
# the builds sort and hash whole facts; the 4 MB default spills them to disk
_WORK_MEM = "set local work_mem = '128MB'"
# mart_reach counts the grains it is given in both modes: in a full build, every grain
_FULL_REACH_GRAINS = """create view refresh_reach_grains as
    select distinct donor_organization_key, project_key, period_grain, period_label from wrk_reach_member_count"""
# incremental refresh: the refresh_* names are tables of the changed keys, filled by marts_delta
_WORK_SCHEMA_OBJECTS = [
    "drop schema if exists marts_work cascade",
    "create schema marts_work",
    "comment on schema marts_work is 'Working tables of the marts refresh (per-event contributions, change scope); not for BI.'",
    "create table marts_work.refresh_documents (document_key integer, document_sha256 char(64))",
    "create table marts_work.refresh_paths (inbox text, rel_path text)",
    """create table marts_work.refresh_reach_grains (donor_organization_key integer, project_key integer,
                                                    period_grain text, period_label text)""",
    """create table marts_work.reach_delta (donor_organization_key integer, project_key integer, period_grain text,
                                           period_label text, member text collate "C", events_n integer)""",
    """create table marts_work.reach_net (donor_organization_key integer, project_key integer, period_grain text,
                                         period_label text, member text collate "C", events_n integer)""",
    """create table marts_work.reach_moved (donor_organization_key integer, project_key integer, period_grain text,
                                           period_label text, member text collate "C", events_before integer,
                                           events_after integer)""",
]
_WORK_INDEXES = [
    # the grains a change touches, with the mart's grouping columns: the mart has no index to find them by
    """create table marts_work.refresh_indicator_grains as
       select * from marts_work.wrk_indicator_contribution limit 0""",
    """alter table marts_work.refresh_indicator_grains
       drop column event_key, drop column document_key, drop column value_num, drop column is_shared""",
    "create index on marts_work.wrk_indicator_contribution (document_key)",
    "create index on marts_work.wrk_indicator_contribution (grain_key)",
    "create index on marts_work.wrk_reach_event (document_key)",
    """create unique index wrk_reach_member_key on marts_work.wrk_reach_member
       (donor_organization_key, project_key, period_grain, period_label, member)""",
    """create unique index wrk_reach_member_count_key on marts_work.wrk_reach_member_count
       (donor_organization_key, project_key, period_grain, period_label, member_kind)""",
]

# an incremental refresh deletes the changed keys' rows through these (marts_delta._DELETE_ROWS); BI
# filters on the same columns
_MART_INDEXES = [
    "create index on marts.mart_event_calendar (document_sha256)",
    "create index on marts.mart_data_quality (document_sha256)",
    "create index on marts.mart_data_quality (source_path) where issue_source = 'quarantine'",
    """create index on marts.mart_indicator_results
       (donor_organization_id, project_id, period_month, indicator_code, sex, place_attribution_level)""",
    "create index on marts.mart_reach (donor_organization_id, project_id, period_grain, period_label)",
]


def _run_file(conn: sa.Connection, path: Path) -> None:
    conn.exec_driver_sql(SCOPE_LINE.sub("", path.read_text(encoding="utf-8")))
    missing = conn.execute(sa.text(
        "select to_regclass(:name) is null"), {"name": f"{BUILD_SCHEMA}.{path.stem}"}).scalar_one()
    if missing:
        raise MartError(f"{path.name} must create table {path.stem}")


def _full_build(conn: sa.Connection, marts_dir: Path | None) -> None:
    files, work = mart_files(marts_dir), work_files(marts_dir)
    conn.exec_driver_sql(f"drop schema if exists {BUILD_SCHEMA} cascade")
    conn.exec_driver_sql(f"create schema {BUILD_SCHEMA}")
    # the working tables' indexes sort millions of rows (wrk_reach_member: 2.2 M at 100,000 reports)
    conn.exec_driver_sql("set local maintenance_work_mem = '256MB'")
    conn.exec_driver_sql(f"set local search_path = {BUILD_SCHEMA}")
    for path in work:
        _run_file(conn, path)
        conn.exec_driver_sql(f"analyze {BUILD_SCHEMA}.{path.stem}")  # the marts' plans read these
    conn.exec_driver_sql(_FULL_REACH_GRAINS)
    for path in files:
        _run_file(conn, path)
        uncommented = _uncommented(conn, BUILD_SCHEMA, path.stem)
        if uncommented:
            raise MartError(f"{path.name}: comment on every table and column; missing: {uncommented}")
    conn.exec_driver_sql("set local search_path = public")
    for statement in _WORK_SCHEMA_OBJECTS:
        conn.exec_driver_sql(statement)
    for path in files:
        conn.exec_driver_sql(f"drop table if exists marts.{path.stem}")
        conn.exec_driver_sql(f"alter table {BUILD_SCHEMA}.{path.stem} set schema marts")
    for path in work:  # "alter table" moves views too
        conn.exec_driver_sql(f"alter table {BUILD_SCHEMA}.{path.stem} set schema marts_work")
    for statement in [*_WORK_INDEXES, *_MART_INDEXES]:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(f"drop schema {BUILD_SCHEMA} cascade")  # refresh_reach_grains
    # tables moved in by "set schema" escape the schema's default privileges
    if conn.execute(sa.text("select 1 from pg_roles where rolname = 'bi_reader'")).first():
        conn.exec_driver_sql("grant select on all tables in schema marts to bi_reader")


def _has_change_log(conn: sa.Connection) -> bool:
    return bool(conn.execute(sa.text("select to_regclass('ops.mart_change') is not null"
                                     " and to_regclass('ops.mart_build') is not null")).scalar_one())


def _can_refresh_in_place(conn: sa.Connection, names: list[str], definition: str) -> bool:
    """Marts and working tables in place, built from today's definitions, no dimension row changed."""
    from etl.reporting.marts_delta import has_rules

    if not has_rules(names):
        return False
    built: dict[str, str] = {r.mart_name: r.definition_sha256 for r in conn.execute(sa.text(
        "select mart_name, definition_sha256 from ops.mart_build"))}
    if any(built.get(n) != definition for n in names):
        return False
    if not conn.execute(sa.text("select to_regclass('marts_work.wrk_reach_member') is not null")).scalar_one():
        return False
    return not conn.execute(sa.text(
        "select exists (select 1 from ops.mart_change where needs_full_rebuild)")).scalar_one()


def _changed_share(conn: sa.Connection) -> float:
    changed, total = conn.execute(sa.text("""
        select (select count(distinct document_sha256) from ops.mart_change),
               (select count(*) from core.dim_document)""")).one()
    return float(changed) / max(int(total), 1)


def refresh_marts(engine: sa.Engine, marts_dir: Path | None = None, *, full: bool = False) -> dict[str, int]:
    """Refresh every mart (incrementally where it can); return ``{mart_name: row_count}``.

    Raises ``MartError`` (and changes nothing) when a file does not create its table or leaves a
    table or column without a comment.  ``full=True`` rebuilds everything from ``core``.
    """
    from etl.reporting.marts_delta import refresh_changed

    names = [p.stem for p in mart_files(marts_dir)]
    definition = definition_sha256(marts_dir)
    with engine.connect() as conn:
        # the lock is taken before the transaction's snapshot: a refresh that waited sees what the
        # previous one committed (consumed change-log rows included)
        conn.execute(sa.text("select pg_advisory_lock(:id)"), {"id": _REFRESH_LOCK_ID})
        conn.commit()
        try:
            conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                conn.exec_driver_sql(_WORK_MEM)
                logged = _has_change_log(conn)
                incremental = (not full and logged and _can_refresh_in_place(conn, names, definition)
                               and _changed_share(conn) <= FULL_REBUILD_SHARE)
                if incremental:
                    refresh_changed(conn, marts_dir)
                else:
                    _full_build(conn, marts_dir)
                if logged:
                    # rows committed after this snapshot stay for the next refresh
                    conn.execute(sa.text("delete from ops.mart_change"))
                    conn.execute(sa.text("""
                        insert into ops.mart_build (mart_name, definition_sha256)
                        select unnest(cast(:names as text[])), :sha
                        on conflict (mart_name) do update set definition_sha256 = excluded.definition_sha256,
                            refreshed_at = now(),
                            built_at = case when :full then now() else ops.mart_build.built_at end"""),
                        {"names": names, "sha": definition, "full": not incremental})
                counts = {path.stem: int(conn.exec_driver_sql(f"select count(*) from marts.{path.stem}").scalar_one())  # noqa: S608
                          for path in mart_files(marts_dir)}
        finally:
            conn.execution_options(isolation_level="READ COMMITTED")
            conn.execute(sa.text("select pg_advisory_unlock(:id)"), {"id": _REFRESH_LOCK_ID})
            conn.commit()
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
