"""Create (or update the password of) a login in the bi_reader group, from the environment.

``METABASE_WAREHOUSE_USER`` / ``METABASE_WAREHOUSE_PASSWORD``: docker-compose's init job
runs ``python -m etl.reporting.bi_login`` after ``python -m etl migrate`` so Metabase
connects read-only to the marts.  The password never appears in a file or a log.
"""

from __future__ import annotations

import os
import sys

import sqlalchemy as sa


def ensure_bi_login(engine: sa.Engine, user: str, password: str) -> bool:
    """Idempotent; True when the role was created, False when it existed (password reset)."""
    with engine.begin() as conn:
        exists = conn.execute(sa.text("select 1 from pg_roles where rolname = :u"), {"u": user}).first()
        verb = "alter role %I with login password %L" if exists else "create role %I login password %L"
        ddl = conn.execute(sa.text("select format(:f, cast(:u as text), cast(:p as text))"),
                           {"f": verb, "u": user, "p": password}).scalar_one()
        conn.exec_driver_sql(ddl)
        grant = conn.execute(sa.text("select format('grant bi_reader to %I', cast(:u as text))"),
                             {"u": user}).scalar_one()
        conn.exec_driver_sql(grant)
        conn.exec_driver_sql(conn.execute(sa.text(
            "select format('alter role %I set search_path = marts', cast(:u as text))"), {"u": user}).scalar_one())
    return not exists


def main() -> int:
    from etl.warehouse.engine import get_engine

    user, password = os.environ.get("METABASE_WAREHOUSE_USER"), os.environ.get("METABASE_WAREHOUSE_PASSWORD")
    if not user or not password:
        print("METABASE_WAREHOUSE_USER and METABASE_WAREHOUSE_PASSWORD must be set", file=sys.stderr)
        return 2
    created = ensure_bi_login(get_engine(), user, password)
    print(f"{'created' if created else 'updated'} login {user} in bi_reader")
    return 0


if __name__ == "__main__":
    sys.exit(main())
