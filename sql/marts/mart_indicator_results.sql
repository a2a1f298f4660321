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
-- the figures per event x donor x project come from wrk_indicator_contribution (sql/marts/work/), which
-- applies these rules; this file adds them up.  an incremental refresh adds up only the groups in
-- refresh_indicator_grains, those a changed document touches (lines marked "refresh scope"; a full
-- build drops them).
create table mart_indicator_results as
with
contributions as (
    select *
    from wrk_indicator_contribution
    where true
      and grain_key in (select grain_key from refresh_indicator_grains)  -- refresh scope
)

select
    donor_organization_id,
    donor_name,
    project_id,
    project_name,
    period_basis,
    period_year,
    period_quarter,
    period_month,
    place_attribution_level,
    oblast_soate_code,
    oblast_name,
    rayon_soate_code,
    rayon_name,
    ayil_aimak_soate_code,
    ayil_aimak_name,
    indicator_code,
    indicator_label,
    is_person_count,
    sex,
    unit,
    currency_code,
    sum(value_num) as indicator_value,
    count(distinct event_key)::integer as events_count,
    count(distinct document_key)::integer as documents_count,
    bool_or(is_shared) as attribution_shared
from contributions
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
