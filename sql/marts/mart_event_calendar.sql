-- mart_event_calendar: one row per current event with its places, organizations, headline
-- figures and the way back to the source document and the evidence text.
-- headline figures follow the one-figure-per-event rule of mart_indicator_results.
-- an incremental refresh reads only the documents in refresh_documents (lines marked "refresh scope";
-- a full build drops them), after deleting the mart rows of those documents.
create table mart_event_calendar as
with
events as (
    select event_key, document_key, event_seq, event_type_key, start_date, end_date,
           date_precision, is_year_inferred, event_title, date_evidence
    from core.fct_event
    where is_current
      and document_key in (select document_key from refresh_documents)  -- refresh scope
),

documents as (
    select document_key, document_sha256, source_path, document_title, languages, published_date
    from core.dim_document
    where true
      and document_key in (select document_key from refresh_documents)  -- refresh scope
),

event_types as (
    select event_type_key, event_type, event_type_label
    from core.dim_event_type
),

indicator_values as (
    select event_key, indicator_key, sex, group_label, value_num, currency_code, evidence,
           span_start, quality_flags
    from core.fct_indicator_value
    where is_current
      and event_key in (select event_key from events)  -- refresh scope
),

indicators as (
    select indicator_key, indicator_code
    from core.dim_indicator
),

event_place_bridge as (
    select event_key, place_key
    from core.bridge_event_place
    where place_key <> 0
      and event_key in (select event_key from events)  -- refresh scope
),

places as (
    select place_key, soate_code, place_id, place_name, oblast_name
    from core.dim_place
),

event_organization_bridge as (
    select event_key, organization_key, role
    from core.bridge_event_organization
    where organization_key <> 0
      and event_key in (select event_key from events)  -- refresh scope
),

organizations as (
    select organization_key, organization_name
    from core.dim_organization
),

event_project_bridge as (
    select event_key, project_key
    from core.bridge_event_project
    where project_key <> 0
      and event_key in (select event_key from events)  -- refresh scope
),

projects as (
    select project_key, project_name
    from core.dim_project
),

quality_issues as (
    select document_sha256, event_seq, flag_code
    from ops.data_quality_issue
    where is_open
      and document_sha256 in (select document_sha256 from refresh_documents)  -- refresh scope
),

event_places as (
    select
        b.event_key,
        string_agg(p.place_name, '; ' order by p.place_id) as place_names,
        string_agg(coalesce(p.soate_code::text, p.place_id), '; ' order by p.place_id) as place_codes,
        string_agg(distinct p.oblast_name, '; ') as oblast_names,
        count(*)::integer as places_count
    from event_place_bridge as b
    join places as p on p.place_key = b.place_key
    group by b.event_key
),

event_organizations as (
    select
        b.event_key,
        string_agg(o.organization_name, '; ' order by o.organization_name) filter (where b.role = 'donor') as donor_names,
        string_agg(o.organization_name, '; ' order by o.organization_name) filter (where b.role = 'implementer') as implementer_names,
        string_agg(o.organization_name, '; ' order by o.organization_name) filter (where b.role = 'partner') as partner_names,
        string_agg(o.organization_name, '; ' order by o.organization_name) filter (where b.role = 'government') as government_names
    from event_organization_bridge as b
    join organizations as o on o.organization_key = b.organization_key
    group by b.event_key
),

event_projects as (
    select b.event_key, string_agg(p.project_name, '; ' order by p.project_name) as project_names
    from event_project_bridge as b
    join projects as p on p.project_key = b.project_key
    group by b.event_key
),

event_figures as (
    select
        v.event_key,
        i.indicator_code,
        v.sex,
        v.currency_code,
        coalesce(max(v.value_num) filter (where v.group_label = ''), max(v.value_num)) as value_num
    from indicator_values as v
    join indicators as i on i.indicator_key = v.indicator_key
    group by v.event_key, i.indicator_code, v.sex, v.currency_code
),

event_headlines as (
    select
        event_key,
        max(value_num) filter (where indicator_code = 'participants' and sex = 'total') as participants_count,
        max(value_num) filter (where indicator_code = 'participants' and sex = 'female') as participants_female_count,
        max(value_num) filter (where indicator_code = 'participants' and sex = 'male') as participants_male_count,
        max(value_num) filter (where indicator_code = 'officials_participants' and sex = 'total') as officials_participants_count,
        max(value_num) filter (where indicator_code = 'people_trained' and sex = 'total') as people_trained_count,
        max(value_num) filter (where indicator_code = 'beneficiaries' and sex = 'total') as beneficiaries_count,
        max(value_num) filter (where indicator_code = 'sessions_held') as sessions_held_count,
        max(value_num) filter (where indicator_code = 'settlements_covered') as settlements_covered_count,
        max(value_num) filter (where indicator_code = 'grants_awarded') as grants_awarded_count,
        string_agg(value_num::text || ' ' || currency_code, '; ' order by currency_code)
            filter (where indicator_code = 'funding_amount') as funding_amounts_text
    from event_figures
    group by event_key
),

event_evidence as (
    select
        event_key,
        array_agg(distinct evidence) filter (where evidence is not null) as evidence_texts,
        array_agg(distinct flag) filter (where flag is not null) as figure_quality_flags
    from indicator_values
    left join lateral unnest(quality_flags) as flag on true
    group by event_key
),

