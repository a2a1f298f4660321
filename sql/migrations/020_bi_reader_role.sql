-- 020: bi_reader, the read-only group role of BI tools (Metabase, Power BI, Excel).
-- it sees the marts schema only: no raw, staging, core or ops, and writes nowhere.
-- roles are cluster-wide and several databases may share one server, so creation
-- is idempotent; grants are per database and run in every database migrated.
-- a login for a person or tool is created outside migrations (it carries a secret):
--   create role metabase login password '...' in role bi_reader;

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'bi_reader') then
        create role bi_reader nologin;
        comment on role bi_reader is 'Read-only BI access: select on the marts schema only (see docs/warehouse.md).';
    end if;
exception when duplicate_object then
    null;  -- another database's migration created it concurrently
end
$$;

revoke all on schema raw, staging, core, ops from bi_reader;
revoke all on all tables in schema raw, staging, core, ops from bi_reader;
grant usage on schema marts to bi_reader;
grant select on all tables in schema marts to bi_reader;
alter default privileges in schema marts grant select on tables to bi_reader;

-- public holds no warehouse objects; temporary tables would be a place to write.
revoke create on schema public from public;
do $$
begin
    -- no format(): the migrator passes the file through a driver that reads percent signs
    execute 'revoke temporary on database ' || quote_ident(current_database()) || ' from public';
    execute 'grant connect on database ' || quote_ident(current_database()) || ' to bi_reader';
end
$$;
