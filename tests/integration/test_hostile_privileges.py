"""Least privilege and secrets: the loader role loads but cannot change the schema, BI readers cannot write,
passwords never reach logs or run records, and SQL is never built from values."""

from __future__ import annotations

import ast
import logging
import re
import shutil
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.pipeline.inline import ingest_inline

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SAMPLES = PROJECT_ROOT / "samples" / "reports"
PASSWORD = "Hunter2-" + "x9Q7sEcReT"  # would show up verbatim if a URL were logged unmasked
DDL = [
    "create table core.evil (x int)",
    "create table raw.evil (x int)",
    "create table public.evil (x int)",
    "create temporary table evil (x int)",
    "drop table core.fct_event",
    "alter table core.fct_event add column evil int",
    "truncate core.fct_indicator_value",
    "create schema evil",
    "create index evil on core.fct_event (event_seq)",
    "create role evil_role",
    "alter role etl_loader superuser",
    "insert into ops.schema_migration (version, name, sha256) values (999, 'x', 'x')",
    "select * from marts.mart_reach",
]


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox


def _as(engine, role: str, statement: str):
    with engine.connect() as conn:
        with conn.begin():
            conn.exec_driver_sql(f"set local role {role}")
            try:
                return conn.exec_driver_sql(statement)
            finally:
                conn.rollback()


def test_loader_role_is_a_plain_nologin_role(engine):
    with engine.connect() as conn:
        row = conn.execute(sa.text("select rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls "
                                   "from pg_roles where rolname = 'etl_loader'")).one()
        usage = dict(conn.execute(sa.text(
            "select s, has_schema_privilege('etl_loader', s, 'usage') from unnest("
            "array['raw','staging','core','ops','marts']) as s")).all())
        create = dict(conn.execute(sa.text(
            "select s, has_schema_privilege('etl_loader', s, 'create') from unnest("
            "array['raw','staging','core','ops','marts','public']) as s")).all())
    assert tuple(row) == (False, False, False, False, False)
    assert usage == {"raw": True, "staging": True, "core": True, "ops": True, "marts": False}
    assert not any(create.values())


def test_role_migration_is_idempotent(engine):
    """Roles are cluster-wide: applying 040 again (another database, a rerun) must not fail."""
    sql = (PROJECT_ROOT / "sql" / "migrations" / "040_etl_loader_role.sql").read_text(encoding="utf-8")
    with engine.begin() as conn:
        conn.exec_driver_sql(sql)
        conn.exec_driver_sql(sql)


@pytest.mark.parametrize("statement", DDL)
def test_loader_role_cannot_change_the_schema(engine, statement):
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied|must be owner|must have"):
        _as(engine, "etl_loader", statement)


@pytest.mark.parametrize("statement", [
    "insert into core.dim_project (project_id, project_name) values ('x', 'x')",
    "update raw.document set status = 'loaded'",
    "delete from ops.quarantine",
    "insert into ops.run_log (run_id, dag_id) values ('x', 'x')",
    "select * from staging.stg_document",
    "delete from core.fct_event",
    "create table marts.evil (x int)",
])
def test_bi_reader_cannot_write_or_read_outside_marts(engine, statement):
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        _as(engine, "bi_reader", statement)


def test_ingest_runs_as_the_loader_role(engine, tmp_path, monkeypatch):
    from etl.warehouse.roles import loader_engine

    monkeypatch.setenv("ETL_LOADER_ROLE", "etl_loader")
    with loader_engine().connect() as conn:
        assert conn.execute(sa.text("select current_user")).scalar_one() == "etl_loader"
        conn.rollback()
    with loader_engine().connect() as conn:  # a pooled connection keeps the role after a rollback
        assert conn.execute(sa.text("select current_user")).scalar_one() == "etl_loader"
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            conn.execute(sa.text("create table core.evil (x int)"))
    inbox = _inbox(tmp_path)
    (inbox / "empty.txt").write_bytes(b"")
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success" and run["documents_loaded"] == 5 and run["files_quarantined"] == 1
    again = ingest_inline([str(inbox)])  # the idempotent path (skips, no-op merges) needs no more rights
    assert again["status"] == "success" and again["rows_inserted"] == 0


