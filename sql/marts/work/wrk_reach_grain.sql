-- wrk_reach_grain: each row of wrk_reach_event once per period grain of mart_reach (all, year, quarter,
-- month), with the grain's label: an incremental refresh moves the reference counts (wrk_reach_member)
-- of the grains a changed document's rows fall in, before and after.
create view wrk_reach_grain as
select
    r.document_key,
    r.event_key,
    r.donor_organization_key,
    r.project_key,
    g.period_grain,
    g.period_label,
    r.members
from wrk_reach_event as r
cross join lateral (values
    ('all', 'all'),
    ('year', coalesce(r.period_year::text, 'unknown')),
    ('quarter', r.period_quarter),
    ('month', r.period_month)
) as g (period_grain, period_label);

comment on view wrk_reach_grain is 'Working view of the marts refresh (not for BI): wrk_reach_event rows per mart_reach period grain.';
