"""Least privilege at runtime: the ingest never loads as a superuser.

Migrations and the marts refresh need the owner of the schemas; loading needs only
row access.  ``get_engine()`` migrates as the ``WAREHOUSE_URL`` login; ``loader_engine()``
then gives the engine the ingest tasks use:

- ``WAREHOUSE_LOADER_URL`` set: that login (a member of ``etl_loader``, created by an
  admin with its own password; see docs/security.md).  A superuser login is refused.
- else ``ETL_LOADER_ROLE`` set (e.g. ``etl_loader``): the same login, with
  ``SET ROLE`` on every new connection, so a bug or an injected statement in the
  load path cannot create, alter or drop anything (a statement could ``RESET ROLE``).
- else, when the ``WAREHOUSE_URL`` login is a superuser (the embedded server, a
  development cluster): the login role ``etl_ingest`` (member of ``etl_loader``, no
  password, no other attribute) is created once and the ingest connects as it.  That
  works where the server trusts local connections (the embedded server's socket); a
  server that asks it for a password refuses it, and the ingest falls back to
  ``SET ROLE etl_loader`` with a warning to set ``WAREHOUSE_LOADER_URL``.
- else (the owner is not a superuser): the owner's login.

URLs are only ever logged through ``safe_url`` (password hidden).
"""

from __future__ import annotations

import functools
import logging
import os

import sqlalchemy as sa

from etl.config import Settings

log = logging.getLogger(__name__)

LOADER_ROLE_ENV = "ETL_LOADER_ROLE"
LOADER_URL_ENV = "WAREHOUSE_LOADER_URL"
LOADER_GROUP = "etl_loader"
DEFAULT_LOADER_LOGIN = "etl_ingest"
_IS_SUPERUSER = sa.text("select rolsuper from pg_roles where rolname = current_user")
# no password: it logs in only where the server trusts the connection (the embedded server's socket)
# (names spelled out: SQL text is never built, see test_sql_is_built_only_from_constant_identifiers)
_ENSURE_LOGIN = """
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'etl_ingest') then
        create role etl_ingest login nosuperuser nocreatedb nocreaterole noreplication nobypassrls
            in role etl_loader;
        comment on role etl_ingest is
            'Ingest login created by etl for a superuser-configured warehouse (see docs/security.md).';
    end if;
exception when duplicate_object or unique_violation then
    null;  -- another process created it concurrently
end
$$
"""


class LoaderRoleError(RuntimeError):
    """The configured loader login may not load (it is a superuser)."""


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
        return _checked_login(_psycopg_url(loader_url))
    role = os.environ.get(LOADER_ROLE_ENV)
    if role:
        return _role_engine(owner.url.render_as_string(hide_password=False), role)
    return _default_loader(owner.url.render_as_string(hide_password=False)) or _engine_for(
        owner.url.render_as_string(hide_password=False))


@functools.cache
def _checked_login(url: str) -> sa.Engine:
    from etl.warehouse.engine import _engine_for

    engine = _engine_for(url)
    with engine.connect() as conn:
        if conn.execute(_IS_SUPERUSER).scalar():
            raise LoaderRoleError(f"{LOADER_URL_ENV} ({safe_url(url)}) logs in as a superuser; the ingest loads "
                                  f"as a login in {LOADER_GROUP} only (see docs/security.md)")
    return engine


@functools.cache
def _default_loader(owner_url: str) -> sa.Engine | None:
    """The ``etl_ingest`` engine when the owner is a superuser (None when it is not: load as the owner)."""
    from etl.warehouse.engine import _engine_for

    owner = _engine_for(owner_url)
    with owner.connect() as conn:
        if not conn.execute(_IS_SUPERUSER).scalar():
            return None
    with owner.begin() as conn:
        conn.exec_driver_sql(_ENSURE_LOGIN)
        # the role may predate this database (roles are cluster-wide): make sure of the membership
        conn.exec_driver_sql("grant etl_loader to etl_ingest")
    url = sa.make_url(owner_url).set(username=DEFAULT_LOADER_LOGIN, password=None)
    engine = sa.create_engine(url, pool_pre_ping=True, future=True)
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
    except sa.exc.OperationalError as exc:  # the server asks for a password the login does not have
        engine.dispose()
        log.warning("the warehouse login is a superuser and %s is not set; %s cannot log in to %s (%s): "
                    "loading through SET ROLE %s instead. Create a loader login and set %s (docs/security.md).",
                    LOADER_URL_ENV, DEFAULT_LOADER_LOGIN, safe_url(owner_url), type(exc.orig).__name__,
                    LOADER_GROUP, LOADER_URL_ENV)
        return _role_engine(owner_url, LOADER_GROUP)
    return engine


def ensure_loader_login(owner: sa.Engine, loader_url: str) -> bool:
    """Create (or reset the password of) the login ``loader_url`` names, as a member of ``etl_loader``.

    For deployments (docker compose's init job) whose owner may create roles: the loader's user and
    password come from ``WAREHOUSE_LOADER_URL`` itself.  True when the role was created."""
    url = sa.make_url(_as_psycopg(loader_url))
    if not url.username or not url.password:
        raise LoaderRoleError(f"{LOADER_URL_ENV} must name a user and a password: {safe_url(url)}")
    with owner.begin() as conn:
        exists = conn.execute(sa.text("select 1 from pg_roles where rolname = :u"), {"u": url.username}).first()
        verb = "alter role %I with login nosuperuser password %L" if exists else "create role %I login password %L"
        for template in (verb, "grant etl_loader to %I"):
            conn.exec_driver_sql(conn.execute(sa.text("select format(:f, cast(:u as text), cast(:p as text))"),
                                              {"f": template, "u": url.username, "p": url.password}).scalar_one())
    return not exists


def _as_psycopg(url: str) -> str:
    from etl.warehouse.engine import _psycopg_url

    return _psycopg_url(url)


def main() -> int:
    """``python -m etl.warehouse.roles``: migrate, then create the ``WAREHOUSE_LOADER_URL`` login."""
    import sys

    from etl.warehouse.engine import get_engine

    loader_url = os.environ.get(LOADER_URL_ENV)
    if not loader_url:
        print(f"{LOADER_URL_ENV} must be set", file=sys.stderr)
        return 2
    created = ensure_loader_login(get_engine(), loader_url)
    print(f"{'created' if created else 'updated'} login {sa.make_url(loader_url).username} in {LOADER_GROUP}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
