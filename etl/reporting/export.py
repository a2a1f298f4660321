"""Exports of the marts: CSV (a directory or a .zip), XLSX (one sheet per mart), IATI XML.

Filters (all optional): a donor (name or id, case-insensitive) and an inclusive date
range.  How each mart is filtered:

- ``mart_indicator_results``: donor; ``period_month`` inside the range (undated rows drop
  out when a range is given).
- ``mart_reach``: donor; with a range, only rows of a month/quarter/year lying wholly
  inside it (the ``all`` rows cover every date, so they drop out).
- ``mart_event_calendar``: the donor among ``donor_names``; event start date (else the
  report date) inside the range.
- ``mart_data_quality``: with any filter, only quality flags of the documents of the
  exported events; quarantined files (no donor, no date) only in unfiltered exports.
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

MARTS: tuple[str, ...] = ("mart_indicator_results", "mart_reach", "mart_event_calendar", "mart_data_quality")


@dataclass(frozen=True, slots=True)
class ExportFilter:
    donor: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def is_empty(self) -> bool:
        return self.donor is None and self.date_from is None and self.date_to is None


def _flat(value: object) -> object:
    """Cells as files can hold them: lists joined, Decimals as numbers, dates as ISO text."""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value) or None
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _read(conn: sa.Connection, mart: str) -> pd.DataFrame:
    result = conn.execute(sa.text(f"select * from marts.{mart}"))  # noqa: S608 - names from MARTS
    rows = [[_flat(v) for v in row] for row in result]
    return pd.DataFrame(rows, columns=list(result.keys()), dtype=object)


def _month_range(f: ExportFilter) -> tuple[str, str]:
    return (f.date_from.strftime("%Y-%m") if f.date_from else "0000-00",
            f.date_to.strftime("%Y-%m") if f.date_to else "9999-99")


def _period_bounds(grain: str, label: str) -> tuple[dt.date, dt.date] | None:
    try:
        if grain == "year":
            y = int(label)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if grain == "quarter":
            y, q = int(label[:4]), int(label[5])
            start = dt.date(y, 3 * q - 2, 1)
        elif grain == "month":
            start = dt.date(int(label[:4]), int(label[5:7]), 1)
            q = None
        else:
            return None
    except ValueError:  # 'unknown'
        return None
    months = 3 if grain == "quarter" else 1
    nxt = dt.date(start.year + (start.month + months - 1) // 12, (start.month + months - 1) % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def _donor_match(series: pd.Series, donor: str) -> pd.Series:
    return series.fillna("").map(lambda s: donor.casefold() in [p.strip().casefold() for p in str(s).split(";")])


def load_marts(engine: sa.Engine, flt: ExportFilter | None = None) -> dict[str, pd.DataFrame]:
    """The marts as data frames, filtered; builds the marts first if they do not exist."""
    from etl.reporting.marts import ensure_marts

    flt = flt or ExportFilter()
    ensure_marts(engine)
    with engine.connect() as conn:
        frames = {m: _read(conn, m) for m in MARTS}
    ir, reach, cal, dq = (frames[m] for m in MARTS)
    if flt.donor:
        ir = ir[_donor_match(ir["donor_name"], flt.donor) | _donor_match(ir["donor_organization_id"], flt.donor)]
        reach = reach[_donor_match(reach["donor_name"], flt.donor)
                      | _donor_match(reach["donor_organization_id"], flt.donor)]
        cal = cal[_donor_match(cal["donor_names"], flt.donor)]
    if flt.date_from or flt.date_to:
        lo, hi = _month_range(flt)
        ir = ir[(ir["period_month"] != "unknown") & (ir["period_month"] >= lo) & (ir["period_month"] <= hi)]
        d_from = flt.date_from or dt.date.min
        d_to = flt.date_to or dt.date.max
        inside = []
        for grain, label in zip(reach["period_grain"], reach["period_label"], strict=True):
            bounds = _period_bounds(grain, label)
            inside.append(bounds is not None and bounds[0] >= d_from and bounds[1] <= d_to)
        reach = reach[pd.Series(inside, index=reach.index, dtype=bool)]
        when = cal["start_date"].where(cal["start_date"].notna(), cal["published_date"])
        cal = cal[when.notna() & (when.fillna("") >= d_from.isoformat()) & (when.fillna("") <= d_to.isoformat())]
    if not flt.is_empty:
        dq = dq[(dq["issue_source"] == "quality_flag") & dq["document_sha256"].isin(set(cal["document_sha256"]))]
    return {name: df.reset_index(drop=True) for name, df in zip(MARTS, (ir, reach, cal, dq), strict=True)}


def write_csv(frames: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """One UTF-8 (with BOM, for Excel) CSV per mart, in directory ``out`` or zip file ``out``."""
    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, df in frames.items():
                buf = io.StringIO()
                df.to_csv(buf, index=False)
                zf.writestr(f"{name}.csv", "\ufeff" + buf.getvalue())
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, df in frames.items():
        path = out / f"{name}.csv"
        df.to_csv(path, index=False, encoding="utf-8-sig")
        paths.append(path)
    return paths


def _is_numeric(series: pd.Series) -> bool:
    values = series.dropna()
    return len(values) > 0 and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)


def write_xlsx(frames: dict[str, pd.DataFrame], out: Path) -> Path:
    """One sheet per mart: bold frozen header, filters, thousands-separated numbers, fitted widths."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with pd.ExcelWriter(out, engine="xlsxwriter") as writer:
        book = writer.book
        header = book.add_format({"bold": True, "bg_color": "#DDE6F0", "border": 1, "text_wrap": True})
        integer = book.add_format({"num_format": "#,##0"})
        decimal_fmt = book.add_format({"num_format": "#,##0.00"})
        for name, df in frames.items():
            df.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes(1, 0)
            if len(df.columns):
                sheet.autofilter(0, 0, max(len(df), 1), len(df.columns) - 1)
            for col, column in enumerate(df.columns):
                sheet.write(0, col, column, header)
                values = df[column]
                longest = max([len(str(column))] + [len(str(v)) for v in values.dropna()])
                width = min(max(longest + 2, 8), 60)
                fmt = None
                if _is_numeric(values):
                    whole = all(float(v).is_integer() for v in values.dropna())
                    fmt = integer if whole else decimal_fmt
                sheet.set_column(col, col, width, fmt)
    return out
