-- 001: schemas, reference dimensions, star schema facts and bridges, ops tables.
-- every table and column carries a comment: bi tools show them to analysts.

create schema if not exists raw;
create schema if not exists staging;
create schema if not exists core;
create schema if not exists marts;
create schema if not exists ops;

comment on schema raw is 'Document manifest: every file seen in an inbox and every distinct content version.';
comment on schema staging is 'Per-run extraction output, flattened, checked by Great Expectations before load.';
comment on schema core is 'Star schema: dimensions, facts and bridges of events extracted from reports.';
comment on schema marts is 'Donor reporting marts built from core; the only schema BI readers see.';
comment on schema ops is 'Operations: run log, quarantine, data-quality issues, schema versions.';

-- raw ---------------------------------------------------------------------

create table raw.document (
    document_sha256 char(64) primary key,
    format text not null,
    size_bytes bigint not null,
    first_path text not null,
    first_seen_at timestamptz not null default now(),
    status text not null default 'pending'
        check (status in ('pending', 'loaded', 'quarantined', 'retired')),
    status_reason text,
    extractor_version text,
    extraction jsonb,
    extracted_at timestamptz,
    updated_at timestamptz not null default now()
);
comment on table raw.document is 'One row per distinct document content (sha256); the same bytes under two paths are one document.';
comment on column raw.document.document_sha256 is 'SHA-256 of the file bytes, hex; the natural key of a document version.';
comment on column raw.document.format is 'Detected format: txt, md, html, docx, pdf, ...';
comment on column raw.document.size_bytes is 'File size in bytes.';
comment on column raw.document.first_path is 'Inbox path where this content was first seen.';
comment on column raw.document.first_seen_at is 'When this content was first discovered.';
comment on column raw.document.status is 'pending (seen, not yet loaded), loaded, quarantined (see ops.quarantine) or retired (no current file has this content).';
comment on column raw.document.status_reason is 'Readable reason for quarantine or retirement.';
comment on column raw.document.extractor_version is 'Extractor version that produced the stored extraction.';
comment on column raw.document.extraction is 'The extraction contract record (report.schema.json) as JSON.';
comment on column raw.document.extracted_at is 'When the stored extraction was produced.';
comment on column raw.document.updated_at is 'Last change of this row.';

create table raw.source_file (
    source_file_id bigint generated always as identity primary key,
    inbox text not null,
    rel_path text not null,
    document_sha256 char(64),
    size_bytes bigint,
    mtime timestamptz,
    version_no integer not null default 1,
    status text not null default 'present' check (status in ('present', 'deleted')),
    first_seen_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    changed_at timestamptz not null default now(),
    deleted_at timestamptz,
    unique (inbox, rel_path)
);
comment on table raw.source_file is 'Manifest of files in the configured inboxes: one row per inbox path, pointing at its current content.';
comment on column raw.source_file.source_file_id is 'Surrogate key of the inbox path.';
comment on column raw.source_file.inbox is 'Inbox URL or path the file was found in (local path, smb://, sftp://, s3://).';
comment on column raw.source_file.rel_path is 'Path of the file relative to its inbox.';
comment on column raw.source_file.document_sha256 is 'Current content of the file (raw.document); null when it could not be read.';
comment on column raw.source_file.size_bytes is 'Size in bytes at the last scan.';
comment on column raw.source_file.mtime is 'Modification time at the last scan.';
comment on column raw.source_file.version_no is 'Incremented each time the content under this path changes.';
comment on column raw.source_file.status is 'present, or deleted when the file disappeared from the inbox (its facts are retired, not removed).';
comment on column raw.source_file.first_seen_at is 'When the path was first discovered.';
comment on column raw.source_file.last_seen_at is 'When the path was last seen by a scan.';
comment on column raw.source_file.changed_at is 'When the content under the path last changed.';
comment on column raw.source_file.deleted_at is 'When the file was found missing.';

