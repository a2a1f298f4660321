-- wrk_reach_member_count: per donor x project x period grain of mart_reach, how many distinct members of
-- each kind wrk_reach_member holds: the counts mart_reach shows.  an incremental refresh adds 1 for a
-- member that appears in a grain and subtracts 1 for one that disappears (its reference count in
-- wrk_reach_member reaches 0), so a refresh costs what changed, not what the changed grains hold.
create table wrk_reach_member_count as
select
    donor_organization_key,
    project_key,
    period_grain,
    period_label,
    member_kind,
    count(*)::integer as members_n
from wrk_reach_member
group by donor_organization_key, project_key, period_grain, period_label, member_kind;

comment on table wrk_reach_member_count is 'Working table of the marts refresh (not for BI): distinct members per kind and donor x project x period grain of mart_reach.';
comment on column wrk_reach_member_count.donor_organization_key is 'Donor (core.dim_organization); -1 when none is named.';
comment on column wrk_reach_member_count.project_key is 'Project (core.dim_project); -1 when none is named.';
comment on column wrk_reach_member_count.period_grain is 'all, year, quarter or month.';
comment on column wrk_reach_member_count.period_label is 'all, a year, a quarter, a month, or unknown.';
comment on column wrk_reach_member_count.member_kind is 'event, document, place, settlement, ayil_aimak, rayon, oblast, organization, implementer, partner or government.';
comment on column wrk_reach_member_count.members_n is 'Distinct members of the kind in wrk_reach_member for the grain; the row is deleted at 0.';
