-- wrk_indicator_contribution: the rows mart_indicator_results adds up, one per event figure x donor x
-- project pair, with the mart's grouping columns and grain_key, a hash of them.  kept between refreshes,
-- so that an incremental refresh replaces the rows of the changed documents only and re-adds just the
-- groups they contribute (or contributed) to.  an incremental refresh reads only the documents in
-- refresh_documents (lines marked "refresh scope"; a full build drops them).
-- attribution rules: see mart_indicator_results.sql and docs/warehouse.md#attribution.
create table wrk_indicator_contribution as
with
events as (
    select event_key, document_key, start_date
    from core.fct_event
    where is_current
      and document_key in (select document_key from refresh_documents)  -- refresh scope
),

documents as (
    select document_key, published_date
    from core.dim_document
    where true
      and document_key in (select document_key from refresh_documents)  -- refresh scope
),

indicator_values as (
    select event_key, indicator_key, sex, group_label, value_num, unit, currency_code
    from core.fct_indicator_value
    where is_current
      and event_key in (select event_key from events)  -- refresh scope
),

indicators as (
    select indicator_key, indicator_code, indicator_label, is_person_count
    from core.dim_indicator
),

places as (
    select place_key, oblast_soate_code, oblast_name, rayon_soate_code, rayon_name,
           ayil_aimak_soate_code, ayil_aimak_name
    from core.dim_place
),

event_place_bridge as (
    select event_key, place_key
    from core.bridge_event_place
    where place_key <> 0
      and event_key in (select event_key from events)  -- refresh scope
),

event_organization_bridge as (
    select event_key, organization_key, role
    from core.bridge_event_organization
    where organization_key <> 0
      and event_key in (select event_key from events)  -- refresh scope
),

event_project_bridge as (
    select event_key, project_key
    from core.bridge_event_project
    where project_key <> 0
      and event_key in (select event_key from events)  -- refresh scope
),

organizations as (
    select organization_key, organization_id, organization_name
    from core.dim_organization
),

projects as (
    select project_key, project_id, project_name, donor_organization_key
    from core.dim_project
),

dates as (
    select calendar_date, year_number, year_quarter, year_month
    from core.dim_date
    where date_key <> 0
),

event_periods as (
    select
        e.event_key,
        coalesce(e.start_date, d.published_date) as period_date,
        case
            when e.start_date is not null then 'event_start_date'
            when d.published_date is not null then 'report_published_date'
            else 'unknown'
        end as period_basis
    from events as e
    join documents as d on d.document_key = e.document_key
),

event_place_attribution as (
    select
        b.event_key,
        count(*) as event_places_count,
        case when count(p.oblast_soate_code) = count(*) and count(distinct p.oblast_soate_code) = 1
             then min(p.oblast_soate_code) end as oblast_soate_code,
        case when count(p.oblast_soate_code) = count(*) and count(distinct p.oblast_soate_code) = 1
             then min(p.oblast_name) end as oblast_name,
        case when count(p.rayon_soate_code) = count(*) and count(distinct p.rayon_soate_code) = 1
             then min(p.rayon_soate_code) end as rayon_soate_code,
        case when count(p.rayon_soate_code) = count(*) and count(distinct p.rayon_soate_code) = 1
             then min(p.rayon_name) end as rayon_name,
        case when count(p.ayil_aimak_soate_code) = count(*) and count(distinct p.ayil_aimak_soate_code) = 1
             then min(p.ayil_aimak_soate_code) end as ayil_aimak_soate_code,
        case when count(p.ayil_aimak_soate_code) = count(*) and count(distinct p.ayil_aimak_soate_code) = 1
             then min(p.ayil_aimak_name) end as ayil_aimak_name
    from event_place_bridge as b
    join places as p on p.place_key = b.place_key
    group by b.event_key
),

stated_donors as (
    select distinct event_key, organization_key as donor_organization_key
    from event_organization_bridge
    where role = 'donor'
),

project_donors as (
    select distinct b.event_key, p.donor_organization_key
    from event_project_bridge as b
    join projects as p on p.project_key = b.project_key
    where p.donor_organization_key is not null
      and not exists (select 1 from stated_donors as s where s.event_key = b.event_key)
),

event_donors as (
    select event_key, donor_organization_key from stated_donors
    union
    select event_key, donor_organization_key from project_donors
),