-- core dimensions ------------------------------------------------------------

create table core.dim_date (
    date_key integer primary key,
    calendar_date date unique,
    year_number smallint,
    quarter_number smallint,
    month_number smallint,
    day_of_month smallint,
    iso_week smallint,
    iso_day_of_week smallint,
    year_quarter text,
    year_month text,
    month_name_en text
);
comment on table core.dim_date is 'Calendar dimension, one row per day 2000-2040; key 0 is the unknown date.';
comment on column core.dim_date.date_key is 'yyyymmdd as an integer; 0 = unknown date.';
comment on column core.dim_date.calendar_date is 'The calendar day.';
comment on column core.dim_date.year_number is 'Calendar year.';
comment on column core.dim_date.quarter_number is 'Quarter 1-4.';
comment on column core.dim_date.month_number is 'Month 1-12.';
comment on column core.dim_date.day_of_month is 'Day of month 1-31.';
comment on column core.dim_date.iso_week is 'ISO 8601 week number.';
comment on column core.dim_date.iso_day_of_week is 'ISO day of week, 1 = Monday.';
comment on column core.dim_date.year_quarter is 'Reporting quarter label, e.g. 2023Q3.';
comment on column core.dim_date.year_month is 'Reporting month label, e.g. 2023-06.';
comment on column core.dim_date.month_name_en is 'English month name.';

insert into core.dim_date values (0, null, null, null, null, null, null, null, 'unknown', 'unknown', 'unknown');
insert into core.dim_date
select to_char(d, 'YYYYMMDD')::integer, d::date, extract(year from d), extract(quarter from d),
       extract(month from d), extract(day from d), extract(week from d), extract(isodow from d),
       to_char(d, 'YYYY') || 'Q' || to_char(d, 'Q'), to_char(d, 'YYYY-MM'), trim(to_char(d, 'Month'))
from generate_series('2000-01-01'::date, '2040-12-31'::date, interval '1 day') as d;

create table core.dim_place (
    place_key integer generated by default as identity primary key,
    place_id text not null unique,
    soate_code char(14),
    parent_soate_code char(14),
    place_level text not null,
    place_name text not null,
    name_ru text,
    name_ky text,
    name_en text,
    oblast_soate_code char(14),
    oblast_name text,
    rayon_soate_code char(14),
    rayon_name text,
    ayil_aimak_soate_code char(14),
    ayil_aimak_name text,
    settlement_name text,
    code_path text,
    is_in_soate boolean not null default true
);
comment on table core.dim_place is 'Places: SOATE units and known settlements below them, hierarchy flattened for BI; key 0 is the unknown place.';
comment on column core.dim_place.place_key is 'Surrogate key; 0 = unknown place.';
comment on column core.dim_place.place_id is 'Natural key: the 14-digit SOATE code, or name@parent_code for a place below or outside SOATE.';
comment on column core.dim_place.soate_code is '14-digit SOATE code; null for places below the classifier (new settlements, microdistricts).';
comment on column core.dim_place.parent_soate_code is 'SOATE code of the unit the place lies in.';
comment on column core.dim_place.place_level is 'country, oblast, city, city_district, rayon, town, ayil_aimak, village or settlement.';
comment on column core.dim_place.place_name is 'Display name (English where known, else Russian or as written).';
comment on column core.dim_place.name_ru is 'Russian name from SOATE.';
comment on column core.dim_place.name_ky is 'Kyrgyz name.';
comment on column core.dim_place.name_en is 'English name.';
comment on column core.dim_place.oblast_soate_code is 'Oblast (or republican city Bishkek/Osh) the place lies in.';
comment on column core.dim_place.oblast_name is 'Name of that oblast or republican city.';
comment on column core.dim_place.rayon_soate_code is 'Rayon or city of oblast significance the place lies in.';
comment on column core.dim_place.rayon_name is 'Name of that rayon or city.';
comment on column core.dim_place.ayil_aimak_soate_code is 'Ayil aimak (rural municipality) the place lies in.';
comment on column core.dim_place.ayil_aimak_name is 'Name of that ayil aimak.';
comment on column core.dim_place.settlement_name is 'Village or settlement name at the lowest level.';
comment on column core.dim_place.code_path is 'SOATE codes from the top of the hierarchy down to the place, separated by /.';
comment on column core.dim_place.is_in_soate is 'False for places below or outside the SOATE classifier.';
insert into core.dim_place (place_key, place_id, place_level, place_name, is_in_soate)
overriding system value values (0, 'unknown', 'country', '(unknown place)', false);

