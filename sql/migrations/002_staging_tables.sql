-- 002: per-run staging of extraction output, checked by great expectations before the load.
-- rows are keyed by run_id and batch_no; the load merges one batch into core set-based.

create table staging.stg_document (
    stg_document_id bigint generated always as identity primary key,
    run_id text not null,
    batch_no integer not null,
    document_sha256 char(64),
    inbox text not null,
    rel_path text not null,
    other_paths jsonb not null default '[]',
    previous_sha256 jsonb not null default '[]',
    document_format text,
    size_bytes bigint,
    document_title text,
    languages text[] not null default '{}',
    published_date text,
    extractor_version text,
    extraction jsonb,
    is_forced boolean not null default false,
    read_error_code text,
    read_error text,
    check_errors jsonb not null default '[]',
    stage_status text not null default 'staged'
        check (stage_status in ('staged', 'unreadable', 'invalid', 'valid', 'loaded', 'skipped', 'quarantined')),
    staged_at timestamptz not null default now()
);
create unique index stg_document_run_sha on staging.stg_document (run_id, document_sha256)
    where document_sha256 is not null;
create index stg_document_run_batch on staging.stg_document (run_id, batch_no);
comment on table staging.stg_document is 'One row per document version (or unreadable file) processed by a run batch, before the load.';
comment on column staging.stg_document.stg_document_id is 'Surrogate key.';
comment on column staging.stg_document.run_id is 'Run that staged the row (dag_id:airflow run id).';
comment on column staging.stg_document.batch_no is 'Batch within the run, from 0.';
comment on column staging.stg_document.document_sha256 is 'SHA-256 of the file bytes; null when the file could not be read at all.';
comment on column staging.stg_document.inbox is 'Inbox of the first path with this content.';
comment on column staging.stg_document.rel_path is 'Path within the inbox of the first path with this content.';
comment on column staging.stg_document.other_paths is 'Further [inbox, rel_path] pairs with the same content, as JSON.';
comment on column staging.stg_document.previous_sha256 is 'Contents the paths held before this version (retired when this one is processed), as a JSON array.';
comment on column staging.stg_document.document_format is 'Format detected by the reader: txt, md, html, docx, pdf, ...';
comment on column staging.stg_document.size_bytes is 'File size in bytes.';
comment on column staging.stg_document.document_title is 'Title the reader or extractor found.';
comment on column staging.stg_document.languages is 'ISO 639-1 codes of the languages of the document.';
comment on column staging.stg_document.published_date is 'Dateline date as extracted (ISO text, checked before load).';
comment on column staging.stg_document.extractor_version is 'Extractor version that produced the extraction.';
comment on column staging.stg_document.extraction is 'The full extraction contract record as JSON.';
comment on column staging.stg_document.is_forced is 'True for a reprocess: facts are replaced even when this version was loaded before.';
comment on column staging.stg_document.read_error_code is 'Machine code when the file could not become text (empty_file, undecodable, unreadable, ...).';
comment on column staging.stg_document.read_error is 'Readable reason when the file could not become text.';
comment on column staging.stg_document.check_errors is 'Failed record checks and expectations as JSON objects {check, reason, evidence, severity}.';
comment on column staging.stg_document.stage_status is 'staged, unreadable, invalid (hard check failed), valid, loaded, skipped (already loaded) or quarantined.';
comment on column staging.stg_document.staged_at is 'When the row was staged.';

create table staging.stg_event (
    run_id text not null,
    batch_no integer not null,
    document_sha256 char(64) not null,
    event_seq smallint not null,
    event_type text,
    event_title text,
    start_date text,
    end_date text,
    date_precision text,
    is_year_inferred boolean,
    date_evidence text,
    date_span_start integer,
    date_span_end integer,
    primary key (run_id, document_sha256, event_seq)
);
comment on table staging.stg_event is 'Events of staged documents, one row per event as extracted.';
comment on column staging.stg_event.run_id is 'Run that staged the row.';
comment on column staging.stg_event.batch_no is 'Batch within the run.';
comment on column staging.stg_event.document_sha256 is 'Document version the event was read from.';
comment on column staging.stg_event.event_seq is 'Position of the event in its document, from 0.';
comment on column staging.stg_event.event_type is 'Contract event type code.';
comment on column staging.stg_event.event_title is 'Event title, where the report gives one.';
comment on column staging.stg_event.start_date is 'Start date as extracted (ISO text).';
comment on column staging.stg_event.end_date is 'End date as extracted (ISO text).';
comment on column staging.stg_event.date_precision is 'day, month, year or unknown.';
comment on column staging.stg_event.is_year_inferred is 'True when the year was inferred.';
comment on column staging.stg_event.date_evidence is 'Exact text the date was read from.';
comment on column staging.stg_event.date_span_start is 'Start offset of the date evidence.';
comment on column staging.stg_event.date_span_end is 'End offset (exclusive) of the date evidence.';

