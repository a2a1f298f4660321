"""The load path never runs as a superuser, whatever login WAREHOUSE_URL names; BI readers select marts only."""

from __future__ import annotations

import logging
import shutil
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.pipeline.inline import ingest_inline

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SAMPLES = PROJECT_ROOT / "samples" / "reports"
PASSWORD = "Hunter2-" + "lOaDeRsEcReT"
WHO = sa.text("select current_user, session_user, (select rolsuper from pg_roles where rolname = current_user)")


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox


def test_the_default_load_path_logs_in_as_a_plain_loader_not_the_superuser(engine, tmp_path, monkeypatch):
    """The test server's WAREHOUSE_URL login is a superuser, like the embedded default's."""
    from etl.warehouse import load as load_module
    from etl.warehouse.roles import DEFAULT_LOADER_LOGIN, loader_engine

    monkeypatch.delenv("WAREHOUSE_LOADER_URL", raising=False)
    monkeypatch.delenv("ETL_LOADER_ROLE", raising=False)
    with engine.connect() as conn:
        assert conn.execute(sa.text("select rolsuper from pg_roles where rolname = current_user")).scalar_one()

    seen: list[tuple[str, str, bool]] = []
    real_load_once = load_module._load_once

    def load_once_watched(conn, run, batch):
        seen.append(tuple(conn.execute(WHO).one()))
        return real_load_once(conn, run, batch)

    monkeypatch.setattr(load_module, "_load_once", load_once_watched)
    inbox = _inbox(tmp_path)
    (inbox / "empty.txt").write_bytes(b"")
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success" and run["documents_loaded"] == 5 and run["files_quarantined"] == 1
    # a login of its own (session_user), not SET ROLE on the superuser's session, and not a superuser
    assert seen and set(seen) == {(DEFAULT_LOADER_LOGIN, DEFAULT_LOADER_LOGIN, False)}
    with engine.connect() as conn:
        attrs = conn.execute(sa.text(
            "select rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication,"
            " pg_has_role(rolname, 'etl_loader', 'usage') from pg_roles where rolname = :r"),
            {"r": DEFAULT_LOADER_LOGIN}).one()
    assert tuple(attrs) == (True, False, False, False, False, False, True)
    with loader_engine().connect() as conn:
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            conn.execute(sa.text("create table core.evil (x int)"))
        conn.rollback()
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            conn.execute(sa.text("reset role; create table core.evil (x int)"))  # nothing to reset to
    again = ingest_inline([str(inbox)])
    assert again["status"] == "success" and again["rows_inserted"] == 0


def test_a_superuser_loader_url_is_refused(engine, warehouse_url, monkeypatch):
    from etl.warehouse.roles import LoaderRoleError, loader_engine

    monkeypatch.setenv("WAREHOUSE_LOADER_URL", warehouse_url)  # the superuser's own URL
    with pytest.raises(LoaderRoleError, match="superuser"):
        loader_engine()


def test_when_the_loader_login_is_refused_the_load_falls_back_to_set_role_and_says_so(
        engine, warehouse_url, monkeypatch, caplog):
    """A server that asks etl_ingest for a password it does not have: SET ROLE etl_loader, with a warning
    that names the setting to fix it and never the password."""
    from etl.warehouse.roles import DEFAULT_LOADER_LOGIN, loader_engine

    monkeypatch.delenv("WAREHOUSE_LOADER_URL", raising=False)
    monkeypatch.delenv("ETL_LOADER_ROLE", raising=False)
    url = sa.make_url(warehouse_url).set(password=PASSWORD)  # trusted socket: the password is not checked
    monkeypatch.setenv("WAREHOUSE_URL", url.render_as_string(hide_password=False))
    loader_engine()  # the login exists
    with engine.begin() as conn:
        conn.exec_driver_sql(f"alter role {DEFAULT_LOADER_LOGIN} nologin")
    try:
        monkeypatch.setenv("WAREHOUSE_URL", url.update_query_dict({"application_name": "fallback"})
                           .render_as_string(hide_password=False))  # a URL this process has not cached
        caplog.set_level(logging.WARNING)
        with loader_engine().connect() as conn:
            current, session, superuser = conn.execute(WHO).one()
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"alter role {DEFAULT_LOADER_LOGIN} login")
    assert (current, superuser) == ("etl_loader", False) and session != DEFAULT_LOADER_LOGIN
    assert "WAREHOUSE_LOADER_URL" in caplog.text and "SET ROLE" in caplog.text
    assert PASSWORD not in caplog.text


def test_bi_reader_may_select_the_marts_and_nothing_else_anywhere(engine, bi_login):
    """Over the whole catalog: select exactly on the marts tables, no write right on any table."""
    from marts_data import load_demo

    from etl.reporting.marts import refresh_marts

    load_demo(engine)
    refresh_marts(engine)
    with engine.connect() as conn:
        rights = conn.execute(sa.text("""
            select n.nspname as schema, c.relname as name,
                   has_table_privilege(:r, c.oid, 'select') as can_select,
                   has_table_privilege(:r, c.oid, 'insert, update, delete, truncate, references, trigger')
                       as can_write
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'v', 'm', 'p', 'f')
              and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
        """), {"r": bi_login}).mappings().all()
        schemas_created = conn.execute(sa.text("select has_database_privilege(:r, current_database(), 'create')"),
                                       {"r": bi_login}).scalar_one()
    marts = {r["name"] for r in rights if r["schema"] == "marts"}
    assert {"mart_indicator_results", "mart_reach", "mart_event_calendar", "mart_data_quality"} <= marts
    assert {(r["schema"], r["name"]) for r in rights if r["can_select"]} == {("marts", m) for m in marts}
    assert not [r for r in rights if r["can_write"]]
    assert not schemas_created


def test_deployments_create_the_loader_login_from_its_url(engine, warehouse_url, monkeypatch, capsys):
    """docker compose's init job: ``python -m etl.warehouse.roles`` makes the WAREHOUSE_LOADER_URL login."""
    from etl.warehouse.roles import LoaderRoleError, ensure_loader_login, loader_engine, main

    name = "etl_load_" + uuid.uuid4().hex[:8]
    url = sa.make_url(warehouse_url).set(username=name, password=PASSWORD).render_as_string(hide_password=False)
    monkeypatch.setenv("WAREHOUSE_LOADER_URL", url)
    try:
        assert main() == 0
        assert ensure_loader_login(engine, url) is False  # idempotent: the password is reset
        out = capsys.readouterr()
        assert PASSWORD not in out.out + out.err and name in out.out
        with engine.connect() as conn:
            row = conn.execute(sa.text(
                "select rolcanlogin, rolsuper, rolpassword is not null, pg_has_role(rolname, 'etl_loader', 'usage')"
                " from pg_authid where rolname = :r"), {"r": name}).one()
        assert tuple(row) == (True, False, True, True)
        with loader_engine().connect() as conn:
            assert tuple(conn.execute(WHO).one()) == (name, name, False)
        with pytest.raises(LoaderRoleError, match="password"):
            ensure_loader_login(engine, sa.make_url(warehouse_url).set(username=name).render_as_string(False))
    finally:
        from etl.warehouse.engine import _engine_for

        _engine_for(sa.make_url(url).render_as_string(hide_password=False)).dispose()
        with engine.begin() as conn:
            conn.exec_driver_sql(f"drop owned by {name}")
            conn.exec_driver_sql(f"drop role {name}")
