-- wrk_reach_member: per donor x project x period grain, every distinct member (event, document, place,
-- organization, ...) with the number of event rows that reach it.  mart_reach counts the members of a
-- grain; an incremental refresh adds and subtracts the changed documents' rows, deletes members no event
-- reaches any more, and recounts only the grains whose members changed.
create table wrk_reach_member as
select
    donor_organization_key,
    project_key,
    period_grain,
    period_label,
    member,
    count(*)::integer as events_n
from wrk_reach_expanded
where document_key in (select document_key from refresh_documents)
group by donor_organization_key, project_key, period_grain, period_label, member;

comment on table wrk_reach_member is 'Working table of the marts refresh (not for BI): distinct members per donor x project x period grain of mart_reach, with a reference count.';
comment on column wrk_reach_member.donor_organization_key is 'Donor (core.dim_organization); -1 when none is named.';
comment on column wrk_reach_member.project_key is 'Project (core.dim_project); -1 when none is named.';
comment on column wrk_reach_member.period_grain is 'all, year, quarter or month.';
comment on column wrk_reach_member.period_label is 'all, a year, a quarter or a month label, or unknown.';
comment on column wrk_reach_member.member is 'kind:key of what is reached (event, document, place, settlement, ayil_aimak, rayon, oblast, organization, implementer, partner, government).';
comment on column wrk_reach_member.events_n is 'Event x donor x project rows of the grain that reach the member; the member is deleted at 0.';