create table core.dim_organization (
    organization_key integer generated by default as identity primary key,
    organization_id text not null unique,
    organization_name text not null,
    acronym text,
    organization_kind text,
    is_in_registry boolean not null default false
);
comment on table core.dim_organization is 'Organizations named in reports: donors, UN agencies, NGOs, government bodies; key 0 is unknown.';
comment on column core.dim_organization.organization_key is 'Surrogate key; 0 = unknown organization.';
comment on column core.dim_organization.organization_id is 'Natural key: registry id, or a normalized name for an organization found by pattern only.';
comment on column core.dim_organization.organization_name is 'Canonical English name.';
comment on column core.dim_organization.acronym is 'Common English acronym, where one exists.';
comment on column core.dim_organization.organization_kind is 'un_agency, donor_government, development_agency, ingo, ngo, government, business, academic or other.';
comment on column core.dim_organization.is_in_registry is 'True when the organization is in the project registry; false when found by pattern only.';
insert into core.dim_organization (organization_key, organization_id, organization_name)
overriding system value values (0, 'unknown', '(unknown organization)');

create table core.dim_project (
    project_key integer generated by default as identity primary key,
    project_id text not null unique,
    project_name text not null,
    donor_organization_key integer references core.dim_organization (organization_key)
);
comment on table core.dim_project is 'Donor-funded projects named in reports; key 0 is no / unknown project.';
comment on column core.dim_project.project_key is 'Surrogate key; 0 = unknown project.';
comment on column core.dim_project.project_id is 'Natural key: normalized project name.';
comment on column core.dim_project.project_name is 'Project name as canonicalised by the extractor.';
comment on column core.dim_project.donor_organization_key is 'Donor the project belongs to, where a report states it.';
insert into core.dim_project (project_key, project_id, project_name)
overriding system value values (0, 'unknown', '(no project named)');

create table core.dim_event_type (
    event_type_key smallint primary key,
    event_type text not null unique,
    event_type_label text not null
);
comment on table core.dim_event_type is 'Kinds of events from the extraction contract vocabulary.';
comment on column core.dim_event_type.event_type_key is 'Surrogate key.';
comment on column core.dim_event_type.event_type is 'Contract code, e.g. training, round_table.';
comment on column core.dim_event_type.event_type_label is 'English label for reports.';
insert into core.dim_event_type values
    (1, 'training', 'Training'), (2, 'round_table', 'Round table'), (3, 'meeting', 'Meeting'),
    (4, 'visit', 'Visit'), (5, 'forum', 'Forum'), (6, 'conference', 'Conference'),
    (7, 'competition', 'Competition'), (8, 'grant_award', 'Grant award'), (9, 'opening', 'Opening'),
    (10, 'campaign', 'Campaign'), (11, 'presentation', 'Presentation'), (12, 'other', 'Other');

