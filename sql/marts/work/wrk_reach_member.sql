-- wrk_reach_member: for every grain of mart_reach (donor x project x all / year / quarter / month), each
-- distinct member (event, document, place, organization, ...) with the number of event rows that reach
-- it.  grains span many events, too many to recount per change: an incremental refresh adds and
-- subtracts the changed documents' rows here, deletes members no event reaches any more and moves the
-- per-kind counts (wrk_reach_member_count) by the members that appear or disappear.
-- built month by month upwards: a month's label fixes its quarter's and year's (wrk_reach_grain.sql), so
-- each grain adds up the finer one's counts; aggregating every event row four times over (once per
-- grain, as wrk_reach_grain lists them) took twice as long at 100,000 reports.
create table wrk_reach_member as
with
by_month as materialized (
    select r.donor_organization_key, r.project_key, r.period_year, r.period_quarter, r.period_month, m.member,
           count(*)::integer as events_n
    from wrk_reach_event as r
    cross join lateral unnest(r.members) as m (member)
    group by 1, 2, 3, 4, 5, 6
),

by_quarter as materialized (
    select donor_organization_key, project_key, period_year, period_quarter, member, sum(events_n)::integer as events_n
    from by_month
    group by 1, 2, 3, 4, 5
),

by_year as materialized (
    select donor_organization_key, project_key, period_year, member, sum(events_n)::integer as events_n
    from by_quarter
    group by 1, 2, 3, 4
),

grains as (
    select donor_organization_key, project_key, 'month' as period_grain, period_month as period_label, member, events_n
    from by_month
    union all
    select donor_organization_key, project_key, 'quarter', period_quarter, member, events_n
    from by_quarter
    union all
    select donor_organization_key, project_key, 'year', coalesce(period_year::text, 'unknown'), member, events_n
    from by_year
    union all
    select donor_organization_key, project_key, 'all', 'all', member, sum(events_n)::integer
    from by_year
    group by donor_organization_key, project_key, member
)

-- member in the "C" collation: its unique index (2.2 M members at 100,000 reports) then sorts by bytes
-- with abbreviated keys, not through the database's locale; only equality is ever asked of it
select
    donor_organization_key,
    project_key,
    period_grain,
    period_label,
    member collate "C" as member,
    split_part(member, ':', 1) as member_kind,
    events_n
from grains;

comment on table wrk_reach_member is 'Working table of the marts refresh (not for BI): distinct members per donor x project x period grain of mart_reach, with a reference count.';
comment on column wrk_reach_member.donor_organization_key is 'Donor (core.dim_organization); -1 when none is named.';
comment on column wrk_reach_member.project_key is 'Project (core.dim_project); -1 when none is named.';
comment on column wrk_reach_member.period_grain is 'all, year, quarter or month.';
comment on column wrk_reach_member.period_label is 'all, a year, a quarter, a month, or unknown.';
comment on column wrk_reach_member.member is 'kind:key of what is reached (event, document, place, settlement, ayil_aimak, rayon, oblast, organization, implementer, partner, government).';
comment on column wrk_reach_member.member_kind is 'The kind part of member, counted by mart_reach.';
comment on column wrk_reach_member.events_n is 'Event x donor x project rows of the grain that reach the member; the member is deleted at 0.';
