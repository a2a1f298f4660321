-- 090: planner statistics during a first load.  a new warehouse has none until autovacuum's first
-- analyze, a minute or more into the run (autovacuum_naptime); meanwhile the merge statements were
-- planned for empty tables and, once fct_event held a few thousand rows, batches 3-7 of a 10,000-document
-- first load took 1-2 s each in the figure and bridge inserts instead of 40 ms.  the loader may not
-- analyze (it owns nothing), so this function, owned by the migrator, does it for the tables the load
-- reads whose rows changed by more than they held at their last analyze (doubled, or never analyzed);
-- past the first batches that is rare, and autovacuum keeps them fresh as before.
-- only the columns the load and the checks filter or join on: the whole records (jsonb) would make
-- each analyze of staging.stg_document and raw.document decompress and sort thousands of them.
-- skip_locked: an analyze autovacuum is running already serves.  no format() and no percent signs:
-- the migrator passes the file through a driver that reads them.

create function ops.refresh_load_statistics() returns integer
language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
declare
    target record;
    analyzed integer := 0;
begin
    for target in
        select s.schemaname, s.relname, t.column_list
        from pg_stat_user_tables s
        join pg_class c on c.oid = s.relid
        join (values
            ('staging', 'stg_document', '(run_id, batch_no, document_sha256, stage_status, is_forced, extractor_version)'),
            ('staging', 'stg_event', ''),
            ('staging', 'stg_indicator_value', ''),
            ('staging', 'stg_event_place', ''),
            ('staging', 'stg_event_organization', ''),
            ('staging', 'stg_event_project', ''),
            ('staging', 'stg_quality_flag', ''),
            ('raw', 'document', '(document_sha256, status, extractor_version)'),
            ('raw', 'source_file', ''),
            ('core', 'dim_document', ''),
            ('core', 'fct_event', ''),
            ('core', 'fct_indicator_value', ''),
            ('core', 'dim_place', ''),
            ('core', 'dim_organization', ''),
            ('core', 'dim_project', ''),
            ('core', 'bridge_event_place', ''),
            ('core', 'bridge_event_organization', ''),
            ('core', 'bridge_event_project', ''),
            ('ops', 'data_quality_issue', '')
        ) as t (schema_name, table_name, column_list) on t.schema_name = s.schemaname and t.table_name = s.relname
        where s.n_mod_since_analyze > greatest(500, c.reltuples)
    loop
        execute 'analyze (skip_locked) ' || quote_ident(target.schemaname) || '.' || quote_ident(target.relname)
            || ' ' || target.column_list;
        analyzed := analyzed + 1;
    end loop;
    return analyzed;
end
$$;

comment on function ops.refresh_load_statistics() is
    'Analyzes the tables the load reads whose rows changed by more than they held at their last analyze; returns how many. Called by the loader after each batch (a first load would otherwise run without statistics until autovacuum''s first analyze).';

revoke all on function ops.refresh_load_statistics() from public;
grant execute on function ops.refresh_load_statistics() to etl_loader;
