"""Staging rows written in COPY's text format by the stage workers read back exactly as they were."""

from __future__ import annotations

import pickle

import pytest
import sqlalchemy as sa

from etl.warehouse.staging import StagedRows, copy_encoded, encode_rows, join_encoded

TRICKY = "tab\there, line\nbreak, cr\r, back\\slash \\N, quote \" ' and {braces,} кыргыз тили 𝄞"


def _rows(run_id: str, sha: str, title: str) -> StagedRows:
    rows = StagedRows()
    record = {"title": title, "events": [{"evidence": "a\\b\tc\nd", "value": 1.5, "none": None}], "ok": True}
    rows.add_document({"run_id": run_id, "batch_no": 0, "document_sha256": sha, "inbox": "/in\tbox",
                       "rel_path": "dir/ä b\\c.txt", "other_paths": [["/x", "y\\z\n"]], "previous_sha256": [],
                       "document_format": "txt", "size_bytes": 12_345_678_901, "document_title": title,
                       "languages": ["ky", 'r"u', "a\\b", "e n"], "published_date": None,
                       "extractor_version": "1.0", "extraction": record, "is_forced": False,
                       "read_error_code": None, "read_error": None, "check_errors": [], "stage_status": "staged"})
    rows.add("stg_indicator_value", run_id=run_id, batch_no=0, document_sha256=sha, event_seq=0, item_seq=0,
             indicator_code="funding_amount", value_num=1234567.25, unit="KGS", sex=None, group_label="",
             evidence=title, span_start=0, span_end=len(title), is_evidence_exact=True)
    rows.add("stg_quality_flag", run_id=run_id, batch_no=0, document_sha256=sha, event_seq=None,
             flag_code="x", detail="\\", severity="warning")
    return rows


def test_encoded_rows_round_trip_through_copy(engine):
    a, b = _rows("r", "a" * 64, TRICKY), _rows("r", "b" * 64, "")
    # the workers send the encoded rows to the stage process: they pickle as plain bytes
    parts = [pickle.loads(pickle.dumps(encode_rows(r.tables))) for r in (a, b)]
    joined = join_encoded(parts)
    assert joined.statuses == ["staged", "staged"] and joined.counts["stg_document"] == 2
    with engine.begin() as conn:
        assert copy_encoded(conn, joined)["stg_indicator_value"] == 2
    with engine.connect() as conn:
        docs = conn.execute(sa.text("select * from staging.stg_document order by document_sha256")).mappings().all()
        values = conn.execute(sa.text("select evidence, value_num, is_evidence_exact, sex"
                                      " from staging.stg_indicator_value order by document_sha256")).all()
        detail = conn.execute(sa.text("select detail from staging.stg_quality_flag limit 1")).scalar_one()
    first = docs[0]
    assert first["document_title"] == TRICKY and first["inbox"] == "/in\tbox" and first["rel_path"] == "dir/ä b\\c.txt"
    assert first["languages"] == ["ky", 'r"u', "a\\b", "e n"]
    assert first["extraction"] == a.tables["stg_document"][0]["extraction"]
    assert first["other_paths"] == [["/x", "y\\z\n"]] and first["check_errors"] == []
    assert first["size_bytes"] == 12_345_678_901 and first["is_forced"] is False and first["published_date"] is None
    assert docs[1]["document_title"] == ""  # an empty string stays empty, not NULL
    assert [v.evidence for v in values] == [TRICKY, ""]
    assert float(values[0].value_num) == 1234567.25 and values[0].is_evidence_exact is True and values[0].sex is None
    assert detail == "\\"


def test_a_value_of_an_unexpected_type_is_refused():
    rows = StagedRows()
    rows.add("stg_quality_flag", run_id="r", batch_no=0, document_sha256="a" * 64, event_seq=None,
             flag_code=object(), detail=None, severity="warning")
    with pytest.raises(TypeError, match="cannot hold a value of type object"):
        encode_rows(rows.tables)
