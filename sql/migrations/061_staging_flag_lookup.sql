-- 061: the load reads a figure's sex-split flags by (run, document); with only the (run_id, batch_no)
-- index every figure scanned all flags of its run.

create index stg_quality_flag_run_document on staging.stg_quality_flag (run_id, document_sha256);
