# ruff: noqa: S608 - statements are composed from constants in this module, never from input
"""Set-based statements that merge one staged batch into ``core`` (parameters :run and :batch).

Every statement touches only documents of the batch whose ``stage_status`` is
``valid`` at that point; ``load.py`` runs them in order inside one transaction.
A document's staging rows all carry its batch, and every join to ``stg_document``
says so (``s.batch_no = :batch``): with the run alone, each batch would scan all
of its run's documents, and a run of n batches would cost n times its size.
"""

VALID_DOCS = """select document_sha256 from staging.stg_document
                where run_id = :run and batch_no = :batch and stage_status = 'valid'"""

# the batch's documents are recorded for the marts refresh once (migration 082); the merge statements
# that follow touch only these documents, so the per-statement triggers skip them until END_NOTED
NOTE_CHANGED_DOCUMENTS = [
    f"insert into ops.mart_change (document_sha256) select document_sha256 from ({VALID_DOCS}) as v",
    "select set_config('etl.mart_change_noted', 'on', true)",
]
END_NOTED = "select set_config('etl.mart_change_noted', 'off', true)"

MARK_ALREADY_LOADED = """
update staging.stg_document s set stage_status = 'skipped'
where s.run_id = :run and s.batch_no = :batch and s.stage_status = 'valid' and not s.is_forced
  and exists (select 1 from core.dim_document d join raw.document r using (document_sha256)
              where d.document_sha256 = s.document_sha256 and d.is_current and r.status = 'loaded'
                and d.extractor_version = s.extractor_version)
"""

INSERT_PLACES = f"""
with mentions as (
    select distinct on (place_id) p.*, coalesce(p.soate_code, p.place_name || '@' || coalesce(p.parent_soate_code, ''))
           as place_id
    from staging.stg_event_place p
    where p.run_id = :run and p.batch_no = :batch and p.document_sha256 in ({VALID_DOCS})
    order by place_id, p.document_sha256, p.event_seq, p.item_seq
)
insert into core.dim_place (place_id, soate_code, parent_soate_code, place_level, place_name,
    oblast_soate_code, oblast_name, rayon_soate_code, rayon_name, ayil_aimak_soate_code, ayil_aimak_name,
    settlement_name, code_path, is_in_soate)
select m.place_id, m.soate_code, m.parent_soate_code, m.place_level, m.place_name,
       parent.oblast_soate_code, parent.oblast_name,
       coalesce(parent.rayon_soate_code, case when parent.place_level = 'rayon' then parent.soate_code end),
       coalesce(parent.rayon_name, case when parent.place_level = 'rayon' then parent.place_name end),
       coalesce(parent.ayil_aimak_soate_code, case when parent.place_level = 'ayil_aimak' then parent.soate_code end),
       coalesce(parent.ayil_aimak_name, case when parent.place_level = 'ayil_aimak' then parent.place_name end),
       case when m.place_level in ('village', 'settlement', 'town') then m.place_name end,
       parent.code_path, m.soate_code is not null
from mentions m left join core.dim_place parent on parent.place_id = m.parent_soate_code
order by m.place_id
on conflict (place_id) do nothing
"""

INSERT_ORGANIZATIONS = f"""
insert into core.dim_organization (organization_id, organization_name, organization_kind, is_in_registry)
select distinct on (organization_id) organization_id, organization_name, organization_kind, is_in_registry
from staging.stg_event_organization
where run_id = :run and batch_no = :batch and document_sha256 in ({VALID_DOCS})
order by organization_id, is_in_registry desc, document_sha256, event_seq, item_seq
on conflict (organization_id) do nothing
"""

INSERT_PROJECTS = f"""
insert into core.dim_project (project_id, project_name, donor_organization_key)
select distinct on (p.project_id) p.project_id, p.project_name,
       (select o.organization_key from core.dim_organization o
        where o.organization_name = p.donor_name order by o.organization_key limit 1)
from staging.stg_event_project p
where p.run_id = :run and p.batch_no = :batch and p.document_sha256 in ({VALID_DOCS})
order by p.project_id, p.document_sha256, p.event_seq, p.item_seq
on conflict (project_id) do nothing
"""