create table staging.stg_indicator_value (
    run_id text not null,
    batch_no integer not null,
    document_sha256 char(64) not null,
    event_seq smallint not null,
    item_seq smallint not null,
    indicator_code text,
    value_num numeric,
    unit text,
    sex text,
    group_label text not null default '',
    evidence text,
    span_start integer,
    span_end integer,
    is_evidence_exact boolean,
    primary key (run_id, document_sha256, event_seq, item_seq)
);
comment on table staging.stg_indicator_value is 'Indicator figures of staged events, one row per figure as extracted.';
comment on column staging.stg_indicator_value.run_id is 'Run that staged the row.';
comment on column staging.stg_indicator_value.batch_no is 'Batch within the run.';
comment on column staging.stg_indicator_value.document_sha256 is 'Document version.';
comment on column staging.stg_indicator_value.event_seq is 'Event within the document.';
comment on column staging.stg_indicator_value.item_seq is 'Position of the figure within the event, from 0.';
comment on column staging.stg_indicator_value.indicator_code is 'Contract indicator code.';
comment on column staging.stg_indicator_value.value_num is 'The figure as stated.';
comment on column staging.stg_indicator_value.unit is 'person, session, ... or the ISO 4217 currency of a funding amount.';
comment on column staging.stg_indicator_value.sex is 'total, female or male.';
comment on column staging.stg_indicator_value.group_label is 'Narrower group counted; empty for everyone.';
comment on column staging.stg_indicator_value.evidence is 'Exact text the figure was read from.';
comment on column staging.stg_indicator_value.span_start is 'Start offset of the evidence in the normalized text.';
comment on column staging.stg_indicator_value.span_end is 'End offset (exclusive) of the evidence.';
comment on column staging.stg_indicator_value.is_evidence_exact is 'True when evidence equals text[span_start:span_end]; null when no evidence was given.';

create table staging.stg_event_place (
    run_id text not null,
    batch_no integer not null,
    document_sha256 char(64) not null,
    event_seq smallint not null,
    item_seq smallint not null,
    soate_code text,
    parent_soate_code text,
    place_name text,
    place_level text,
    is_soate_known boolean,
    evidence text,
    span_start integer,
    span_end integer,
    is_evidence_exact boolean,
    primary key (run_id, document_sha256, event_seq, item_seq)
);
comment on table staging.stg_event_place is 'Places of staged events, one row per place mention as extracted.';
comment on column staging.stg_event_place.run_id is 'Run that staged the row.';
comment on column staging.stg_event_place.batch_no is 'Batch within the run.';
comment on column staging.stg_event_place.document_sha256 is 'Document version.';
comment on column staging.stg_event_place.event_seq is 'Event within the document.';
comment on column staging.stg_event_place.item_seq is 'Position of the place within the event, from 0.';
comment on column staging.stg_event_place.soate_code is '14-digit SOATE code; null for a place below the classifier.';
comment on column staging.stg_event_place.parent_soate_code is 'SOATE code of the unit the place lies in.';
comment on column staging.stg_event_place.place_name is 'Place name as extracted.';
comment on column staging.stg_event_place.place_level is 'Contract place level.';
comment on column staging.stg_event_place.is_soate_known is 'True when soate_code (or, without one, parent_soate_code) is in the gazetteer; null when neither is given.';
comment on column staging.stg_event_place.evidence is 'Exact text the place was read from.';
comment on column staging.stg_event_place.span_start is 'Start offset of the evidence.';
comment on column staging.stg_event_place.span_end is 'End offset (exclusive) of the evidence.';
comment on column staging.stg_event_place.is_evidence_exact is 'True when evidence equals text[span]; null when no evidence was given.';

