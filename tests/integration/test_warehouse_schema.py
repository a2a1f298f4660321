"""The migrated warehouse has every schema, and every table and column is commented for BI tools."""

import sqlalchemy as sa


def test_schemas_exist(engine):
    with engine.connect() as conn:
        names = set(conn.execute(sa.text("select schema_name from information_schema.schemata")).scalars())
    assert {"raw", "staging", "core", "marts", "ops"} <= names


def test_every_table_and_column_is_commented(engine):
    with engine.connect() as conn:
        uncommented_tables = conn.execute(sa.text("""
            select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname in ('raw','staging','core','marts','ops') and c.relkind in ('r','v','m','p')
              and obj_description(c.oid, 'pg_class') is null""")).scalars().all()
        uncommented_columns = conn.execute(sa.text("""
            select n.nspname || '.' || c.relname || '.' || a.attname
            from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
            where n.nspname in ('raw','staging','core','marts','ops') and c.relkind in ('r','v','m','p')
              and a.attnum > 0 and not a.attisdropped and col_description(c.oid, a.attnum) is null""")).scalars().all()
    assert uncommented_tables == []
    assert uncommented_columns == []


def test_unknown_members_exist(engine):
    with engine.connect() as conn:
        for table, key in [("dim_place", "place_key"), ("dim_organization", "organization_key"),
                           ("dim_project", "project_key"), ("dim_date", "date_key")]:
            assert conn.execute(sa.text(f"select count(*) from core.{table} where {key} = 0")).scalar() == 1  # noqa: S608 - names from the literal list above


def test_migrations_are_idempotent(engine):
    from etl.config import Settings
    from etl.warehouse import migrate as m

    m._applied_keys.clear()
    assert m.migrate(engine, Settings.from_env().sql_dir / "migrations") == []
