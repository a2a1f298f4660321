-- wrk_reach_member: for the all and year grains of mart_reach, every distinct member (event, document,
-- place, organization, ...) of a donor x project x grain with the number of event rows that reach it.
-- those grains span many events, too many to recount per change: an incremental refresh adds and
-- subtracts the changed documents' rows here and deletes members no event reaches any more (quarter
-- and month grains are recounted from wrk_reach_event).
create table wrk_reach_member as
select
    g.donor_organization_key,
    g.project_key,
    g.period_grain,
    g.period_label,
    m.member,
    split_part(m.member, ':', 1) as member_kind,
    count(*)::integer as events_n
from wrk_reach_grain as g
cross join lateral unnest(g.members) as m (member)
where g.period_grain in ('all', 'year')
group by g.donor_organization_key, g.project_key, g.period_grain, g.period_label, m.member;

comment on table wrk_reach_member is 'Working table of the marts refresh (not for BI): distinct members per donor x project x all/year grain of mart_reach, with a reference count.';
comment on column wrk_reach_member.donor_organization_key is 'Donor (core.dim_organization); -1 when none is named.';
comment on column wrk_reach_member.project_key is 'Project (core.dim_project); -1 when none is named.';
comment on column wrk_reach_member.period_grain is 'all or year.';
comment on column wrk_reach_member.period_label is 'all, or a year, or unknown.';
comment on column wrk_reach_member.member is 'kind:key of what is reached (event, document, place, settlement, ayil_aimak, rayon, oblast, organization, implementer, partner, government).';
comment on column wrk_reach_member.member_kind is 'The kind part of member, counted by mart_reach.';
comment on column wrk_reach_member.events_n is 'Event x donor x project rows of the grain that reach the member; the member is deleted at 0.';
