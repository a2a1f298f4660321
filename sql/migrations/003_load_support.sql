-- 003: what the incremental load relies on: reference-data versions, rerun-safe quality issues,
-- and indexes for the manifest and quarantine look-ups.

create table ops.reference_version (
    reference_name text primary key,
    content_sha256 char(64) not null,
    row_count integer not null,
    loaded_at timestamptz not null default now()
);
comment on table ops.reference_version is 'Reference data (gazetteer files) last synced into the dimensions; a changed file is synced again.';
comment on column ops.reference_version.reference_name is 'Name of the reference data set, e.g. gazetteer.';
comment on column ops.reference_version.content_sha256 is 'SHA-256 over the files synced.';
comment on column ops.reference_version.row_count is 'Rows the files held.';
comment on column ops.reference_version.loaded_at is 'When they were synced.';

-- the 001 unique constraint treats null event_seq/detail as distinct, so a rerun could repeat an issue
create unique index data_quality_issue_natural_key on ops.data_quality_issue
    (document_sha256, event_seq, flag_code, detail) nulls not distinct;

create index source_file_document on raw.source_file (document_sha256);
create index quarantine_open_path on ops.quarantine (inbox, rel_path) where resolved_at is null;
create index quarantine_document on ops.quarantine (document_sha256);
create index fct_event_document on core.fct_event (document_key);
create index fct_indicator_value_event on core.fct_indicator_value (event_key);

alter table raw.source_file add column previous_sha256 char(64);
comment on column raw.source_file.previous_sha256 is 'Content the path held before its last change; that version is retired in the same transaction that loads (or quarantines) the new one.';
