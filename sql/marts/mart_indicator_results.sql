-- mart_indicator_results: indicator figures by donor x project x period x place x indicator x sex.
-- attribution (docs/warehouse.md#attribution):
--   * one figure per event x indicator x sex (x currency): the figure for everyone when the
--     report states one, else the largest figure stated for a narrower group; repeated
--     mentions are not added (they may restate or overlap), so the value is a lower bound.
--   * places: an event's figure is attributed once, to the deepest unit that contains all
--     its places (an event in three ayil aimaks of one rayon counts at that rayon; an event
--     in two oblasts counts at country level, oblast null). it is never repeated per place.
--   * donors and projects: the whole figure is attributed to each donor x project pair of
--     the event; attribution_shared says the same figure also appears under another pair.
--   * period: the event start date, else the report's published date (period_basis).
-- figures across events are summed: people are attendances, money is summed per currency.
create table mart_indicator_results as
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

indicator_values as (
    select event_key, indicator_key, sex, group_label, value_num, unit, currency_code
    from core.fct_indicator_value
    where is_current
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
    sum(af.value_num) as indicator_value,
    count(distinct af.event_key)::integer as events_count,
    count(distinct af.document_key)::integer as documents_count,
    bool_or(af.is_shared) as attribution_shared
from attributed_figures as af
join indicators as i on i.indicator_key = af.indicator_key
left join organizations as o on o.organization_key = af.donor_organization_key
left join projects as p on p.project_key = af.project_key
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21;

comment on table mart_indicator_results is 'Indicator figures by donor x project x period x attributed place x indicator x sex (x currency); current facts only. Each event figure is counted once per donor x project pair and never repeated per place: see docs/warehouse.md#attribution.';
comment on column mart_indicator_results.donor_organization_id is 'Donor organization id (core.dim_organization), or none when the report names no donor.';
comment on column mart_indicator_results.donor_name is 'Donor canonical English name; (no donor named) when the report names none.';
comment on column mart_indicator_results.project_id is 'Project id (core.dim_project), or none.';
comment on column mart_indicator_results.project_name is 'Project name; (no project named) when the report names none.';
comment on column mart_indicator_results.period_basis is 'Which date places the figure in time: event_start_date, report_published_date (event undated) or unknown.';
comment on column mart_indicator_results.period_year is 'Calendar year of the period date; null when unknown.';
comment on column mart_indicator_results.period_quarter is 'Quarter label of the period date, e.g. 2023Q3; unknown when undated.';
comment on column mart_indicator_results.period_month is 'Month label of the period date, e.g. 2023-06; unknown when undated.';
comment on column mart_indicator_results.place_attribution_level is 'Deepest level shared by all places of the events: ayil_aimak, rayon, oblast, or country (places in several oblasts, or none).';
comment on column mart_indicator_results.oblast_soate_code is 'SOATE code of the oblast (or Bishkek / Osh city) containing all places of the events; null at country level.';
comment on column mart_indicator_results.oblast_name is 'Name of that oblast or republican city.';
comment on column mart_indicator_results.rayon_soate_code is 'SOATE code of the rayon containing all places of the events; null when they span rayons.';
comment on column mart_indicator_results.rayon_name is 'Name of that rayon.';
comment on column mart_indicator_results.ayil_aimak_soate_code is 'SOATE code of the ayil aimak containing all places of the events; null when they span several.';
comment on column mart_indicator_results.ayil_aimak_name is 'Name of that ayil aimak.';
comment on column mart_indicator_results.indicator_code is 'Indicator code of the extraction contract, e.g. participants, funding_amount.';
comment on column mart_indicator_results.indicator_label is 'English indicator label.';
comment on column mart_indicator_results.is_person_count is 'True for counts of people: do not add sexes (total already includes female and male) or indicators.';
comment on column mart_indicator_results.sex is 'total, female or male, as the reports state them; total is never computed from the split.';
comment on column mart_indicator_results.unit is 'Unit of indicator_value: person, session, settlement, institution, grant, or the ISO 4217 currency of money.';
comment on column mart_indicator_results.currency_code is 'ISO 4217 currency of funding_amount rows; null for counts. Money is only ever summed within one currency.';
comment on column mart_indicator_results.indicator_value is 'Sum over events of one figure per event (in unit); person counts are attendances (a person at two events counts twice).';
comment on column mart_indicator_results.events_count is 'Number of current events contributing to the row.';
comment on column mart_indicator_results.documents_count is 'Number of current report documents contributing to the row.';
comment on column mart_indicator_results.attribution_shared is 'True when some contributing event has several donor x project pairs, so its figure also appears in other rows: do not add rows across donors or projects.';
