-- 080: what the marts refresh must redo.  an incremental refresh recomputes only the mart rows of
-- documents whose facts, flags, quarantine entries or status changed since the last refresh; statement
-- triggers record those documents here in the same transaction as the change, whatever code path made
-- it (load, retire, quarantine, reprocess, a hand-made fix), so a committed change is never missed and
-- an uncommitted one is never consumed.  a changed dimension row (gazetteer sync, a renamed
-- organization) can touch every mart row, so it asks for a full rebuild instead.
-- no format() and no percent signs: the migrator passes the file through a driver that reads them.

create table ops.mart_change (
    change_id bigint generated always as identity primary key,
    document_sha256 char(64),
    inbox text,
    rel_path text,
    needs_full_rebuild boolean not null default false,
    recorded_at timestamptz not null default now()
);
comment on table ops.mart_change is 'Documents (or quarantined paths) changed since the last marts refresh; the refresh consumes the rows it has applied.';
comment on column ops.mart_change.change_id is 'Surrogate key.';
comment on column ops.mart_change.document_sha256 is 'Document version whose mart rows must be recomputed.';
comment on column ops.mart_change.inbox is 'Inbox of a changed quarantine entry (its file may have no readable content).';
comment on column ops.mart_change.rel_path is 'Path of a changed quarantine entry within its inbox.';
comment on column ops.mart_change.needs_full_rebuild is 'True when a dimension row changed: the next refresh rebuilds every mart.';
comment on column ops.mart_change.recorded_at is 'When the change was recorded.';

-- by document: raw.document, core.dim_document, ops.data_quality_issue -----------------------------

create function ops.mart_note_documents() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into ops.mart_change (document_sha256)
        select distinct document_sha256 from new_rows where document_sha256 is not null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into ops.mart_change (document_sha256)
        select distinct document_sha256 from old_rows where document_sha256 is not null;
    end if;
    return null;
end
$$;
comment on function ops.mart_note_documents() is 'Statement trigger: records the documents of the changed rows in ops.mart_change.';

-- raw.document is updated for reasons no mart shows (extraction json, format); only status matters
create function ops.mart_note_document_status() returns trigger language plpgsql as $$
begin
    insert into ops.mart_change (document_sha256)
    select n.document_sha256 from new_rows n join old_rows o using (document_sha256)
    where n.status is distinct from o.status;
    return null;
end
$$;
comment on function ops.mart_note_document_status() is 'Statement trigger: records documents whose raw.document status changed.';

-- by event: core.fct_event and the facts and bridges hanging off it ------------------------------

create function ops.mart_note_events() returns trigger language plpgsql as $$
begin
    -- an event deleted in the same statement (cascade) is recorded by the fct_event trigger
    if tg_op in ('INSERT', 'UPDATE') then
        insert into ops.mart_change (document_sha256)
        select distinct d.document_sha256 from (select distinct event_key from new_rows) x
        join core.fct_event e on e.event_key = x.event_key
        join core.dim_document d on d.document_key = e.document_key;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into ops.mart_change (document_sha256)
        select distinct d.document_sha256 from (select distinct event_key from old_rows) x
        join core.fct_event e on e.event_key = x.event_key
        join core.dim_document d on d.document_key = e.document_key;
    end if;
    return null;
end
$$;
comment on function ops.mart_note_events() is 'Statement trigger: records the documents of the events whose facts or bridges changed.';

create function ops.mart_note_event_documents() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into ops.mart_change (document_sha256)
        select d.document_sha256 from (select distinct document_key from new_rows) x
        join core.dim_document d on d.document_key = x.document_key;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into ops.mart_change (document_sha256)
        select d.document_sha256 from (select distinct document_key from old_rows) x
        join core.dim_document d on d.document_key = x.document_key;
    end if;
    return null;
end
$$;
comment on function ops.mart_note_event_documents() is 'Statement trigger: records the documents of the changed events.';

-- quarantine entries: by path, and by content where it could be read --------------------------------

create function ops.mart_note_quarantine() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into ops.mart_change (document_sha256, inbox, rel_path)
        select distinct document_sha256, inbox, rel_path from new_rows;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into ops.mart_change (document_sha256, inbox, rel_path)
        select distinct document_sha256, inbox, rel_path from old_rows;
    end if;
    return null;
end
$$;
comment on function ops.mart_note_quarantine() is 'Statement trigger: records the paths and documents of changed quarantine entries.';

-- dimensions: a changed row asks for a full rebuild (new rows are only referenced by new facts) ----

create function ops.mart_note_dimension() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into ops.mart_change (needs_full_rebuild) select true where exists (select 1 from old_rows);
    else
        -- an upsert that rewrote a row with the same values changes nothing a mart shows
        insert into ops.mart_change (needs_full_rebuild)
        select true where exists (select to_jsonb(o) from old_rows o except select to_jsonb(n) from new_rows n);
    end if;
    return null;
end
$$;
comment on function ops.mart_note_dimension() is 'Statement trigger: asks the next marts refresh for a full rebuild when dimension rows changed.';

