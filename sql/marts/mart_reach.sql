-- mart_reach: distinct places, settlements and organizations reached per donor x project x period.
-- distinct counts do not add up across periods, so each period grain has its own rows
-- (period_grain all / year / quarter / month); pick one grain when filtering.
-- donor and project attribution as in mart_indicator_results.
create table mart_reach as
with
events as (
    select event_key, document_key, start_date
    from core.fct_event
    where is_current
),

documents as (
    select document_key, published_date
    from core.dim_document
),

places as (
    select place_key, place_level, oblast_soate_code, rayon_soate_code, ayil_aimak_soate_code
    from core.dim_place
),

event_place_bridge as (
    select event_key, place_key
    from core.bridge_event_place
    where place_key <> 0
),

event_organization_bridge as (
    select event_key, organization_key, role
    from core.bridge_event_organization
    where organization_key <> 0
),

event_project_bridge as (
    select event_key, project_key
    from core.bridge_event_project
    where project_key <> 0
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

event_rows as (
    select
        e.event_key,
        e.document_key,
        d.donor_organization_key,
        b.project_key,
        dt.year_number::integer as period_year,
        coalesce(dt.year_quarter, 'unknown') as period_quarter,
        coalesce(dt.year_month, 'unknown') as period_month
    from events as e
    join documents as doc on doc.document_key = e.document_key
    left join event_donors as d on d.event_key = e.event_key
    left join event_project_bridge as b on b.event_key = e.event_key
    left join dates as dt on dt.calendar_date = coalesce(e.start_date, doc.published_date)
),

event_items as (
    -- one row per event x place and per event x organization, so both can be counted distinct
    select r.*, p.place_key, p.place_level, p.oblast_soate_code, p.rayon_soate_code,
           p.ayil_aimak_soate_code, null::integer as organization_key, null::text as role
    from event_rows as r
    join event_place_bridge as b on b.event_key = r.event_key
    join places as p on p.place_key = b.place_key
    union all
    select r.*, null, null, null, null, null, o.organization_key, o.role
    from event_rows as r
    join event_organization_bridge as o on o.event_key = r.event_key
    union all
    select r.*, null, null, null, null, null, null, null
    from event_rows as r
),

reach as (
    select
        donor_organization_key,
        project_key,
        case
            when grouping(period_month) = 0 then 'month'
            when grouping(period_quarter) = 0 then 'quarter'
            when grouping(period_year) = 0 then 'year'
            else 'all'
        end as period_grain,
        case
            when grouping(period_month) = 0 then period_month
            when grouping(period_quarter) = 0 then period_quarter
            when grouping(period_year) = 0 then coalesce(period_year::text, 'unknown')
            else 'all'
        end as period_label,
        count(distinct event_key)::integer as events_count,
        count(distinct document_key)::integer as documents_count,
        count(distinct place_key)::integer as places_count,
        count(distinct place_key) filter (
            where place_level in ('city', 'town', 'village', 'settlement'))::integer as settlements_count,
        count(distinct ayil_aimak_soate_code)::integer as ayil_aimaks_count,
        count(distinct rayon_soate_code)::integer as rayons_count,
        count(distinct oblast_soate_code)::integer as oblasts_count,
        count(distinct organization_key)::integer as organizations_count,
        count(distinct organization_key) filter (where role = 'implementer')::integer as implementers_count,
        count(distinct organization_key) filter (where role = 'partner')::integer as partners_count,
        count(distinct organization_key) filter (where role = 'government')::integer as government_bodies_count
    from event_items
    group by grouping sets (
        (donor_organization_key, project_key),
        (donor_organization_key, project_key, period_year),
        (donor_organization_key, project_key, period_quarter),
        (donor_organization_key, project_key, period_month)
    )
)

select
    coalesce(o.organization_id, 'none') as donor_organization_id,
    coalesce(o.organization_name, '(no donor named)') as donor_name,
    coalesce(p.project_id, 'none') as project_id,
    coalesce(p.project_name, '(no project named)') as project_name,
    r.period_grain,
    r.period_label,
    r.events_count,
    r.documents_count,
    r.places_count,
    r.settlements_count,
    r.ayil_aimaks_count,
    r.rayons_count,
    r.oblasts_count,
    r.organizations_count,
    r.implementers_count,
    r.partners_count,
    r.government_bodies_count
from reach as r
left join organizations as o on o.organization_key = r.donor_organization_key
left join projects as p on p.project_key = r.project_key;

comment on table mart_reach is 'Distinct places, settlements and organizations reached per donor x project x period; one set of rows per period grain (all, year, quarter, month) because distinct counts do not add up across periods.';
comment on column mart_reach.donor_organization_id is 'Donor organization id, or none when the reports name no donor.';
comment on column mart_reach.donor_name is 'Donor canonical English name; (no donor named) when none.';
comment on column mart_reach.project_id is 'Project id, or none.';
comment on column mart_reach.project_name is 'Project name; (no project named) when none.';
comment on column mart_reach.period_grain is 'all, year, quarter or month: the granularity of period_label. Filter on one grain.';
comment on column mart_reach.period_label is 'all; a year (2023); a quarter (2023Q3); a month (2023-06); unknown when events and reports are undated. Event start date, else report published date.';
comment on column mart_reach.events_count is 'Distinct current events.';
comment on column mart_reach.documents_count is 'Distinct current report documents.';
comment on column mart_reach.places_count is 'Distinct places of any level named for the events.';
comment on column mart_reach.settlements_count is 'Distinct populated places (cities, towns, villages, new settlements) named for the events.';
comment on column mart_reach.ayil_aimaks_count is 'Distinct ayil aimaks (rural municipalities) the named places lie in.';
comment on column mart_reach.rayons_count is 'Distinct rayons the named places lie in.';
comment on column mart_reach.oblasts_count is 'Distinct oblasts (or republican cities) the named places lie in.';
comment on column mart_reach.organizations_count is 'Distinct organizations involved in any role (donors included).';
comment on column mart_reach.implementers_count is 'Distinct implementing organizations.';
comment on column mart_reach.partners_count is 'Distinct partner organizations.';
comment on column mart_reach.government_bodies_count is 'Distinct state or local-government bodies involved.';