UPSERT_DOCUMENTS = """
insert into core.dim_document as d (document_sha256, source_path, document_format, document_title, languages,
    published_date, published_date_key, size_bytes, extractor_version, is_current, loaded_at, retired_at)
select s.document_sha256, s.inbox || '/' || s.rel_path, s.document_format, s.document_title, s.languages,
       cast(s.published_date as date),
       coalesce((select date_key from core.dim_date where calendar_date = cast(s.published_date as date)), 0),
       s.size_bytes, s.extractor_version, true, now(), null
from staging.stg_document s
where s.run_id = :run and s.batch_no = :batch and s.stage_status = 'valid'
order by s.document_sha256
on conflict (document_sha256) do update set
    source_path = excluded.source_path, document_format = excluded.document_format,
    document_title = excluded.document_title, languages = excluded.languages,
    published_date = excluded.published_date, published_date_key = excluded.published_date_key,
    size_bytes = excluded.size_bytes, extractor_version = excluded.extractor_version,
    is_current = true, loaded_at = now(), retired_at = null
"""

DELETE_OLD_FACTS = f"""
delete from core.fct_event e using core.dim_document d
where e.document_key = d.document_key and d.document_sha256 in ({VALID_DOCS})
"""

INSERT_EVENTS = """
insert into core.fct_event (document_key, event_seq, event_type_key, project_key, start_date_key, end_date_key,
    start_date, end_date, date_precision, is_year_inferred, event_title, date_evidence, date_span_start,
    date_span_end, is_current)
select d.document_key, e.event_seq, t.event_type_key,
       coalesce((select pr.project_key from staging.stg_event_project p
                 join core.dim_project pr on pr.project_id = p.project_id
                 where p.run_id = e.run_id and p.document_sha256 = e.document_sha256 and p.event_seq = e.event_seq
                 order by p.item_seq limit 1), 0),
       coalesce(to_char(cast(e.start_date as date), 'YYYYMMDD')::integer, 0),
       coalesce(to_char(cast(e.end_date as date), 'YYYYMMDD')::integer, 0),
       cast(e.start_date as date), cast(e.end_date as date), e.date_precision, e.is_year_inferred,
       e.event_title, e.date_evidence, e.date_span_start, e.date_span_end, true
from staging.stg_event e
join staging.stg_document s on s.run_id = e.run_id and s.document_sha256 = e.document_sha256
join core.dim_document d on d.document_sha256 = e.document_sha256
join core.dim_event_type t on t.event_type = e.event_type
where e.run_id = :run and e.batch_no = :batch and s.batch_no = :batch and s.stage_status = 'valid'
order by e.document_sha256, e.event_seq
"""

_EVENT_OF = """
from staging.{table} x
join staging.stg_document s on s.run_id = x.run_id and s.document_sha256 = x.document_sha256
join core.dim_document d on d.document_sha256 = x.document_sha256
join core.fct_event e on e.document_key = d.document_key and e.event_seq = x.event_seq
where x.run_id = :run and x.batch_no = :batch and s.batch_no = :batch and s.stage_status = 'valid'
"""

INSERT_INDICATOR_VALUES = """
insert into core.fct_indicator_value (event_key, indicator_key, sex, group_label, mention_seq, value_num, unit,
    currency_code, evidence, span_start, span_end, quality_flags, is_current)
select e.event_key, i.indicator_key, x.sex, x.group_label,
       row_number() over (partition by e.event_key, i.indicator_key, x.sex, x.group_label order by x.item_seq) - 1,
       x.value_num, x.unit, case when x.indicator_code = 'funding_amount' then x.unit end,
       x.evidence, x.span_start, x.span_end,
       -- sex-split flags belong to the figures of a split (total, female, male of one indicator and group)
       coalesce((select array_agg(distinct f.flag_code order by f.flag_code) from staging.stg_quality_flag f
                 where f.run_id = x.run_id and f.document_sha256 = x.document_sha256
                   and (f.event_seq is null or f.event_seq = x.event_seq)
                   and f.flag_code like 'sex\\_%'
                   and exists (select 1 from staging.stg_indicator_value y
                               where y.run_id = x.run_id and y.document_sha256 = x.document_sha256
                                 and y.event_seq = x.event_seq and y.indicator_code = x.indicator_code
                                 and y.group_label = x.group_label and y.sex <> 'total')), '{}'),
       true
""" + _EVENT_OF.format(table="stg_indicator_value").replace(
    "where x.run_id", "join core.dim_indicator i on i.indicator_code = x.indicator_code\nwhere x.run_id") + """
order by e.event_key, x.item_seq
"""