create trigger mart_change_ins after insert on raw.document
    referencing new table as new_rows for each statement execute function ops.mart_note_documents();
create trigger mart_change_upd after update on raw.document
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_document_status();
create trigger mart_change_del after delete on raw.document
    referencing old table as old_rows for each statement execute function ops.mart_note_documents();

create trigger mart_change_ins after insert on core.dim_document
    referencing new table as new_rows for each statement execute function ops.mart_note_documents();
create trigger mart_change_upd after update on core.dim_document
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_documents();
create trigger mart_change_del after delete on core.dim_document
    referencing old table as old_rows for each statement execute function ops.mart_note_documents();

create trigger mart_change_ins after insert on ops.data_quality_issue
    referencing new table as new_rows for each statement execute function ops.mart_note_documents();
create trigger mart_change_upd after update on ops.data_quality_issue
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_documents();
create trigger mart_change_del after delete on ops.data_quality_issue
    referencing old table as old_rows for each statement execute function ops.mart_note_documents();

create trigger mart_change_ins after insert on core.fct_event
    referencing new table as new_rows for each statement execute function ops.mart_note_event_documents();
create trigger mart_change_upd after update on core.fct_event
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_event_documents();
create trigger mart_change_del after delete on core.fct_event
    referencing old table as old_rows for each statement execute function ops.mart_note_event_documents();

create trigger mart_change_ins after insert on core.fct_indicator_value
    referencing new table as new_rows for each statement execute function ops.mart_note_events();
create trigger mart_change_upd after update on core.fct_indicator_value
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_events();
create trigger mart_change_del after delete on core.fct_indicator_value
    referencing old table as old_rows for each statement execute function ops.mart_note_events();

create trigger mart_change_ins after insert on core.bridge_event_place
    referencing new table as new_rows for each statement execute function ops.mart_note_events();
create trigger mart_change_upd after update on core.bridge_event_place
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_events();
create trigger mart_change_del after delete on core.bridge_event_place
    referencing old table as old_rows for each statement execute function ops.mart_note_events();

create trigger mart_change_ins after insert on core.bridge_event_organization
    referencing new table as new_rows for each statement execute function ops.mart_note_events();
create trigger mart_change_upd after update on core.bridge_event_organization
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_events();
create trigger mart_change_del after delete on core.bridge_event_organization
    referencing old table as old_rows for each statement execute function ops.mart_note_events();

create trigger mart_change_ins after insert on core.bridge_event_project
    referencing new table as new_rows for each statement execute function ops.mart_note_events();
create trigger mart_change_upd after update on core.bridge_event_project
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_events();
create trigger mart_change_del after delete on core.bridge_event_project
    referencing old table as old_rows for each statement execute function ops.mart_note_events();

create trigger mart_change_ins after insert on ops.quarantine
    referencing new table as new_rows for each statement execute function ops.mart_note_quarantine();
create trigger mart_change_upd after update on ops.quarantine
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_quarantine();
create trigger mart_change_del after delete on ops.quarantine
    referencing old table as old_rows for each statement execute function ops.mart_note_quarantine();

create trigger mart_change_upd after update on core.dim_place
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_dimension();
create trigger mart_change_del after delete on core.dim_place
    referencing old table as old_rows for each statement execute function ops.mart_note_dimension();
create trigger mart_change_upd after update on core.dim_organization
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_dimension();
create trigger mart_change_del after delete on core.dim_organization
    referencing old table as old_rows for each statement execute function ops.mart_note_dimension();
create trigger mart_change_upd after update on core.dim_project
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_dimension();
create trigger mart_change_del after delete on core.dim_project
    referencing old table as old_rows for each statement execute function ops.mart_note_dimension();
create trigger mart_change_upd after update on core.dim_indicator
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_dimension();
create trigger mart_change_del after delete on core.dim_indicator
    referencing old table as old_rows for each statement execute function ops.mart_note_dimension();
create trigger mart_change_upd after update on core.dim_event_type
    referencing old table as old_rows new table as new_rows for each statement
    execute function ops.mart_note_dimension();
create trigger mart_change_del after delete on core.dim_event_type
    referencing old table as old_rows for each statement execute function ops.mart_note_dimension();

-- which mart definitions the marts in place were built from: a changed file means a full rebuild
create table ops.mart_build (
    mart_name text primary key,
    definition_sha256 char(64) not null,
    built_at timestamptz not null default now(),
    refreshed_at timestamptz not null default now()
);
comment on table ops.mart_build is 'Per mart: the SQL definition it was last fully built from; a refresh rebuilds a mart whose definition changed.';
comment on column ops.mart_build.mart_name is 'Mart table name in the marts schema.';
comment on column ops.mart_build.definition_sha256 is 'SHA-256 of the mart SQL files (and refresh logic version) it was built with.';
comment on column ops.mart_build.built_at is 'Last full rebuild.';
comment on column ops.mart_build.refreshed_at is 'Last refresh, full or incremental.';
