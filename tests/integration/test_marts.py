"""Mart figures on the five demo reports equal figures computed by hand from samples/expected."""

from __future__ import annotations

import sqlalchemy as sa
from marts_data import load_demo

from etl.reporting.marts import refresh_marts

PBF = "UN Peacebuilding Fund"


def _one(conn, sql, **params):
    return conn.execute(sa.text(sql), params).scalar_one()


def test_refresh_builds_every_mart_and_counts_rows(engine):
    load_demo(engine)
    counts = refresh_marts(engine)
    assert set(counts) == {"mart_indicator_results", "mart_reach", "mart_event_calendar", "mart_data_quality"}
    with engine.connect() as conn:
        for name, rows in counts.items():
            assert _one(conn, f"select count(*) from marts.{name}") == rows  # noqa: S608
        assert _one(conn, "select count(*) from information_schema.schemata where schema_name = 'marts_build'") == 0
    assert counts["mart_event_calendar"] == 7  # 000, 001, 002: one event each; 003, 004: two each


def test_people_counted_once_per_event_not_per_place(engine):
    load_demo(engine)
    refresh_marts(engine)
    with engine.connect() as conn:
        def total(sex, indicator="participants"):
            return _one(conn, """select sum(indicator_value) from marts.mart_indicator_results
                                 where donor_name = :d and indicator_code = :i and sex = :s""",
                        d=PBF, i=indicator, s=sex)
        # seed 003: 764 at the rapid meetings + 254 at the trainings, in 12 places, not 12 x
        assert total("total") == 764 + 254
        assert total("female") == 495 + 189
        assert total("male") == 286 + 71
        assert total("total", "officials_participants") == 147 + 45
        row = conn.execute(sa.text("""
            select place_attribution_level, oblast_soate_code, rayon_soate_code, period_quarter, period_basis,
                   events_count
            from marts.mart_indicator_results
            where donor_name = :d and indicator_code = 'participants' and sex = 'total'"""), {"d": PBF}).one()
        # places in two rayons of Batken oblast: attributed to the oblast; undated: the report's date
        assert tuple(row) == ("oblast", "41705000000000", None, "2023Q4", "report_published_date", 2)


def test_money_keeps_its_currency_and_repeated_mentions_are_not_added(engine):
    load_demo(engine)
    refresh_marts(engine)
    with engine.connect() as conn:
        money = conn.execute(sa.text("""
            select donor_name, currency_code, unit, sum(indicator_value) from marts.mart_indicator_results
            where indicator_code = 'funding_amount' group by 1, 2, 3""")).all()
        # seed 002 names no donor: 61,933 USD stays under (no donor named), in USD
        assert [tuple(r) for r in money] == [("(no donor named)", "USD", "USD", 61933)]
        # seed 002 states 10 and 11 settlements for one event: one figure, the larger, not 21
        assert _one(conn, """select sum(indicator_value) from marts.mart_indicator_results
                             where indicator_code = 'settlements_covered' and period_year = 2018""") == 11
        # seed 004: a competition in two oblasts counts at country level, once
        row = conn.execute(sa.text("""
            select place_attribution_level, oblast_soate_code, indicator_value from marts.mart_indicator_results
            where indicator_code = 'settlements_covered' and period_year = 2022""")).one()
        assert tuple(row) == ("country", None, 47)


def test_reach_counts_distinct_places_and_organizations(engine):
    load_demo(engine)
    refresh_marts(engine)
    with engine.connect() as conn:
        row = conn.execute(sa.text("""
            select events_count, places_count, settlements_count, ayil_aimaks_count, rayons_count, oblasts_count,
                   organizations_count, implementers_count, partners_count
            from marts.mart_reach where donor_name = :d and period_grain = 'all'"""), {"d": PBF}).one()
        # 12 places in seed 003; one (Ken-Talaa) is a settlement; 8 ayil aimaks; 7 organizations
        assert tuple(row) == (2, 12, 1, 8, 2, 1, 7, 3, 3)
        osh = conn.execute(sa.text("""
            select places_count, settlements_count, oblasts_count from marts.mart_reach
            where donor_name = 'Embassy of Switzerland in the Kyrgyz Republic' and period_grain = 'quarter'
        """)).one()
        assert tuple(osh) == (5, 5, 1)  # Osh city and four new settlements in it
        grains = set(conn.execute(sa.text("select distinct period_grain from marts.mart_reach")).scalars())
        assert grains == {"all", "year", "quarter", "month"}


def test_event_calendar_links_back_to_source_and_evidence(engine):
    load_demo(engine)
    refresh_marts(engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("""
            select event_type, participants_count, participants_female_count, participants_male_count,
                   places_count, donor_names, source_path, evidence_texts, quality_flags
            from marts.mart_event_calendar where donor_names = :d order by event_seq"""), {"d": PBF}).all()
    assert [(r.event_type, r.participants_count, r.participants_female_count, r.participants_male_count,
             r.places_count) for r in rows] == [("meeting", 764, 495, 286, 12), ("training", 254, 189, 71, 12)]
    assert all(r.source_path == "samples/reports/003_3205c73d41c8c92d.txt" for r in rows)
    assert any("764" in e for e in rows[0].evidence_texts)
    assert "sex_split_mismatch" in rows[0].quality_flags and "no_event_date" in rows[0].quality_flags


def test_data_quality_lists_open_flags_and_quarantined_files(engine):
    load_demo(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("""insert into ops.quarantine (inbox, rel_path, reason_code, reason)
                                values ('samples/reports', 'broken.pdf', 'unreadable', 'PDF has no text layer')"""))
        conn.execute(sa.text("""insert into ops.quarantine (inbox, rel_path, reason_code, reason, resolved_at)
                                values ('samples/reports', 'fixed.txt', 'empty_file', 'File is empty', now())"""))
    refresh_marts(engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("""
            select issue_source, issue_code, count(*), count(distinct source_path) from marts.mart_data_quality
            group by 1, 2 order by 1, 2""")).all()
    assert [tuple(r) for r in rows] == [
        ("quality_flag", "no_event_date", 1, 1),
        ("quality_flag", "sex_split_mismatch", 2, 1),
        ("quality_flag", "year_inferred", 1, 1),
        ("quarantine", "unreadable", 1, 1),
    ]


def test_retired_documents_leave_the_marts(engine):
    load_demo(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("""update core.fct_event set is_current = false where document_key =
            (select document_key from core.dim_document where source_path like '%003_%')"""))
        conn.execute(sa.text("update core.fct_indicator_value v set is_current = e.is_current "
                             "from core.fct_event e where e.event_key = v.event_key"))
    refresh_marts(engine)
    with engine.connect() as conn:
        assert _one(conn, "select count(*) from marts.mart_indicator_results where donor_name = :d", d=PBF) == 0
        assert _one(conn, "select count(*) from marts.mart_event_calendar") == 5


def test_every_mart_column_is_commented(engine):
    load_demo(engine)
    refresh_marts(engine)
    with engine.connect() as conn:
        missing = conn.execute(sa.text("""
            select c.relname || '.' || a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
            join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'marts' and c.relkind in ('r', 'v', 'm', 'p') and a.attnum > 0 and not a.attisdropped
              and col_description(c.oid, a.attnum) is null""")).scalars().all()  # not the marts' indexes
    assert missing == []