create table core.dim_indicator (
    indicator_key smallint primary key,
    indicator_code text not null unique,
    indicator_label text not null,
    default_unit text not null,
    is_person_count boolean not null,
    description text not null
);
comment on table core.dim_indicator is 'Indicator vocabulary of the extraction contract.';
comment on column core.dim_indicator.indicator_key is 'Surrogate key.';
comment on column core.dim_indicator.indicator_code is 'Contract code, e.g. participants, funding_amount.';
comment on column core.dim_indicator.indicator_label is 'English label for reports.';
comment on column core.dim_indicator.default_unit is 'Unit of the values (person, session, ...); funding_amount values carry their own ISO 4217 currency.';
comment on column core.dim_indicator.is_person_count is 'True for counts of people: never summed across overlapping groups of one event.';
comment on column core.dim_indicator.description is 'What the indicator counts.';
insert into core.dim_indicator values
    (1, 'participants', 'Participants', 'person', true, 'People who took part in the event.'),
    (2, 'officials_participants', 'Officials participating', 'person', true, 'Decision makers, state or local-government staff among those present.'),
    (3, 'people_trained', 'People trained', 'person', true, 'People trained or certified, where the report says so.'),
    (4, 'beneficiaries', 'Beneficiaries', 'person', true, 'People reached or benefiting (not attendees).'),
    (5, 'sessions_held', 'Sessions held', 'session', false, 'Meetings, trainings or events conducted.'),
    (6, 'settlements_covered', 'Settlements covered', 'settlement', false, 'Villages, settlements, municipalities or ayil aimaks covered.'),
    (7, 'institutions_covered', 'Institutions covered', 'institution', false, 'Schools, kindergartens, local self-government bodies or groups covered.'),
    (8, 'grants_awarded', 'Grants awarded', 'grant', false, 'Grants, micro-projects or initiatives funded.'),
    (9, 'funding_amount', 'Funding amount', 'currency', false, 'Money granted, allocated or spent, in the stated currency.');

create table core.dim_document (
    document_key integer generated by default as identity primary key,
    document_sha256 char(64) not null unique,
    source_path text not null,
    document_format text not null,
    document_title text,
    languages text[] not null default '{}',
    published_date date,
    published_date_key integer not null default 0 references core.dim_date (date_key),
    size_bytes bigint,
    extractor_version text not null,
    is_current boolean not null default true,
    loaded_at timestamptz not null default now(),
    retired_at timestamptz
);
comment on table core.dim_document is 'One row per loaded document version (distinct content); retired versions stay, marked, for history.';
comment on column core.dim_document.document_key is 'Surrogate key.';
comment on column core.dim_document.document_sha256 is 'SHA-256 of the file bytes; links to raw.document.';
comment on column core.dim_document.source_path is 'Inbox path of the file, for analysts to open the source.';
comment on column core.dim_document.document_format is 'txt, md, html, docx, pdf, ...';
comment on column core.dim_document.document_title is 'Title or headline of the report, where it has one.';
comment on column core.dim_document.languages is 'ISO 639-1 codes of the languages the report is written in.';
comment on column core.dim_document.published_date is 'Date the report carries (its dateline), not the event date.';
comment on column core.dim_document.published_date_key is 'dim_date key of published_date; 0 when unknown.';
comment on column core.dim_document.size_bytes is 'File size in bytes.';
comment on column core.dim_document.extractor_version is 'Extractor version that produced the loaded facts.';
comment on column core.dim_document.is_current is 'False once the file changed or was deleted; its facts are then retired too.';
comment on column core.dim_document.loaded_at is 'When the facts of this version were (re)loaded.';
comment on column core.dim_document.retired_at is 'When this version stopped being current.';

-- core facts -----------------------------------------------------------------