event_attribution as (
    select e.event_key, d.donor_organization_key, b.project_key
    from events as e
    left join event_donors as d on d.event_key = e.event_key
    left join event_project_bridge as b on b.event_key = e.event_key
),

event_attribution_counts as (
    select event_key, count(*) as attribution_pairs_count
    from event_attribution
    group by event_key
),

event_figures as (
    select
        event_key,
        indicator_key,
        sex,
        unit,
        currency_code,
        coalesce(max(value_num) filter (where group_label = ''), max(value_num)) as value_num
    from indicator_values
    group by event_key, indicator_key, sex, unit, currency_code
),

attributed_figures as (
    select
        a.donor_organization_key,
        a.project_key,
        per.period_basis,
        dt.year_number,
        dt.year_quarter,
        dt.year_month,
        pa.oblast_soate_code,
        pa.oblast_name,
        pa.rayon_soate_code,
        pa.rayon_name,
        pa.ayil_aimak_soate_code,
        pa.ayil_aimak_name,
        f.event_key,
        e.document_key,
        f.indicator_key,
        f.sex,
        f.unit,
        f.currency_code,
        f.value_num,
        c.attribution_pairs_count > 1 as is_shared
    from event_figures as f
    join events as e on e.event_key = f.event_key
    join event_attribution as a on a.event_key = f.event_key
    join event_attribution_counts as c on c.event_key = f.event_key
    join event_periods as per on per.event_key = f.event_key
    left join dates as dt on dt.calendar_date = per.period_date
    left join event_place_attribution as pa on pa.event_key = f.event_key
)
,

contributions as (
    select
        coalesce(o.organization_id, 'none') as donor_organization_id,
        coalesce(o.organization_name, '(no donor named)') as donor_name,
        coalesce(p.project_id, 'none') as project_id,
        coalesce(p.project_name, '(no project named)') as project_name,
        af.period_basis,
        af.year_number::integer as period_year,
        coalesce(af.year_quarter, 'unknown') as period_quarter,
        coalesce(af.year_month, 'unknown') as period_month,
        case
            when af.ayil_aimak_soate_code is not null then 'ayil_aimak'
            when af.rayon_soate_code is not null then 'rayon'
            when af.oblast_soate_code is not null then 'oblast'
            else 'country'
        end as place_attribution_level,
        af.oblast_soate_code::text as oblast_soate_code,
        af.oblast_name,
        af.rayon_soate_code::text as rayon_soate_code,
        af.rayon_name,
        af.ayil_aimak_soate_code::text as ayil_aimak_soate_code,
        af.ayil_aimak_name,
        i.indicator_code,
        i.indicator_label,
        i.is_person_count,
        af.sex,
        af.unit,
        af.currency_code::text as currency_code,
        af.event_key,
        af.document_key,
        af.value_num,
        af.is_shared
    from attributed_figures as af
    join indicators as i on i.indicator_key = af.indicator_key
    left join organizations as o on o.organization_key = af.donor_organization_key
    left join projects as p on p.project_key = af.project_key
)

select
    c.*,
    md5(row(
        c.donor_organization_id, c.donor_name, c.project_id, c.project_name, c.period_basis,
        c.period_year, c.period_quarter, c.period_month, c.place_attribution_level,
        c.oblast_soate_code, c.oblast_name, c.rayon_soate_code, c.rayon_name,
        c.ayil_aimak_soate_code, c.ayil_aimak_name, c.indicator_code, c.indicator_label,
        c.is_person_count, c.sex, c.unit, c.currency_code
    )::text) as grain_key
from contributions as c;

comment on table wrk_indicator_contribution is 'Working table of the marts refresh (not for BI): one row per event figure x donor x project pair, the rows mart_indicator_results adds up.';
comment on column wrk_indicator_contribution.event_key is 'Event of the figure (core.fct_event).';
comment on column wrk_indicator_contribution.document_key is 'Document of the event (core.dim_document); the unit of an incremental refresh.';
comment on column wrk_indicator_contribution.value_num is 'The one figure of the event for this indicator, sex and currency.';
comment on column wrk_indicator_contribution.is_shared is 'True when the event has several donor x project pairs.';
comment on column wrk_indicator_contribution.grain_key is 'MD5 of the mart grouping columns: the mart row this figure is added to.';
