-- wrk_reach_event: one row per current event x donor x project pair with its period and the distinct
-- things it reaches (members: event:key, document:key, place:key, settlement:key, ayil_aimak:code,
-- rayon:code, oblast:code, organization:key, implementer:key, partner:key, government:key).  mart_reach counts distinct members
-- per donor x project x period grain (wrk_reach_grain); this table keeps each event's between refreshes,
-- so that an incremental refresh recounts only the grains a changed document's events fall in.
-- donor and project attribution as in mart_indicator_results; no donor / no project is key -1.
-- an incremental refresh reads only the documents in refresh_documents (lines marked "refresh scope";
-- a full build drops them).
create table wrk_reach_event as
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

places as (
    select place_key, place_level, oblast_soate_code, rayon_soate_code, ayil_aimak_soate_code
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

event_members as (
    select event_key, array_agg(distinct member) as members
    from (
        select b.event_key, m.member
        from event_place_bridge as b
        join places as p on p.place_key = b.place_key
        cross join lateral (values
            ('place:' || p.place_key),
            (case when p.place_level in ('city', 'town', 'village', 'settlement')
                  then 'settlement:' || p.place_key end),
            ('ayil_aimak:' || p.ayil_aimak_soate_code),
            ('rayon:' || p.rayon_soate_code),
            ('oblast:' || p.oblast_soate_code)
        ) as m (member)
        union all
        select o.event_key, m.member
        from event_organization_bridge as o
        cross join lateral (values
            ('organization:' || o.organization_key),
            (case when o.role in ('implementer', 'partner', 'government')
                  then o.role || ':' || o.organization_key end)
        ) as m (member)
    ) as x
    where member is not null
    group by event_key
)

select
    r.document_key,
    r.event_key,
    coalesce(r.donor_organization_key, -1) as donor_organization_key,
    coalesce(r.project_key, -1) as project_key,
    r.period_year,
    r.period_quarter,
    r.period_month,
    -- the event and its document are members too: events_count and documents_count
    coalesce(m.members, '{}') || array['event:' || r.event_key, 'document:' || r.document_key] as members
from event_rows as r
left join event_members as m on m.event_key = r.event_key;

comment on table wrk_reach_event is 'Working table of the marts refresh (not for BI): per current event x donor x project pair, its period and the distinct places and organizations it reaches.';
comment on column wrk_reach_event.document_key is 'Document of the event; the unit of an incremental refresh.';
comment on column wrk_reach_event.event_key is 'Event (core.fct_event).';
comment on column wrk_reach_event.donor_organization_key is 'Donor (core.dim_organization); -1 when none is named.';
comment on column wrk_reach_event.project_key is 'Project (core.dim_project); -1 when none is named.';
comment on column wrk_reach_event.period_year is 'Year of the event start date, else of the report date; null when unknown.';
comment on column wrk_reach_event.period_quarter is 'Quarter label, or unknown.';
comment on column wrk_reach_event.period_month is 'Month label, or unknown.';
comment on column wrk_reach_event.members is 'The event, its document and what it reaches, as kind:key (event, document, place, settlement, ayil_aimak, rayon, oblast, organization, implementer, partner, government).';