create table core.fct_event (
    event_key bigint generated by default as identity primary key,
    document_key integer not null references core.dim_document (document_key),
    event_seq smallint not null,
    event_type_key smallint not null references core.dim_event_type (event_type_key),
    project_key integer not null default 0 references core.dim_project (project_key),
    start_date_key integer not null default 0 references core.dim_date (date_key),
    end_date_key integer not null default 0 references core.dim_date (date_key),
    start_date date,
    end_date date,
    date_precision text not null check (date_precision in ('day', 'month', 'year', 'unknown')),
    is_year_inferred boolean not null default false,
    event_title text,
    date_evidence text,
    date_span_start integer,
    date_span_end integer,
    is_current boolean not null default true,
    unique (document_key, event_seq)
);
comment on table core.fct_event is 'One row per event per document version: a training, round table, visit... as one report describes it.';
comment on column core.fct_event.event_key is 'Surrogate key.';
comment on column core.fct_event.document_key is 'Document version the event was read from.';
comment on column core.fct_event.event_seq is 'Position of the event within its document, from 0.';
comment on column core.fct_event.event_type_key is 'Kind of event.';
comment on column core.fct_event.project_key is 'First project the event belongs to; 0 when none is named (all projects: bridge_event_project).';
comment on column core.fct_event.start_date_key is 'dim_date key of the start date; 0 when unknown.';
comment on column core.fct_event.end_date_key is 'dim_date key of the end date; 0 when unknown.';
comment on column core.fct_event.start_date is 'First day of the event (first day of the month/year when precision is coarser).';
comment on column core.fct_event.end_date is 'Last day of the event.';
comment on column core.fct_event.date_precision is 'day, month, year or unknown.';
comment on column core.fct_event.is_year_inferred is 'True when the report gave no year and it was inferred (quality flag year_inferred).';
comment on column core.fct_event.event_title is 'Short title of the event where the report gives one.';
comment on column core.fct_event.date_evidence is 'Exact text the date was read from.';
comment on column core.fct_event.date_span_start is 'Start offset of date_evidence in the normalized document text.';
comment on column core.fct_event.date_span_end is 'End offset (exclusive) of date_evidence.';
comment on column core.fct_event.is_current is 'False when the document version was retired (file changed or deleted).';

create table core.fct_indicator_value (
    indicator_value_key bigint generated by default as identity primary key,
    event_key bigint not null references core.fct_event (event_key) on delete cascade,
    indicator_key smallint not null references core.dim_indicator (indicator_key),
    sex text not null check (sex in ('total', 'female', 'male')),
    group_label text not null default '',
    mention_seq smallint not null default 0,
    value_num numeric(18, 2) not null check (value_num >= 0),
    unit text not null,
    currency_code char(3),
    evidence text,
    span_start integer,
    span_end integer,
    quality_flags text[] not null default '{}',
    is_current boolean not null default true,
    unique (event_key, indicator_key, sex, group_label, mention_seq)
);
comment on table core.fct_indicator_value is 'Grain: event x indicator x sex x group (x mention, when one report states two figures of the same kind). Figures exactly as stated, never corrected.';
comment on column core.fct_indicator_value.indicator_value_key is 'Surrogate key.';
comment on column core.fct_indicator_value.event_key is 'Event the figure is about.';
comment on column core.fct_indicator_value.indicator_key is 'What is counted.';
comment on column core.fct_indicator_value.sex is 'total, female or male.';
comment on column core.fct_indicator_value.group_label is 'Who is counted when narrower than everyone (youth activists, LSG staff); empty for everyone.';
comment on column core.fct_indicator_value.mention_seq is 'Ordinal among figures of the same event, indicator, sex and group, from 0.';
comment on column core.fct_indicator_value.value_num is 'The figure as the report states it (people, sessions, money...).';
comment on column core.fct_indicator_value.unit is 'Unit: person, session, settlement, institution, grant, or the ISO 4217 currency for funding_amount.';
comment on column core.fct_indicator_value.currency_code is 'ISO 4217 currency of funding amounts; null otherwise.';
comment on column core.fct_indicator_value.evidence is 'Exact text the figure was read from.';
comment on column core.fct_indicator_value.span_start is 'Start offset of the evidence in the normalized document text.';
comment on column core.fct_indicator_value.span_end is 'End offset (exclusive) of the evidence.';
comment on column core.fct_indicator_value.quality_flags is 'Quality flags that concern this figure, e.g. sex_split_mismatch.';
comment on column core.fct_indicator_value.is_current is 'False when the document version was retired.';

