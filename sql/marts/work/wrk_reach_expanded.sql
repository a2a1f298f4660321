-- wrk_reach_expanded: each event's members (and the event and its document themselves) once per period
-- grain of mart_reach: all, year, quarter and month.  wrk_reach_member counts these rows; an incremental
-- refresh subtracts a changed document's rows before it is recomputed and adds them back after.
create view wrk_reach_expanded as
select
    r.document_key,
    r.donor_organization_key,
    r.project_key,
    g.period_grain,
    g.period_label,
    m.member
from wrk_reach_event as r
cross join lateral (values
    ('all', 'all'),
    ('year', coalesce(r.period_year::text, 'unknown')),
    ('quarter', r.period_quarter),
    ('month', r.period_month)
) as g (period_grain, period_label)
cross join lateral unnest(r.members || array['event:' || r.event_key, 'document:' || r.document_key]) as m (member);

comment on view wrk_reach_expanded is 'Working view of the marts refresh (not for BI): wrk_reach_event members per mart_reach period grain.';
