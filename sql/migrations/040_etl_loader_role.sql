-- 040: etl_loader, the role the ingest runs as: reads and writes rows in raw, staging, core and ops,
-- creates, alters and drops nothing, and sees no marts (the marts refresh and migrations run as the
-- owner of the schemas, the role that applies these migrations).
-- roles are cluster-wide and several databases may share one server, so creation is idempotent;
-- grants are per database and run in every database migrated.
-- a login for the loader is created outside migrations (it carries a secret), see docs/security.md:
--   create role etl_ingest login password '...' in role etl_loader;

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'etl_loader') then
        create role etl_loader nologin;
        comment on role etl_loader is 'Ingest loader: DML on raw, staging, core, ops; no DDL (see docs/security.md).';
    end if;
exception when duplicate_object then
    null;  -- another database's migration created it concurrently
end
$$;

grant usage on schema raw, staging, core, ops to etl_loader;
revoke create on schema raw, staging, core, ops, marts from etl_loader;
revoke all on schema marts from etl_loader;
grant select, insert, update, delete on all tables in schema raw, staging, core, ops to etl_loader;
grant usage, select on all sequences in schema raw, staging, core, ops to etl_loader;
-- tables later migrations create (as the same owner) get the same grants
alter default privileges in schema raw, staging, core, ops
    grant select, insert, update, delete on tables to etl_loader;
alter default privileges in schema raw, staging, core, ops grant usage, select on sequences to etl_loader;
-- the migration history is the migrator's: the loader may read which version it runs against
revoke insert, update, delete on ops.schema_migration from etl_loader;

do $$
begin
    -- no format(): the migrator passes the file through a driver that reads percent signs
    execute 'grant connect on database ' || quote_ident(current_database()) || ' to etl_loader';
end
$$;
