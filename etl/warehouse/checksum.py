"""A content checksum of the fact tables and bridges over natural keys only.

Surrogate keys differ between a reprocess and a fresh load; document sha256,
event_seq, indicator/place/organization/project codes do not.  Two warehouses
(or one before and after a rerun) hold the same facts exactly when their
checksums are equal.  ``current_only`` leaves out retired versions, which a
fresh load of today's files never has.
"""

from __future__ import annotations

import sqlalchemy as sa

_QUERIES = {
    "fct_event": """
        select d.document_sha256, e.event_seq, t.event_type, pr.project_id, e.start_date, e.end_date,
               e.start_date_key, e.end_date_key, e.date_precision, e.is_year_inferred, e.event_title,
               e.date_evidence, e.date_span_start, e.date_span_end, e.is_current
        from core.fct_event e join core.dim_document d using (document_key)
        join core.dim_event_type t using (event_type_key) join core.dim_project pr using (project_key)
        where {current}""",
    "fct_indicator_value": """
        select d.document_sha256, e.event_seq, i.indicator_code, v.sex, v.group_label, v.mention_seq,
               v.value_num, v.unit, v.currency_code, v.evidence, v.span_start, v.span_end, v.quality_flags,
               v.is_current
        from core.fct_indicator_value v join core.fct_event e using (event_key)
        join core.dim_document d using (document_key) join core.dim_indicator i using (indicator_key)
        where {current}""",
    "bridge_event_place": """
        select d.document_sha256, e.event_seq, p.place_id, b.evidence, b.span_start, b.span_end
        from core.bridge_event_place b join core.fct_event e using (event_key)
        join core.dim_document d using (document_key) join core.dim_place p using (place_key)
        where {current}""",
    "bridge_event_organization": """
        select d.document_sha256, e.event_seq, o.organization_id, b.role, b.evidence, b.span_start, b.span_end
        from core.bridge_event_organization b join core.fct_event e using (event_key)
        join core.dim_document d using (document_key) join core.dim_organization o using (organization_key)
        where {current}""",
    "bridge_event_project": """
        select d.document_sha256, e.event_seq, p.project_id, b.evidence, b.span_start, b.span_end
        from core.bridge_event_project b join core.fct_event e using (event_key)
        join core.dim_document d using (document_key) join core.dim_project p on p.project_key = b.project_key
        where {current}""",
    "dim_document": """
        select d.document_sha256, d.document_format, d.document_title, d.languages, d.published_date,
               d.extractor_version, d.is_current
        from core.dim_document d where {current_doc}""",
}


def fact_checksums(engine: sa.Engine, *, current_only: bool = True) -> dict[str, str]:
    """md5 per table over its rows rendered as text in natural-key order, plus ``all``."""
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for table, query in _QUERIES.items():
            sql = query.format(current="e.is_current" if current_only else "true",
                               current_doc="d.is_current" if current_only else "true")
            out[table] = conn.execute(sa.text(
                f"select md5(coalesce(string_agg(r::text, E'\\n' order by r::text), '')) from ({sql}) r"  # noqa: S608
            )).scalar_one()
        out["all"] = conn.execute(sa.text("select md5(:s)"), {"s": "|".join(out[t] for t in _QUERIES)}).scalar_one()
    return out
