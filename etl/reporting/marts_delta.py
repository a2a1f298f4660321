"""Incremental marts refresh: recompute the mart rows of the documents ``ops.mart_change`` lists.

Runs inside ``refresh_marts``'s transaction.  The shipped SQL files run unchanged, with a scratch
``marts_build`` schema first on the search path and ``marts_work`` second: their ``create table``
lands in the scratch schema, and their ``refresh_*`` names resolve to the tables of changed keys filled
here; the rows are then copied into place.  Per mart:

- ``mart_event_calendar``, ``mart_data_quality``: rows belong to one document (or quarantined path):
  delete the changed documents' rows, insert them again from the mart file's own select.
- ``mart_indicator_results`` adds figures across documents: a changed document's contributions are
  replaced in ``wrk_indicator_contribution``; every group it contributed to before or contributes to
  now is deleted and added up again from the contributions.
- ``mart_reach`` counts distinct members (places, organizations, events...) per donor x project x
  period grain: a changed document's rows are replaced in ``wrk_reach_event`` and their members
  subtracted from and added to the reference counts of the all and year grains (``wrk_reach_member``);
  every grain its events fall in, before or after, is counted again.

Every statement is a constant or a shipped SQL file; the equality with a full build is tested in
``tests/integration/test_marts_incremental.py``.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from etl.reporting.marts import MartError, mart_files, work_files

_SCOPE = [
    "truncate marts_work.refresh_documents, marts_work.refresh_paths, marts_work.refresh_indicator_grains,"
    " marts_work.refresh_reach_grains, marts_work.reach_delta",
    """insert into marts_work.refresh_documents (document_key, document_sha256)
       select d.document_key, c.document_sha256
       from (select distinct document_sha256 from ops.mart_change where document_sha256 is not null) as c
       left join core.dim_document as d using (document_sha256)""",
    """insert into marts_work.refresh_paths (inbox, rel_path)
       select distinct inbox, rel_path from ops.mart_change where rel_path is not null""",
    "analyze marts_work.refresh_documents",
    "analyze marts_work.refresh_paths",
]

_DELETE_ROWS = {
    "mart_event_calendar": """
        delete from marts.mart_event_calendar
        where document_sha256 in (select document_sha256::text from marts_work.refresh_documents)""",
    "mart_data_quality": """
        delete from marts.mart_data_quality
        where document_sha256 in (select document_sha256::text from marts_work.refresh_documents)
           or (issue_source = 'quarantine'
               and (coalesce(inbox, ''), source_path) in (select coalesce(inbox, ''), rel_path
                                                         from marts_work.refresh_paths))""",
    # a hash join on the grouping columns: the mart has no key column (and no index) to delete by, and
    # a merge join would sort the whole mart on 13 text columns (see refresh_changed)
    "mart_indicator_results": """
        delete from marts.mart_indicator_results as m
        using marts_work.refresh_indicator_grains as g
        where m.donor_organization_id = g.donor_organization_id and m.donor_name = g.donor_name and
          m.project_id = g.project_id and m.project_name = g.project_name and
          m.period_basis = g.period_basis and m.period_quarter = g.period_quarter and
          m.period_month = g.period_month and m.place_attribution_level = g.place_attribution_level and
          m.indicator_code = g.indicator_code and m.indicator_label = g.indicator_label and
          m.is_person_count = g.is_person_count and m.sex = g.sex and m.unit = g.unit and
          m.period_year is not distinct from g.period_year and
          m.oblast_soate_code is not distinct from g.oblast_soate_code and
          m.oblast_name is not distinct from g.oblast_name and
          m.rayon_soate_code is not distinct from g.rayon_soate_code and
          m.rayon_name is not distinct from g.rayon_name and
          m.ayil_aimak_soate_code is not distinct from g.ayil_aimak_soate_code and
          m.ayil_aimak_name is not distinct from g.ayil_aimak_name and
          m.currency_code is not distinct from g.currency_code""",
    "mart_reach": """
        delete from marts.mart_reach as m
        using marts_work.refresh_reach_grains as g
        left join core.dim_organization as o on o.organization_key = g.donor_organization_key
        left join core.dim_project as p on p.project_key = g.project_key
        where m.donor_organization_id = coalesce(o.organization_id, 'none')
          and m.project_id = coalesce(p.project_id, 'none')
          and m.period_grain = g.period_grain and m.period_label = g.period_label""",
}

_INDICATOR_GRAINS = """
    insert into marts_work.refresh_indicator_grains (
        grain_key, donor_organization_id, donor_name, project_id, project_name, period_basis,
        period_year, period_quarter, period_month, place_attribution_level, oblast_soate_code, oblast_name,
        rayon_soate_code, rayon_name, ayil_aimak_soate_code, ayil_aimak_name, indicator_code, indicator_label,
        is_person_count, sex, unit, currency_code)
    select distinct on (grain_key)
        grain_key, donor_organization_id, donor_name, project_id, project_name, period_basis,
        period_year, period_quarter, period_month, place_attribution_level, oblast_soate_code, oblast_name,
        rayon_soate_code, rayon_name, ayil_aimak_soate_code, ayil_aimak_name, indicator_code, indicator_label,
        is_person_count, sex, unit, currency_code
    from marts_work.wrk_indicator_contribution
    where document_key in (select document_key from marts_work.refresh_documents)"""
_INDICATOR_OLD = [
    _INDICATOR_GRAINS,
    "delete from marts_work.wrk_indicator_contribution where document_key in (select document_key from marts_work.refresh_documents)",
]
_INDICATOR_NEW = [
    _INDICATOR_GRAINS,
    "analyze marts_work.refresh_indicator_grains",
]

_REACH_GRAINS = """insert into marts_work.refresh_reach_grains
    select distinct donor_organization_key, project_key, period_grain, period_label
    from marts_work.wrk_reach_grain where document_key in (select document_key from marts_work.refresh_documents)"""
# the reference counts of the all and year grains (wrk_reach_member.sql), one changed document's rows
_REACH_MEMBERS_OUT = """insert into marts_work.reach_delta
    select g.donor_organization_key, g.project_key, g.period_grain, g.period_label, m.member, -count(*)
    from marts_work.wrk_reach_grain as g
    cross join lateral unnest(g.members) as m (member)
    where g.period_grain in ('all', 'year')
      and g.document_key in (select document_key from marts_work.refresh_documents)
    group by 1, 2, 3, 4, 5"""
_REACH_MEMBERS_IN = """insert into marts_work.reach_delta
    select g.donor_organization_key, g.project_key, g.period_grain, g.period_label, m.member, count(*)
    from marts_work.wrk_reach_grain as g
    cross join lateral unnest(g.members) as m (member)
    where g.period_grain in ('all', 'year')
      and g.document_key in (select document_key from marts_work.refresh_documents)
    group by 1, 2, 3, 4, 5"""
_REACH_OLD = [
    _REACH_GRAINS,
    _REACH_MEMBERS_OUT,
    "delete from marts_work.wrk_reach_event where document_key in (select document_key from marts_work.refresh_documents)",
]
_REACH_NEW = [
    _REACH_GRAINS,
    _REACH_MEMBERS_IN,
    "analyze marts_work.reach_delta",
    """insert into marts_work.wrk_reach_member as m
           (donor_organization_key, project_key, period_grain, period_label, member, member_kind, events_n)
       select donor_organization_key, project_key, period_grain, period_label, member,
              split_part(member, ':', 1), sum(events_n)
       from marts_work.reach_delta group by 1, 2, 3, 4, 5 having sum(events_n) <> 0
       on conflict (donor_organization_key, project_key, period_grain, period_label, member)
       do update set events_n = m.events_n + excluded.events_n""",
    """delete from marts_work.wrk_reach_member as m
       using marts_work.reach_delta as d
       where m.events_n <= 0 and d.events_n < 0
         and m.donor_organization_key = d.donor_organization_key and m.project_key = d.project_key
         and m.period_grain = d.period_grain and m.period_label = d.period_label and m.member = d.member""",
    "analyze marts_work.refresh_reach_grains",
]


_COPY_WORK = {
    "wrk_indicator_contribution": [
        "insert into marts_work.wrk_indicator_contribution select * from marts_build.wrk_indicator_contribution",
        "drop table marts_build.wrk_indicator_contribution",
    ],
    "wrk_reach_event": [
        "insert into marts_work.wrk_reach_event select * from marts_build.wrk_reach_event",
        "drop table marts_build.wrk_reach_event",
    ],
}
_COPY_ROWS = {
    "mart_event_calendar": "insert into marts.mart_event_calendar select * from marts_build.mart_event_calendar",
    "mart_data_quality": "insert into marts.mart_data_quality select * from marts_build.mart_data_quality",
    "mart_indicator_results":
        "insert into marts.mart_indicator_results select * from marts_build.mart_indicator_results",
    "mart_reach": "insert into marts.mart_reach select * from marts_build.mart_reach",
}


def has_rules(names: list[str]) -> bool:
    """Whether every mart has an incremental rule (a new mart is built in full until it has one)."""
    return all(n in _DELETE_ROWS for n in names)


def refresh_changed(conn: sa.Connection, marts_dir: Path | None = None) -> None:
    """Apply the logged changes to every mart in place (the caller holds the lock and the transaction)."""
    marts = {p.stem: p for p in mart_files(marts_dir)}
    work = {p.stem: p for p in work_files(marts_dir)}
    if not has_rules(list(marts)):
        raise MartError(f"no incremental refresh rule for {sorted(set(marts) - set(_DELETE_ROWS))}")
    conn.exec_driver_sql("drop schema if exists marts_build cascade")
    conn.exec_driver_sql("create schema marts_build")
    conn.exec_driver_sql("set local search_path = marts_build, marts_work")
    for statement in _SCOPE:
        conn.exec_driver_sql(statement)

    for statement in _INDICATOR_OLD:
        conn.exec_driver_sql(statement)
    _run_into_place(conn, work["wrk_indicator_contribution"], _COPY_WORK["wrk_indicator_contribution"])
    for statement in _INDICATOR_NEW:
        conn.exec_driver_sql(statement)

    for statement in _REACH_OLD:
        conn.exec_driver_sql(statement)
    _run_into_place(conn, work["wrk_reach_event"], _COPY_WORK["wrk_reach_event"])
    for statement in _REACH_NEW:
        conn.exec_driver_sql(statement)

    for name, path in marts.items():
        conn.exec_driver_sql("set local enable_mergejoin = off")
        conn.exec_driver_sql(_DELETE_ROWS[name])
        conn.exec_driver_sql("set local enable_mergejoin = on")
        if name == "mart_reach":
            # hash the members of the changed grains rather than sort them (a sort of 500,000 members at
            # 100,000 reports was a third of the refresh); only here: mart_event_calendar's plans need sorts
            conn.exec_driver_sql("set local enable_sort = off")
        _run_into_place(conn, path, [_COPY_ROWS[name]])
        conn.exec_driver_sql("set local enable_sort = on")
    conn.exec_driver_sql("set local search_path = public")
    conn.exec_driver_sql("drop schema marts_build cascade")


def _run_into_place(conn: sa.Connection, path: Path, copy: list[str]) -> None:
    """Run a shipped file (its table lands in the scratch schema) and copy its rows into place."""
    conn.exec_driver_sql(path.read_text(encoding="utf-8"))
    for statement in copy:
        conn.exec_driver_sql(statement)
