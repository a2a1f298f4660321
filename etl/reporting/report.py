"""The donor report: one self-contained HTML file (inline CSS and SVG charts, no requests), or PDF.

Headline figures come from ``mart_event_calendar`` (one row per event), so nothing is
counted twice across donors, projects or places.  Every text taken from a report or the
warehouse is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from pathlib import Path
from typing import SupportsFloat

import pandas as pd
import sqlalchemy as sa

from etl.reporting.charts import COLORS, bar_chart
from etl.reporting.export import ExportFilter, load_marts

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.4}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #4f81bd;padding-bottom:.2em;margin-top:1.6em}
.sub{color:#666}.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{border:1px solid #ccd;border-radius:6px;padding:10px 14px;min-width:140px;background:#f7f9fc}
.card b{display:block;font-size:1.6em}.charts{display:flex;flex-wrap:wrap;gap:20px}
.charts figure{margin:0;flex:1 1 460px}.charts svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:.85em}th,td{border:1px solid #ccd;padding:4px 6px;vertical-align:top}
th{background:#dde6f0;text-align:left}td.num{text-align:right;white-space:nowrap}
.evidence{color:#555;font-style:italic}.path{font-family:monospace;font-size:.9em}
li.warn{color:#8a4b00}
"""
# scripts only inspect the page: the check in tests/integration/test_report.py reads these attributes
_SCRIPT = """
window.addEventListener('error', e => { document.body.dataset.errors = (document.body.dataset.errors || '') + e.message; });
window.addEventListener('load', () => {
  const drawn = [...document.querySelectorAll('figure svg')].filter(s => s.getBBox().width > 0);
  document.body.dataset.chartsRendered = String(drawn.length);
});
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_FLAG_SENTENCES = {
    "sex_split_mismatch": "{n} report{s} state{v} totals that do not match {their} sex split",
    "year_inferred": "{n} report{s} give{v} an event date without a year; the year was inferred",
    "no_event_date": "{n} report{s} give{v} no event date; figures are placed by the report's own date",
    "ambiguous_place": "{n} report{s} name{v} a place that matches more than one unit",
    "language_parts_disagree": "{n} report{s} ha{ve} Kyrgyz and Russian parts that disagree",
}


def period_range(period: str | None) -> tuple[dt.date | None, dt.date | None]:
    """'2023Q3', '2023-06' or '2023' -> first and last day; None -> no limit."""
    if not period:
        return None, None
    if m := re.fullmatch(r"(\d{4})Q([1-4])", period):
        y, q = int(m.group(1)), int(m.group(2))
        end = dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)
        return dt.date(y, 3 * q - 2, 1), end - dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", period):
        y, mo = int(m.group(1)), int(m.group(2))
        end = dt.date(y + 1, 1, 1) if mo == 12 else dt.date(y, mo + 1, 1)
        return dt.date(y, mo, 1), end - dt.timedelta(days=1)
    if re.fullmatch(r"\d{4}", period):
        return dt.date(int(period), 1, 1), dt.date(int(period), 12, 31)
    raise ValueError(f"period must look like 2023Q3, 2023-06 or 2023, not {period!r}")


def _e(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def _num(value: SupportsFloat | None) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return f"{float(value):,.0f}".replace(",", "\u202f")


def _split(value: object) -> list[str]:
    return [p.strip() for p in str(value).split(";") if p.strip()] if isinstance(value, str) else []


def _sum(cal: pd.DataFrame, column: str) -> float | None:
    values = pd.to_numeric(cal[column], errors="coerce").dropna()
    return float(values.sum()) if len(values) else None


def _funding(cal: pd.DataFrame) -> dict[str, float]:
    totals: dict[str, float] = {}
    for text in cal["funding_amounts_text"].dropna():
        for amount, currency in re.findall(r"([\d.]+) ([A-Z]{3})", str(text)):
            totals[currency] = totals.get(currency, 0.0) + float(amount)
    return totals


def _quality_items(dq: pd.DataFrame) -> list[str]:
    items = []
    flags = dq[dq["issue_source"] == "quality_flag"]
    for code, group in sorted(flags.groupby("issue_code"), key=lambda kv: str(kv[0])):
        n = group["document_sha256"].nunique()
        template = _FLAG_SENTENCES.get(str(code), "{n} report{s} flagged " + str(code))
        details = "; ".join(sorted({str(d) for d in group["detail"].dropna()}))
        one = n == 1
        words = {"s": "" if one else "s", "v": "s" if one else "", "their": "its" if one else "their",
                 "ve": "s" if one else "ve"}
        items.append(html.escape(template.format(n=n, **words))
                     + (f" <span class=sub>({html.escape(details)})</span>" if details else ""))
    quarantined = dq[dq["issue_source"] == "quarantine"]
    for code, group in sorted(quarantined.groupby("issue_code"), key=lambda kv: str(kv[0])):
        paths = ", ".join(sorted({str(p) for p in group["source_path"]}))
        items.append(html.escape(f"{len(group)} file(s) quarantined ({code}): {paths}"))
    return items


def render_html(frames: dict[str, pd.DataFrame], donor: str | None = None, period: str | None = None) -> str:
    cal = frames["mart_event_calendar"].sort_values(["start_date", "published_date", "source_path"],
                                                    na_position="last")
    dq = frames["mart_data_quality"]
    scope = " · ".join(x for x in (donor or "All donors", period or "all dates"))
    places = {c for v in cal["place_codes"] for c in _split(v)}
    cards = [("Events", _num(len(cal))), ("Reports", _num(cal["document_sha256"].nunique())),
             ("Participants", _num(_sum(cal, "participants_count"))),
             ("of whom women", _num(_sum(cal, "participants_female_count"))),
             ("Officials taking part", _num(_sum(cal, "officials_participants_count"))),
             ("Places named", _num(len(places)))]
    cards += [(f"Funding ({cur})", _num(amount)) for cur, amount in sorted(_funding(cal).items())]
    card_html = "".join(f"<div class=card><b>{v or '–'}</b>{_e(k)}</div>" for k, v in cards)

    sums = [(s, _sum(cal, f"participants_{s}_count")) for s in ("female", "male")]
    sexes = [(s, v) for s, v in sums if v is not None]
    charts = []
    if sexes:
        charts.append(bar_chart([s for s, _ in sexes], [v for _, v in sexes], "Participants by sex",
                                colors=[COLORS[s] for s, _ in sexes], unit="persons"))
    oblasts = Counter(o for v in cal["oblast_names"] for o in _split(v))
    if oblasts:
        ranked = oblasts.most_common()
        charts.append(bar_chart([o for o, _ in ranked], [n for _, n in ranked], "Events by oblast",
                                horizontal=True, unit="events (an event in two oblasts counts in each)"))
    chart_html = "".join(f"<figure>{svg}</figure>" for svg in charts) or "<p>No figures to chart.</p>"

    rows = []
    for ev in cal.itertuples(index=False):
        when = ev.start_date or (f"report of {ev.published_date}" if ev.published_date else "undated")
        evidence = "".join(f"<div class=evidence>“{_e(t)}”</div>" for t in _split(ev.evidence_texts))
        rows.append(
            f"<tr><td>{_e(when)}</td><td>{_e(ev.event_type_label)}</td><td>{_e(ev.place_names)}</td>"
            f"<td>{_e(ev.implementer_names)}</td><td>{_e(ev.donor_names)}</td>"
            f"<td class=num>{_num(ev.participants_count)}</td><td class=num>{_num(ev.participants_female_count)}</td>"
            f"<td class=num>{_num(ev.participants_male_count)}</td>"
            f"<td><div class=path>{_e(ev.source_path)}</div>{evidence}</td></tr>")
    table = ("<table><thead><tr><th>Date</th><th>Event</th><th>Places</th><th>Organizers</th><th>Donors</th>"
             "<th>Participants</th><th>Women</th><th>Men</th><th>Source and evidence</th></tr></thead><tbody>"
             + "".join(rows) + "</tbody></table>") if rows else "<p>No events in this scope.</p>"
    quality = _quality_items(dq)
    quality_html = ("<ul>" + "".join(f"<li class=warn>{q}</li>" for q in quality) + "</ul>") if quality \
        else "<p>No open data-quality issues.</p>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Event report — {_e(scope)}</title><style>{_CSS}</style><script>{_SCRIPT}</script></head>
<body><h1>Donor report: events from NGO and UN reports, Kyrgyzstan</h1>
<p class=sub>{_e(scope)} · generated {dt.date.today().isoformat()} · figures exactly as the reports state them,
one figure per event (see docs/warehouse.md)</p>
<h2>Headline figures</h2><div class=cards>{card_html}</div>
<h2>Charts</h2><div class=charts>{chart_html}</div>
<h2>Events</h2>{table}
<h2>Data quality</h2>{quality_html}
</body></html>
"""


def build_report(engine: sa.Engine, out: Path, *, donor: str | None = None, period: str | None = None,
                 fmt: str = "html") -> Path:
    """Write the report as ``out`` (html or pdf); PDF needs headless Chromium."""
    start, end = period_range(period)
    frames = load_marts(engine, ExportFilter(donor, start, end))
    page = render_html(frames, donor, period)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        out.write_text(page, encoding="utf-8")
        return out
    from etl.reporting.browser import find_chromium, print_pdf

    find_chromium()  # a clear error before any work when Chromium is missing
    html_path = out.with_suffix(".html")
    html_path.write_text(page, encoding="utf-8")
    return print_pdf(html_path, out)
