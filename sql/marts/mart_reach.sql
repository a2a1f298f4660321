-- mart_reach: distinct places, settlements and organizations reached per donor x project x period.
-- distinct counts do not add up across periods, so each period grain has its own rows
-- (period_grain all / year / quarter / month); pick one grain when filtering.
-- donor and project attribution as in mart_indicator_results.
-- the events' attribution, periods and members come from wrk_reach_event (sql/marts/work/); the
-- distinct members of each grain are reference-counted in wrk_reach_member and counted per kind in
-- wrk_reach_member_count, which this file reads.  only the grains in refresh_reach_grains are counted:
-- every grain in a full build, those a changed document's events fall in (before or after the change)
-- in an incremental refresh.
create table mart_reach as
with
organizations as (
    select organization_key, organization_id, organization_name
    from core.dim_organization
),

projects as (
    select project_key, project_id, project_name
    from core.dim_project
),

grains as (
    select distinct donor_organization_key, project_key, period_grain, period_label
    from refresh_reach_grains
),

members as (
    select c.donor_organization_key, c.project_key, c.period_grain, c.period_label, c.member_kind, c.members_n
    from grains as g
    join wrk_reach_member_count as c
      on c.donor_organization_key = g.donor_organization_key and c.project_key = g.project_key
     and c.period_grain = g.period_grain and c.period_label = g.period_label
),

reach as (
    select
        donor_organization_key,
        project_key,
        period_grain,
        period_label,
        coalesce(sum(members_n) filter (where member_kind = 'event'), 0)::integer as events_count,
        coalesce(sum(members_n) filter (where member_kind = 'document'), 0)::integer as documents_count,
        coalesce(sum(members_n) filter (where member_kind = 'place'), 0)::integer as places_count,
        coalesce(sum(members_n) filter (where member_kind = 'settlement'), 0)::integer as settlements_count,
        coalesce(sum(members_n) filter (where member_kind = 'ayil_aimak'), 0)::integer as ayil_aimaks_count,
        coalesce(sum(members_n) filter (where member_kind = 'rayon'), 0)::integer as rayons_count,
        coalesce(sum(members_n) filter (where member_kind = 'oblast'), 0)::integer as oblasts_count,
        coalesce(sum(members_n) filter (where member_kind = 'organization'), 0)::integer as organizations_count,
        coalesce(sum(members_n) filter (where member_kind = 'implementer'), 0)::integer as implementers_count,
        coalesce(sum(members_n) filter (where member_kind = 'partner'), 0)::integer as partners_count,
        coalesce(sum(members_n) filter (where member_kind = 'government'), 0)::integer as government_bodies_count
    from members
    group by donor_organization_key, project_key, period_grain, period_label
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