INSERT_BRIDGE_PLACES = """
insert into core.bridge_event_place (event_key, place_key, evidence, span_start, span_end)
select distinct on (e.event_key, pl.place_key) e.event_key, pl.place_key, x.evidence, x.span_start, x.span_end
""" + _EVENT_OF.format(table="stg_event_place").replace(
    "where x.run_id", "join core.dim_place pl on pl.place_id = coalesce(x.soate_code, x.place_name || '@' ||"
    " coalesce(x.parent_soate_code, ''))\nwhere x.run_id") + """
order by e.event_key, pl.place_key, x.item_seq
"""

INSERT_BRIDGE_ORGANIZATIONS = """
insert into core.bridge_event_organization (event_key, organization_key, role, evidence, span_start, span_end)
select distinct on (e.event_key, o.organization_key, x.role) e.event_key, o.organization_key, x.role,
       x.evidence, x.span_start, x.span_end
""" + _EVENT_OF.format(table="stg_event_organization").replace(
    "where x.run_id", "join core.dim_organization o on o.organization_id = x.organization_id\nwhere x.run_id") + """
order by e.event_key, o.organization_key, x.role, x.item_seq
"""

INSERT_BRIDGE_PROJECTS = """
insert into core.bridge_event_project (event_key, project_key, evidence, span_start, span_end)
select distinct on (e.event_key, p.project_key) e.event_key, p.project_key, x.evidence, x.span_start, x.span_end
""" + _EVENT_OF.format(table="stg_event_project").replace(
    "where x.run_id", "join core.dim_project p on p.project_id = x.project_id\nwhere x.run_id") + """
order by e.event_key, p.project_key, x.item_seq
"""

REPLACE_QUALITY_ISSUES = [
    # a join on the batch's staged documents, each issue found through its document's index entry
    """delete from ops.data_quality_issue q using staging.stg_document s
       where s.run_id = :run and s.batch_no = :batch and s.stage_status = 'valid'
         and q.document_sha256 = s.document_sha256""",
    """insert into ops.data_quality_issue (document_sha256, event_seq, flag_code, detail, severity)
       select distinct f.document_sha256, f.event_seq, f.flag_code, f.detail, f.severity
       from staging.stg_quality_flag f
       join staging.stg_document s on s.run_id = f.run_id and s.document_sha256 = f.document_sha256
       where f.run_id = :run and f.batch_no = :batch and s.batch_no = :batch and s.stage_status = 'valid'
       on conflict do nothing""",
]

MARK_RAW_LOADED = """
update raw.document r set status = 'loaded', status_reason = null, extractor_version = s.extractor_version,
       extraction = s.extraction, extracted_at = s.staged_at, format = s.document_format, updated_at = now()
from staging.stg_document s
where s.run_id = :run and s.batch_no = :batch and s.stage_status = 'valid' and r.document_sha256 = s.document_sha256
"""

# a path (or content) that was quarantined before and now loads is resolved
RESOLVE_OLD_QUARANTINE = f"""
update ops.quarantine q set resolved_at = now(), resolution = 'retried_loaded'
where q.resolved_at is null and (q.document_sha256 in ({VALID_DOCS}) or exists (
    select 1 from staging.stg_document s
    where s.run_id = :run and s.batch_no = :batch and s.stage_status = 'valid'
      and (q.inbox, q.rel_path) in (select s.inbox, s.rel_path
                                    union all select p ->> 0, p ->> 1 from jsonb_array_elements(s.other_paths) p)))
"""