@pytest.fixture
def loader_login(engine):
    """A login in etl_loader with a password, as docs/security.md tells admins to create it."""
    name = "etl_ingest_" + uuid.uuid4().hex[:8]
    with engine.begin() as conn:
        conn.exec_driver_sql(f"create role {name} login password '{PASSWORD}' in role etl_loader")
    try:
        yield name
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"drop owned by {name}")
            conn.exec_driver_sql(f"drop role {name}")


def test_secrets_never_reach_logs_or_run_records(engine, warehouse_url, loader_login, tmp_path, monkeypatch,
                                                  caplog, capfd):
    """Both URLs carry the password; no log line, run record, quarantine entry or data doc shows it."""
    from etl.validate.warehouse_checks import run_warehouse_checks
    from etl.warehouse.roles import loader_engine, safe_url

    owner_url = sa.make_url(warehouse_url).set(password=PASSWORD).render_as_string(hide_password=False)
    loader_url = sa.make_url(warehouse_url).set(username=loader_login, password=PASSWORD) \
        .render_as_string(hide_password=False)
    assert PASSWORD in owner_url and PASSWORD not in safe_url(owner_url)
    monkeypatch.setenv("WAREHOUSE_URL", owner_url)
    monkeypatch.setenv("WAREHOUSE_LOADER_URL", loader_url)
    monkeypatch.setenv("ETL_QUARANTINE_DIR", str(tmp_path / "quarantine"))
    monkeypatch.setenv("ETL_DATA_DOCS_DIR", str(tmp_path / "docs"))
    with loader_engine().connect() as conn:
        assert conn.execute(sa.text("select session_user")).scalar_one() == loader_login
    caplog.set_level(logging.DEBUG)
    inbox = _inbox(tmp_path)
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success" and run["documents_loaded"] == 5
    try:
        run_warehouse_checks(fail_on_critical=False)
    except Exception as exc:  # a failing check is not this test's concern; its message must not leak either
        assert PASSWORD not in str(exc)
    out, err = capfd.readouterr()
    assert PASSWORD not in caplog.text and PASSWORD not in out and PASSWORD not in err
    with engine.connect() as conn:
        for table in ("ops.run_log", "ops.quarantine", "raw.document", "staging.stg_document"):
            dump = conn.execute(sa.text(f"select coalesce(string_agg(t::text, ' '), '') from {table} t")).scalar_one()  # noqa: S608
            assert PASSWORD not in dump, table
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


# ------------------------------------------------------------------ SQL is never built from values

_SQL_WORDS = re.compile(r"\b(select|insert\s+into|update\s+\S+\s+set|delete\s+from|create\s|drop\s|alter\s|"
                        r"comment\s+on|grant\s|revoke\s|set\s+role|copy\s|truncate|execute\s)", re.IGNORECASE)
