-- 091: refresh_load_statistics (090) analyzes a table once its live rows doubled since its last analyze
-- (or, never analyzed, passed 500), not once as many rows changed as it held: every staged document is
-- inserted and updated twice (valid, loaded), raw.document once, so the 090 rule analyzed them every few
-- batches of a 10,000-document first load (50 calls, 3 s).  Doubling gives a handful per table per
-- run, at the start, where autovacuum has not come yet.  no format() and no percent signs: the migrator
-- passes the file through a driver that reads them.

create or replace function ops.refresh_load_statistics() returns integer
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
        where s.n_live_tup > 2 * greatest(250, c.reltuples)
    loop
        execute 'analyze (skip_locked) ' || quote_ident(target.schemaname) || '.' || quote_ident(target.relname)
            || ' ' || target.column_list;
        analyzed := analyzed + 1;
    end loop;
    return analyzed;
end
$$;

comment on function ops.refresh_load_statistics() is
    'Analyzes the tables the load reads whose live rows at least doubled since their last analyze (or passed 500, never analyzed); returns how many. Called by the loader before each batch (a first load would otherwise run without statistics until autovacuum''s first analyze).';
