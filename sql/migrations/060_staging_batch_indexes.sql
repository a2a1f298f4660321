-- 060: staging rows are read and replaced one batch at a time (stage, check, load); without these the
-- primary keys (run_id, document_sha256, ...) make every batch scan all of its run's rows, so a run of
-- n batches costs n times its size.  also the pending-work and retired-document look-ups of discovery.

create index stg_event_run_batch on staging.stg_event (run_id, batch_no);
create index stg_indicator_value_run_batch on staging.stg_indicator_value (run_id, batch_no);
create index stg_event_place_run_batch on staging.stg_event_place (run_id, batch_no);
create index stg_event_organization_run_batch on staging.stg_event_organization (run_id, batch_no);
create index stg_event_project_run_batch on staging.stg_event_project (run_id, batch_no);
create index document_open_status on raw.document (status) where status in ('pending', 'retired');