# (file, interpolated expression) -> where the identifier comes from.  Everything else is a bound parameter.
ALLOWED = {
    ("etl/bench/run.py", "EMBEDDED_DATABASE"): "module constant",
    ("etl/bench/pipeline_stages.py", "workers"): "an int in a benchmark note that mentions COPY; not SQL",
    ("etl/warehouse/engine.py", "EMBEDDED_DATABASE"): "module constant",
    ("etl/pipeline/runs.py", "table"): "keys of STAGING_COLUMNS",
    ("etl/pipeline/runs.py", "STAGING_KEEP_DAYS"): "module constant (an int)",
    ("etl/pipeline/stage.py", "table"): "keys of STAGING_COLUMNS",
    ("etl/warehouse/staging.py", "table"): "keys of STAGING_COLUMNS",
    ("etl/warehouse/staging.py", "', '.join(columns)"): "values of STAGING_COLUMNS",
    ("etl/validate/staging_checks.py", "table"): "table names of the shipped suite files",
    ("etl/reporting/export.py", "mart"): "names in MARTS",
    ("etl/reporting/marts.py", "BUILD_SCHEMA"): "module constant",
    ("etl/reporting/marts.py", "path.stem"): "file names under sql/marts (checked against a pattern)",
    ("etl/reporting/marts.py", "path.name"): "file names under sql/marts, in an error message",
    ("etl/reporting/marts.py", "uncommented"): "column names from the catalog, in an error message",
    ("etl/warehouse/checksum.py", "sql"): "queries in _QUERIES",
    ("etl/warehouse/load.py", "', '.join(columns)"): "column names of the shipped gazetteer rows",
    ("etl/warehouse/load.py",
     "', '.join((f'{c} = excluded.{c}' for c in columns if c != 'place_id'))"): "same columns",
    ("etl/warehouse/merge_sql.py", "VALID_DOCS"): "SQL fragment constant",
    ("etl/warehouse/merge_sql.py", "_EVENT_OF"): "SQL fragment constant, formatted with literal table names",
    ("etl/warehouse/migrate.py", "target"): "keys of _SCHEMA_MIGRATION_COMMENTS",
    ("etl/warehouse/migrate.py", "text"): "values of _SCHEMA_MIGRATION_COMMENTS",
}


def _sql_interpolations() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in sorted((PROJECT_ROOT / "etl").rglob("*.py")):
        rel = path.relative_to(PROJECT_ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                if _SQL_WORDS.search(literal):
                    found |= {(rel, ast.unparse(v.value)) for v in node.values if isinstance(v, ast.FormattedValue)}
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
                  and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)
                  and _SQL_WORDS.search(node.func.value.value)):
                found |= {(rel, ast.unparse(a)) for a in [*node.args, *(k.value for k in node.keywords)]}
            elif (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add))
                  and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)
                  and _SQL_WORDS.search(node.left.value)):
                right = node.right
                while isinstance(right, (ast.Call, ast.Attribute)):  # "..." + _EVENT_OF.format(...).replace(...)
                    right = right.func if isinstance(right, ast.Call) else right.value
                found.add((rel, ast.unparse(right)))
    return found


def test_sql_is_built_only_from_constant_identifiers():
    """Values are bound (``:name`` / COPY rows); string-built SQL may only splice reviewed identifiers."""
    unreviewed = sorted(_sql_interpolations() - set(ALLOWED))
    assert not unreviewed, ("SQL built with interpolated expressions; bind values as parameters, or add the "
                            f"identifier source to ALLOWED after review: {unreviewed}")


def test_html_report_escapes_text_taken_from_reports(engine, tmp_path):
    """A report whose title and text carry markup renders it as text, never as live HTML."""
    from etl.reporting.marts import refresh_marts
    from etl.reporting.report import build_report

    inbox = _inbox(tmp_path)
    attack = "<script>alert('xss')</script><img src=x onerror=alert(1)>"
    first = sorted(inbox.iterdir())[0]
    (inbox / "attack.txt").write_text(f"Тренинг {attack} Ош шаарында\n" + first.read_text(encoding="utf-8")
                                      + f"\n{attack}\n", encoding="utf-8")
    (inbox / f"{attack.replace('/', '_')}.txt").write_text(
        sorted(inbox.iterdir())[2].read_text(encoding="utf-8") + "\nx\n", encoding="utf-8")
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success" and run["documents_loaded"] == 7
    with engine.connect() as conn:
        titles = conn.execute(sa.text("select document_title from core.dim_document")).scalars().all()
    assert any(t and "<script>" in t for t in titles)  # stored verbatim, as data
    refresh_marts(engine)
    page = build_report(engine, tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(" in page or "&lt;img src=x" in page  # shown, escaped
