"""Versioned migrations: ``sql/migrations/NNN_description.sql`` applied in order, once.

Applied versions are recorded in ``ops.schema_migration`` with a checksum; a
changed file that was already applied is an error, not a silent re-run.  A
transaction-level advisory lock makes concurrent first starts safe.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import sqlalchemy as sa

_MIGRATION_LOCK_ID = 7_151_201  # arbitrary, constant: "one migrator at a time"
_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_applied_keys: set[tuple[str, str, str]] = set()
_SCHEMA_MIGRATION_COMMENTS = {
    "table ops.schema_migration": "Warehouse schema versions applied from sql/migrations, one row per file.",
    "column ops.schema_migration.version": "Migration number, the NNN of its file name.",
    "column ops.schema_migration.name": "Migration file name.",
    "column ops.schema_migration.sha256": "SHA-256 of the file as applied; a later edit is refused.",
    "column ops.schema_migration.applied_at": "When the migration was applied.",
}


class MigrationError(RuntimeError):
    pass


def migration_files(migrations_dir: Path) -> list[tuple[int, str, Path]]:
    found = []
    for path in sorted(migrations_dir.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            raise MigrationError(f"migration file name must be NNN_description.sql: {path.name}")
        found.append((int(m.group(1)), path.name, path))
    versions = [v for v, _, _ in found]
    if len(versions) != len(set(versions)):
        raise MigrationError("two migration files share a version number")
    return found


def migrate(engine: sa.Engine, migrations_dir: Path) -> list[str]:
    """Apply pending migrations; return the names applied by this call."""
    files = migration_files(migrations_dir)
    newest = files[-1][1] if files else ""
    cache_key = (engine.url.render_as_string(hide_password=False), str(migrations_dir), newest)
    if cache_key in _applied_keys:  # once per process is enough
        return []
    applied_now: list[str] = []
    with engine.begin() as conn:
        conn.execute(sa.text("select pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
        conn.execute(sa.text("create schema if not exists ops"))
        conn.execute(sa.text(
            "create table if not exists ops.schema_migration ("
            " version integer primary key, name text not null, sha256 text not null,"
            " applied_at timestamptz not null default now())"
        ))
        for target, text in _SCHEMA_MIGRATION_COMMENTS.items():
            conn.execute(sa.text(f"comment on {target} is '{text}'"))
        done = {row.version: row for row in conn.execute(sa.text("select version, name, sha256 from ops.schema_migration"))}
        for version, name, path in files:
            sql = path.read_text(encoding="utf-8")
            digest = hashlib.sha256(sql.encode()).hexdigest()
            if version in done:
                if done[version].sha256 != digest:
                    raise MigrationError(f"migration {name} changed after it was applied; add a new migration instead")
                continue
            conn.exec_driver_sql(sql)
            conn.execute(
                sa.text("insert into ops.schema_migration (version, name, sha256) values (:v, :n, :s)"),
                {"v": version, "n": name, "s": digest},
            )
            applied_now.append(name)
    _applied_keys.add(cache_key)
    return applied_now