create table core.bridge_event_place (
    event_key bigint not null references core.fct_event (event_key) on delete cascade,
    place_key integer not null references core.dim_place (place_key),
    evidence text,
    span_start integer,
    span_end integer,
    primary key (event_key, place_key)
);
comment on table core.bridge_event_place is 'Places where an event took place or which it covered (many-to-many).';
comment on column core.bridge_event_place.event_key is 'Event.';
comment on column core.bridge_event_place.place_key is 'Place.';
comment on column core.bridge_event_place.evidence is 'Exact text the place was read from.';
comment on column core.bridge_event_place.span_start is 'Start offset of the evidence in the normalized document text.';
comment on column core.bridge_event_place.span_end is 'End offset (exclusive) of the evidence.';

create table core.bridge_event_organization (
    event_key bigint not null references core.fct_event (event_key) on delete cascade,
    organization_key integer not null references core.dim_organization (organization_key),
    role text not null check (role in ('donor', 'implementer', 'partner', 'government', 'participant_org')),
    evidence text,
    span_start integer,
    span_end integer,
    primary key (event_key, organization_key, role)
);
comment on table core.bridge_event_organization is 'Organizations involved in an event, with their role (many-to-many).';
comment on column core.bridge_event_organization.event_key is 'Event.';
comment on column core.bridge_event_organization.organization_key is 'Organization.';
comment on column core.bridge_event_organization.role is 'donor (funds), implementer (carries out/organizes), partner, government, participant_org.';
comment on column core.bridge_event_organization.evidence is 'Exact text the organization was read from.';
comment on column core.bridge_event_organization.span_start is 'Start offset of the evidence in the normalized document text.';
comment on column core.bridge_event_organization.span_end is 'End offset (exclusive) of the evidence.';

create table core.bridge_event_project (
    event_key bigint not null references core.fct_event (event_key) on delete cascade,
    project_key integer not null references core.dim_project (project_key),
    evidence text,
    span_start integer,
    span_end integer,
    primary key (event_key, project_key)
);
comment on table core.bridge_event_project is 'Projects an event belongs to (many-to-many).';
comment on column core.bridge_event_project.event_key is 'Event.';
comment on column core.bridge_event_project.project_key is 'Project.';
comment on column core.bridge_event_project.evidence is 'Exact text the project was read from.';
comment on column core.bridge_event_project.span_start is 'Start offset of the evidence in the normalized document text.';
comment on column core.bridge_event_project.span_end is 'End offset (exclusive) of the evidence.';

-- ops ------------------------------------------------------------------------

create table ops.run_log (
    run_id text primary key,
    dag_id text not null,
    started_at timestamptz not null default now(),
    finished_at timestamptz,
    status text not null default 'running' check (status in ('running', 'success', 'failed')),
    extractor_version text,
    interval_start timestamptz,
    interval_end timestamptz,
    files_seen integer not null default 0,
    files_new integer not null default 0,
    files_changed integer not null default 0,
    files_unchanged integer not null default 0,
    files_deleted integer not null default 0,
    files_quarantined integer not null default 0,
    rows_inserted integer not null default 0,
    rows_updated integer not null default 0,
    rows_retired integer not null default 0,
    duration_seconds numeric(12, 3),
    details jsonb not null default '{}'
);
comment on table ops.run_log is 'One row per pipeline run: what it saw, loaded, quarantined and retired.';
comment on column ops.run_log.run_id is 'Airflow run id (or CLI run id).';
comment on column ops.run_log.dag_id is 'DAG (or CLI command) that ran.';
comment on column ops.run_log.started_at is 'Start time.';
comment on column ops.run_log.finished_at is 'End time.';
comment on column ops.run_log.status is 'running, success or failed.';
comment on column ops.run_log.extractor_version is 'Extractor version used.';
comment on column ops.run_log.interval_start is 'Start of the data interval the run covered.';
comment on column ops.run_log.interval_end is 'End of the data interval the run covered.';
comment on column ops.run_log.files_seen is 'Files found in the inboxes.';
comment on column ops.run_log.files_new is 'Paths never seen before.';
comment on column ops.run_log.files_changed is 'Paths whose content changed.';
comment on column ops.run_log.files_unchanged is 'Paths skipped because nothing changed.';
comment on column ops.run_log.files_deleted is 'Paths that disappeared (their facts retired).';
comment on column ops.run_log.files_quarantined is 'Files quarantined by this run.';
comment on column ops.run_log.rows_inserted is 'Fact and bridge rows inserted.';
comment on column ops.run_log.rows_updated is 'Rows updated in place.';
comment on column ops.run_log.rows_retired is 'Fact rows marked not current.';
comment on column ops.run_log.duration_seconds is 'Wall-clock duration in seconds.';
comment on column ops.run_log.details is 'Further counters as JSON.';

