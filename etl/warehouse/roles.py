"""Least privilege at runtime: the ingest connects (or switches) to the non-superuser loader role.

Migrations and the marts refresh need the owner of the schemas; loading needs only
row access.  ``get_engine()`` migrates as the configured user; ``loader_engine()``
then gives the engine the ingest tasks use:

- ``WAREHOUSE_LOADER_URL`` set: a separate login (a member of ``etl_loader``,
  created by an admin with its own password; see docs/security.md);
- else ``ETL_LOADER_ROLE`` set (e.g. ``etl_loader``): the same login, with
  ``SET ROLE`` on every new connection, so a bug or an injected statement in the
  load path cannot create, alter or drop anything;
- neither: the migrating engine itself (embedded development default).

URLs are only ever logged through ``safe_url`` (password hidden).
"""

from __future__ import annotations

import functools
import os

import sqlalchemy as sa

from etl.config import Settings

LOADER_ROLE_ENV = "ETL_LOADER_ROLE"
LOADER_URL_ENV = "WAREHOUSE_LOADER_URL"


def safe_url(url: str | sa.URL) -> str:
    """The URL for logs and run records: the password replaced by ``***``."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except Exception:  # not parseable as a URL: show nothing of it
        return "<unparseable database URL>"


@functools.cache
def _role_engine(url: str, role: str) -> sa.Engine:
    from psycopg import sql

    engine = sa.create_engine(url, pool_pre_ping=True, future=True)

    @sa.event.listens_for(engine, "connect")
    def _set_role(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True  # a plain SET inside a transaction is undone by the pool's rollback
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute(sql.SQL("set role {}").format(sql.Identifier(role)))
        finally:
            dbapi_connection.autocommit = autocommit

    return engine


def loader_engine(settings: Settings | None = None) -> sa.Engine:
    """The engine the ingest uses (see module docstring); migrations have run when it returns."""
    from etl.warehouse.engine import _engine_for, _psycopg_url, get_engine

    owner = get_engine(settings)  # migrates as the owner first
    loader_url = os.environ.get(LOADER_URL_ENV)
    if loader_url:
        return _engine_for(_psycopg_url(loader_url))
    role = os.environ.get(LOADER_ROLE_ENV)
    if role:
        return _role_engine(owner.url.render_as_string(hide_password=False), role)
    return owner
