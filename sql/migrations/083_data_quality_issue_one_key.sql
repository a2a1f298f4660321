-- 083: ops.data_quality_issue carried two unique indexes on the same columns (document_sha256, event_seq,
-- flag_code, detail): the table's unique constraint (001) and the nulls-not-distinct index the load's
-- "on conflict do nothing" relies on (003).  the constraint is the weaker of the two (it lets rows with
-- a null event_seq or detail repeat), so it is dropped: each batch's delete and insert of its documents'
-- issues maintained both.
alter table ops.data_quality_issue
    drop constraint if exists data_quality_issue_document_sha256_event_seq_flag_code_deta_key;