create table ops.quarantine (
    quarantine_id bigint generated always as identity primary key,
    document_sha256 char(64),
    inbox text,
    rel_path text not null,
    reason_code text not null,
    reason text not null,
    failed_check text,
    evidence text,
    run_id text,
    quarantined_at timestamptz not null default now(),
    resolved_at timestamptz,
    resolution text
);
comment on table ops.quarantine is 'Files or records kept out of the warehouse, with a reason an analyst can act on.';
comment on column ops.quarantine.quarantine_id is 'Surrogate key.';
comment on column ops.quarantine.document_sha256 is 'Content hash of the file, where it could be read.';
comment on column ops.quarantine.inbox is 'Inbox the file came from.';
comment on column ops.quarantine.rel_path is 'Path of the file within its inbox.';
comment on column ops.quarantine.reason_code is 'Machine code: empty_file, unreadable, unsupported_format, too_large, invalid_record, expectation_failed, ...';
comment on column ops.quarantine.reason is 'Readable explanation for the analyst.';
comment on column ops.quarantine.failed_check is 'Name of the failing record check or Great Expectations expectation.';
comment on column ops.quarantine.evidence is 'The offending value or text, shortened.';
comment on column ops.quarantine.run_id is 'Run that quarantined it.';
comment on column ops.quarantine.quarantined_at is 'When.';
comment on column ops.quarantine.resolved_at is 'When a retry loaded it or an analyst dismissed it.';
comment on column ops.quarantine.resolution is 'How it was resolved: retried_loaded, dismissed, superseded.';

create table ops.data_quality_issue (
    issue_id bigint generated always as identity primary key,
    document_sha256 char(64) not null,
    event_seq smallint,
    flag_code text not null,
    detail text,
    severity text not null default 'warning' check (severity in ('info', 'warning', 'error')),
    is_open boolean not null default true,
    detected_at timestamptz not null default now(),
    unique (document_sha256, event_seq, flag_code, detail)
);
comment on table ops.data_quality_issue is 'Soft quality problems of loaded documents (figures loaded as stated, flagged here).';
comment on column ops.data_quality_issue.issue_id is 'Surrogate key.';
comment on column ops.data_quality_issue.document_sha256 is 'Document version the issue is in.';
comment on column ops.data_quality_issue.event_seq is 'Event within the document, where the issue concerns one.';
comment on column ops.data_quality_issue.flag_code is 'sex_split_mismatch, year_inferred, ambiguous_place, no_event_date, language_parts_disagree, ...';
comment on column ops.data_quality_issue.detail is 'Readable detail, e.g. 495 + 286 != 764.';
comment on column ops.data_quality_issue.severity is 'info, warning or error.';
comment on column ops.data_quality_issue.is_open is 'False once the document version is retired.';
comment on column ops.data_quality_issue.detected_at is 'When the issue was recorded.';
