-- mart_data_quality: open quality flags of loaded documents and unresolved quarantined files,
-- one row per issue, with the source path so an analyst can open the file.
-- an incremental refresh reads only the documents in refresh_documents and the quarantined paths in
-- refresh_paths (lines marked "refresh scope"; a full build drops them), after deleting their mart rows.
create table mart_data_quality as
with
quality_issues as (
    select document_sha256, event_seq, flag_code, detail, severity, detected_at
    from ops.data_quality_issue
    where is_open
      and document_sha256 in (select document_sha256 from refresh_documents)  -- refresh scope
),

quarantine as (
    select document_sha256, inbox, rel_path, reason_code, reason, failed_check, evidence, quarantined_at
    from ops.quarantine
    where resolved_at is null
      and (document_sha256 in (select document_sha256 from refresh_documents)  -- refresh scope
           or (coalesce(inbox, ''), rel_path) in (select coalesce(inbox, ''), rel_path from refresh_paths))  -- refresh scope
),

raw_documents as (
    select document_sha256, first_path, status
    from raw.document
    where true
      and document_sha256 in (select document_sha256 from quality_issues  -- refresh scope
                              union all select document_sha256 from quarantine)  -- refresh scope
),

current_documents as (
    select document_sha256, source_path, document_title
    from core.dim_document
    where is_current
      and document_sha256 in (select document_sha256 from quality_issues)  -- refresh scope
),

flag_rows as (
    select
        'quality_flag' as issue_source,
        coalesce(c.source_path, r.first_path) as source_path,
        null::text as inbox,
        q.document_sha256::text as document_sha256,
        c.document_title,
        coalesce(r.status, 'loaded') as document_status,
        q.event_seq::integer as event_seq,
        q.flag_code as issue_code,
        q.severity,
        q.detail,
        null::text as evidence,
        q.detected_at
    from quality_issues as q
    left join current_documents as c on c.document_sha256 = q.document_sha256
    left join raw_documents as r on r.document_sha256 = q.document_sha256
),

quarantine_rows as (
    select
        'quarantine' as issue_source,
        q.rel_path as source_path,
        q.inbox,
        q.document_sha256::text,
        null::text as document_title,
        coalesce(r.status, 'quarantined') as document_status,
        null::integer as event_seq,
        q.reason_code as issue_code,
        'error' as severity,
        q.reason || coalesce(' (check: ' || q.failed_check || ')', '') as detail,
        q.evidence,
        q.quarantined_at as detected_at
    from quarantine as q
    left join raw_documents as r on r.document_sha256 = q.document_sha256
)

select * from flag_rows
union all
select * from quarantine_rows;

comment on table mart_data_quality is 'Open data-quality flags of loaded documents and unresolved quarantined files, one row per issue, with the source to open.';
comment on column mart_data_quality.issue_source is 'quality_flag (document loaded, figures kept as stated) or quarantine (file kept out of the warehouse).';
comment on column mart_data_quality.source_path is 'Path of the source file (inbox-relative for quarantined files).';
comment on column mart_data_quality.inbox is 'Inbox of a quarantined file; null for quality flags.';
comment on column mart_data_quality.document_sha256 is 'SHA-256 of the document, where it could be read.';
comment on column mart_data_quality.document_title is 'Title of the loaded report, where known.';
comment on column mart_data_quality.document_status is 'raw.document status: loaded, quarantined, pending or retired.';
comment on column mart_data_quality.event_seq is 'Event within the document the flag concerns; null for document-level issues.';
comment on column mart_data_quality.issue_code is 'Flag code (sex_split_mismatch, year_inferred, ...) or quarantine reason code (unreadable, invalid_record, ...).';
comment on column mart_data_quality.severity is 'info, warning or error (quarantine is always error).';
comment on column mart_data_quality.detail is 'Readable detail, e.g. 495 + 286 != 764, or the quarantine reason.';
comment on column mart_data_quality.evidence is 'Offending value or text of a quarantined file, shortened.';
comment on column mart_data_quality.detected_at is 'When the issue was recorded.';