event_issues as (
    select e.event_key, array_agg(distinct q.flag_code order by q.flag_code) as quality_flags
    from events as e
    join documents as d on d.document_key = e.document_key
    join quality_issues as q
      on q.document_sha256 = d.document_sha256 and (q.event_seq is null or q.event_seq = e.event_seq)
    group by e.event_key
)

select
    e.event_key,
    d.document_sha256::text as document_sha256,
    e.event_seq,
    t.event_type,
    t.event_type_label,
    e.event_title,
    e.start_date,
    e.end_date,
    e.date_precision,
    e.is_year_inferred,
    d.published_date,
    coalesce(to_char(coalesce(e.start_date, d.published_date), 'YYYY"Q"Q'), 'unknown') as period_quarter,
    pr.project_names,
    o.donor_names,
    o.implementer_names,
    o.partner_names,
    o.government_names,
    coalesce(p.places_count, 0) as places_count,
    p.place_names,
    p.place_codes,
    p.oblast_names,
    h.participants_count,
    h.participants_female_count,
    h.participants_male_count,
    h.officials_participants_count,
    h.people_trained_count,
    h.beneficiaries_count,
    h.sessions_held_count,
    h.settlements_covered_count,
    h.grants_awarded_count,
    h.funding_amounts_text,
    coalesce(iss.quality_flags, '{}') as quality_flags,
    d.source_path,
    d.document_title,
    d.languages,
    e.date_evidence,
    coalesce(ev.evidence_texts, '{}') as evidence_texts
from events as e
join documents as d on d.document_key = e.document_key
join event_types as t on t.event_type_key = e.event_type_key
left join event_places as p on p.event_key = e.event_key
left join event_organizations as o on o.event_key = e.event_key
left join event_projects as pr on pr.event_key = e.event_key
left join event_headlines as h on h.event_key = e.event_key
left join event_evidence as ev on ev.event_key = e.event_key
left join event_issues as iss on iss.event_key = e.event_key;

comment on table mart_event_calendar is 'One row per current event: when, where, who, headline figures, open quality flags, and the source document with the evidence text the figures were read from.';
comment on column mart_event_calendar.event_key is 'Event key in core.fct_event.';
comment on column mart_event_calendar.document_sha256 is 'SHA-256 of the source document version.';
comment on column mart_event_calendar.event_seq is 'Position of the event within its document, from 0.';
comment on column mart_event_calendar.event_type is 'Event type code, e.g. training, round_table.';
comment on column mart_event_calendar.event_type_label is 'English label of the event type.';
comment on column mart_event_calendar.event_title is 'Short event title where the report gives one.';
comment on column mart_event_calendar.start_date is 'First day of the event; null when the report gives no event date.';
comment on column mart_event_calendar.end_date is 'Last day of the event.';
comment on column mart_event_calendar.date_precision is 'day, month, year or unknown.';
comment on column mart_event_calendar.is_year_inferred is 'True when the report gave no year and it was inferred.';
comment on column mart_event_calendar.published_date is 'Date the report carries (its dateline).';
comment on column mart_event_calendar.period_quarter is 'Quarter of the event start date, else of the published date, e.g. 2023Q4; unknown when neither is known.';
comment on column mart_event_calendar.project_names is 'Projects the event belongs to, separated by ; .';
comment on column mart_event_calendar.donor_names is 'Donors named for the event, separated by ; .';
comment on column mart_event_calendar.implementer_names is 'Implementing / organizing organizations, separated by ; .';
comment on column mart_event_calendar.partner_names is 'Partner organizations, separated by ; .';
comment on column mart_event_calendar.government_names is 'State or local-government bodies taking part, separated by ; .';
comment on column mart_event_calendar.places_count is 'Number of places named for the event.';
comment on column mart_event_calendar.place_names is 'Names of the places, separated by ; .';
comment on column mart_event_calendar.place_codes is 'SOATE codes of the places (name@parent for places below SOATE), separated by ; .';
comment on column mart_event_calendar.oblast_names is 'Oblasts or republican cities of the places, separated by ; .';
comment on column mart_event_calendar.participants_count is 'Participants (all sexes) as stated, persons.';
comment on column mart_event_calendar.participants_female_count is 'Female participants as stated, persons.';
comment on column mart_event_calendar.participants_male_count is 'Male participants as stated, persons.';
comment on column mart_event_calendar.officials_participants_count is 'Officials / decision makers among participants, persons.';
comment on column mart_event_calendar.people_trained_count is 'People trained or certified, persons.';
comment on column mart_event_calendar.beneficiaries_count is 'Beneficiaries reached, persons.';
comment on column mart_event_calendar.sessions_held_count is 'Sessions (meetings, trainings) held.';
comment on column mart_event_calendar.settlements_covered_count is 'Settlements or municipalities covered.';
comment on column mart_event_calendar.grants_awarded_count is 'Grants or initiatives funded.';
comment on column mart_event_calendar.funding_amounts_text is 'Money stated for the event, amount and ISO 4217 currency per currency, e.g. 61933.00 USD.';
comment on column mart_event_calendar.quality_flags is 'Open data-quality flag codes of the event or its document, e.g. sex_split_mismatch.';
comment on column mart_event_calendar.source_path is 'Inbox path of the source document, for analysts to open it.';
comment on column mart_event_calendar.document_title is 'Title or headline of the source report.';
comment on column mart_event_calendar.languages is 'ISO 639-1 languages of the report.';
comment on column mart_event_calendar.date_evidence is 'Exact text the event date was read from.';
comment on column mart_event_calendar.evidence_texts is 'Exact texts of the report the figures were read from.';
