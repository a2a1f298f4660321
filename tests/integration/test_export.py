"""Exports round-trip: what a file holds equals the mart; filters select the right rows."""

from __future__ import annotations

import datetime as dt
import zipfile

import pandas as pd
import pytest
from lxml import etree
from marts_data import load_demo

from etl.reporting.export import MARTS, ExportFilter, load_marts, write_csv, write_xlsx
from etl.reporting.iati import validate_structure, write_iati
from etl.reporting.marts import refresh_marts

PBF = "UN Peacebuilding Fund"


@pytest.fixture
def demo(engine):
    load_demo(engine)
    refresh_marts(engine)
    return engine


def _same(read: pd.DataFrame, mart: pd.DataFrame) -> None:
    """Cell by cell: numbers as numbers, empty as None, the rest as text."""
    def norm(v):
        if v is None or (isinstance(v, float) and pd.isna(v)):
            return None
        if isinstance(v, bool):
            return str(v)
        if isinstance(v, int | float):
            return float(v)
        try:  # CSV has no types: 2023 and "2023" are the same cell
            return float(v)
        except ValueError:
            return str(v)
    assert list(read.columns) == list(mart.columns)
    assert len(read) == len(mart)
    for got, want in zip(read.astype(object).itertuples(index=False), mart.astype(object).itertuples(index=False),
                         strict=True):
        assert {c: norm(v) for c, v in zip(read.columns, got, strict=True)} == \
               {c: norm(v) for c, v in zip(mart.columns, want, strict=True)}


def test_xlsx_round_trip_equals_marts(demo, tmp_path):
    frames = load_marts(demo)
    out = write_xlsx(frames, tmp_path / "marts.xlsx")
    sheets = pd.read_excel(out, sheet_name=None, dtype=object, keep_default_na=False, na_values=[""])
    assert list(sheets) == list(MARTS)
    for name in MARTS:
        _same(sheets[name], frames[name])
    from openpyxl import load_workbook
    ws = load_workbook(out)["mart_indicator_results"]
    assert ws.freeze_panes == "A2"
    value_col = [c.column_letter for c in ws[1] if c.value == "indicator_value"][0]
    assert ws[f"{value_col}2"].number_format == "#,##0"
    assert ws.column_dimensions["B"].width > 8


def test_csv_directory_and_zip_round_trip(demo, tmp_path):
    frames = load_marts(demo)
    write_csv(frames, tmp_path / "csv")
    for name in MARTS:
        _same(pd.read_csv(tmp_path / "csv" / f"{name}.csv", dtype=object, encoding="utf-8-sig",
                          keep_default_na=False, na_values=[""]), frames[name])
    write_csv(frames, tmp_path / "marts.zip")
    with zipfile.ZipFile(tmp_path / "marts.zip") as zf:
        assert sorted(zf.namelist()) == sorted(f"{m}.csv" for m in MARTS)
        with zf.open("mart_event_calendar.csv") as f:
            _same(pd.read_csv(f, dtype=object, encoding="utf-8-sig", keep_default_na=False, na_values=[""]),
                  frames["mart_event_calendar"])


def test_filters_by_donor_and_dates(demo):
    pbf = load_marts(demo, ExportFilter(donor="un peacebuilding fund"))
    assert set(pbf["mart_indicator_results"]["donor_name"]) == {PBF}
    assert len(pbf["mart_event_calendar"]) == 2
    assert set(pbf["mart_data_quality"]["issue_code"]) == {"sex_split_mismatch", "no_event_date"}
    q3 = load_marts(demo, ExportFilter(date_from=dt.date(2023, 7, 1), date_to=dt.date(2023, 9, 30)))
    assert list(q3["mart_event_calendar"]["event_type"]) == ["visit"]  # seed 000, 29 August (year inferred)
    assert set(q3["mart_reach"]["period_label"]) == {"2023Q3", "2023-08"}
    nothing = load_marts(demo, ExportFilter(donor="nobody"))
    assert all(len(df) == 0 for df in nothing.values())


def test_iati_xml_has_results_with_sex_dimensions(demo, tmp_path):
    frames = load_marts(demo)
    write_iati(frames, tmp_path / "iati.xml")
    root = etree.parse(str(tmp_path / "iati.xml")).getroot()
    assert validate_structure(root) == []
    acts = {a.findtext("title/narrative"): a for a in root.findall("iati-activity")}
    act = acts["Women's civil society organizations of Kyrgyzstan active for peace"]
    assert [(p.get("role"), p.findtext("narrative")) for p in act.findall("participating-org")
            if p.get("role") == "1"] == [("1", PBF)]
    assert {p.findtext("narrative") for p in act.findall("participating-org[@role='4']")} >= {"UN Women", "FAO"}
    indicator = [r for r in act.findall("result") if r.findtext("title/narrative") == "Participants"][0]
    period = indicator.find("indicator/period")
    assert period.find("period-start").get("iso-date") == "2023-10-01"
    actuals = {(a.findtext("dimension") or "", a.get("value"),
                (a.find("dimension").get("value") if a.find("dimension") is not None else "total"))
               for a in period.findall("actual")}
    assert {(v, s) for _, v, s in actuals} == {("1018", "total"), ("684", "female"), ("357", "male")}
    assert all(d.get("name") == "sex" for d in period.iter("dimension"))
    soate = act.findall("location/{urn:kg:stat:soate}administrative")
    assert ("41705000000000", "1") in {(s.get("code"), s.get("level")) for s in soate}
    assert ("41705214824000", "3") in {(s.get("code"), s.get("level")) for s in soate}
    money = [a for a in root.findall("iati-activity")
             if a.find("result/indicator/title/narrative") is not None
             and any("(USD)" in (t.text or "") for t in a.iter("narrative"))]
    assert money and money[0].find(".//period/actual").get("value") is not None


def test_cli_export_writes_each_format(demo, tmp_path, capsys):
    from etl.cli import main

    assert main(["export", "--format", "xlsx", "--out", str(tmp_path / "a.xlsx"), "--donor", PBF]) == 0
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "csv"), "--from", "2023-01-01"]) == 0
    assert main(["export", "--format", "iati", "--out", str(tmp_path / "a.xml")]) == 0
    assert (tmp_path / "a.xlsx").stat().st_size > 0 and (tmp_path / "a.xml").stat().st_size > 0
    assert "mart_indicator_results" in capsys.readouterr().out