create table staging.stg_event_organization (
    run_id text not null,
    batch_no integer not null,
    document_sha256 char(64) not null,
    event_seq smallint not null,
    item_seq smallint not null,
    organization_id text,
    organization_name text,
    organization_kind text,
    is_in_registry boolean not null default false,
    role text,
    evidence text,
    span_start integer,
    span_end integer,
    is_evidence_exact boolean,
    primary key (run_id, document_sha256, event_seq, item_seq)
);
comment on table staging.stg_event_organization is 'Organizations of staged events with their role, one row per mention as extracted.';
comment on column staging.stg_event_organization.run_id is 'Run that staged the row.';
comment on column staging.stg_event_organization.batch_no is 'Batch within the run.';
comment on column staging.stg_event_organization.document_sha256 is 'Document version.';
comment on column staging.stg_event_organization.event_seq is 'Event within the document.';
comment on column staging.stg_event_organization.item_seq is 'Position of the organization within the event, from 0.';
comment on column staging.stg_event_organization.organization_id is 'Registry id, or the normalized name when found by pattern only.';
comment on column staging.stg_event_organization.organization_name is 'Canonical English name.';
comment on column staging.stg_event_organization.organization_kind is 'Kind from the registry, where known.';
comment on column staging.stg_event_organization.is_in_registry is 'True when the extractor matched the organization registry.';
comment on column staging.stg_event_organization.role is 'donor, implementer, partner, government or participant_org.';
comment on column staging.stg_event_organization.evidence is 'Exact text the organization was read from.';
comment on column staging.stg_event_organization.span_start is 'Start offset of the evidence.';
comment on column staging.stg_event_organization.span_end is 'End offset (exclusive) of the evidence.';
comment on column staging.stg_event_organization.is_evidence_exact is 'True when evidence equals text[span]; null when no evidence was given.';

create table staging.stg_event_project (
    run_id text not null,
    batch_no integer not null,
    document_sha256 char(64) not null,
    event_seq smallint not null,
    item_seq smallint not null,
    project_id text,
    project_name text,
    donor_name text,
    evidence text,
    span_start integer,
    span_end integer,
    is_evidence_exact boolean,
    primary key (run_id, document_sha256, event_seq, item_seq)
);
comment on table staging.stg_event_project is 'Projects of staged events, one row per mention as extracted.';
comment on column staging.stg_event_project.run_id is 'Run that staged the row.';
comment on column staging.stg_event_project.batch_no is 'Batch within the run.';
comment on column staging.stg_event_project.document_sha256 is 'Document version.';
comment on column staging.stg_event_project.event_seq is 'Event within the document.';
comment on column staging.stg_event_project.item_seq is 'Position of the project within the event, from 0.';
comment on column staging.stg_event_project.project_id is 'Natural key: normalized project name.';
comment on column staging.stg_event_project.project_name is 'Project name as extracted.';
comment on column staging.stg_event_project.donor_name is 'Donor the report names for the project, where stated.';
comment on column staging.stg_event_project.evidence is 'Exact text the project was read from.';
comment on column staging.stg_event_project.span_start is 'Start offset of the evidence.';
comment on column staging.stg_event_project.span_end is 'End offset (exclusive) of the evidence.';
comment on column staging.stg_event_project.is_evidence_exact is 'True when evidence equals text[span]; null when no evidence was given.';

create table staging.stg_quality_flag (
    run_id text not null,
    batch_no integer not null,
    document_sha256 char(64) not null,
    event_seq smallint,
    flag_code text not null,
    detail text,
    severity text not null default 'warning'
);
create index stg_quality_flag_run on staging.stg_quality_flag (run_id, batch_no);
comment on table staging.stg_quality_flag is 'Soft quality flags of staged documents (from the extractor and the record checks), loaded into ops.data_quality_issue.';
comment on column staging.stg_quality_flag.run_id is 'Run that staged the row.';
comment on column staging.stg_quality_flag.batch_no is 'Batch within the run.';
comment on column staging.stg_quality_flag.document_sha256 is 'Document version.';
comment on column staging.stg_quality_flag.event_seq is 'Event the flag concerns; null for the whole document.';
comment on column staging.stg_quality_flag.flag_code is 'sex_split_mismatch, year_inferred, ...';
comment on column staging.stg_quality_flag.detail is 'Readable detail.';
comment on column staging.stg_quality_flag.severity is 'info, warning or error.';
