"""The HTML report: right figures, escaped text, Cyrillic, and it renders in headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import matplotlib.image as mpimg
import pytest
import sqlalchemy as sa
from marts_data import load_demo

from etl.reporting import browser
from etl.reporting.marts import refresh_marts
from etl.reporting.report import build_report, period_range

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope="module")
def chromium() -> str:
    """Chromium, installed by scripts/ensure-system-packages.sh (run by make test) when missing."""
    if not any(shutil.which(c) for c in browser.CANDIDATES):
        subprocess.run([os.path.join(ROOT, "scripts", "ensure-system-packages.sh")], check=False)
    try:
        return browser.find_chromium()
    except browser.BrowserMissing as exc:
        if os.geteuid() != 0:
            pytest.skip(f"not root, cannot install Chromium: {exc}")
        raise


@pytest.fixture
def report_html(engine, tmp_path):
    load_demo(engine)
    with engine.begin() as conn:  # a hostile name must come out escaped
        conn.execute(sa.text("update core.dim_place set place_name = '<b>Ош</b> & ң ө ү' "
                             "where place_id = '41721000000000'"))
    refresh_marts(engine)
    return build_report(engine, tmp_path / "report.html")


def test_report_figures_escaping_and_quality_section(report_html):
    page = report_html.read_text(encoding="utf-8")
    assert "&lt;b&gt;Ош&lt;/b&gt; &amp; ң ө ү" in page and "<b>Ош</b>" not in page
    # participants: 764 + 254 (seed 003) + 265 (seed 002), women 495 + 189
    assert "<b>1\u202f283</b>Participants" in page
    assert "<b>684</b>of whom women" in page
    assert "<b>61\u202f933</b>Funding (USD)" in page
    assert "1 report states totals that do not match its sex split" in page
    assert "495 + 286 != 764" in page
    assert "samples/reports/003_3205c73d41c8c92d.txt" in page
    assert page.count("<figure><svg") == 2
    assert not re.search(r"""(src|href|url)\s*[=(]\s*["']?(https?:)?//""", page)  # nothing to fetch


def test_report_period_and_donor_filters(engine, tmp_path):
    load_demo(engine)
    refresh_marts(engine)
    page = build_report(engine, tmp_path / "q4.html", donor="UN Peacebuilding Fund", period="2023Q4").read_text()
    assert "<b>2</b>Events" in page and "<b>1\u202f018</b>Participants" in page
    assert period_range("2023Q3") == (period_range("2023-07")[0], period_range("2023-09")[1])
    with pytest.raises(ValueError):
        period_range("Q3 2023")


def test_report_renders_in_headless_chromium(chromium, report_html, tmp_path):
    rendered = browser.render(report_html)
    assert rendered.console_messages == []
    assert 'data-charts-rendered="2"' in rendered.dom
    assert "data-errors" not in rendered.dom
    png = browser.screenshot(report_html, tmp_path / "shot.png", width=1000, height=1400)
    pixels = mpimg.imread(png)
    assert pixels.shape[0] == 1400 and pixels.std() > 0.05  # not a blank page


def test_render_check_sees_console_errors_and_blocked_requests(chromium, tmp_path):
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><html><head><meta http-equiv='Content-Security-Policy' "
                    "content=\"default-src 'none'; script-src 'unsafe-inline'\"></head><body>"
                    "<img src='http://example.invalid/x.png'><script>console.error('boom')</script></body></html>")
    messages = browser.render(page).console_messages
    assert any("boom" in m for m in messages)
    assert any("Refused" in m or "Content Security Policy" in m for m in messages)


def test_pdf_via_chromium(chromium, engine, tmp_path):
    load_demo(engine)
    refresh_marts(engine)
    pdf = build_report(engine, tmp_path / "report.pdf", fmt="pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
