"""``make report-demo``: ingest the sample reports if the warehouse has none, refresh the marts,
write out/report-demo.html and its screenshot docs/report-demo.png (shown in the README)."""

from __future__ import annotations

import sys

import sqlalchemy as sa

from etl.config import PROJECT_ROOT


def main() -> int:
    from etl.cli import COMMANDS
    from etl.cli import main as cli_main
    from etl.reporting.browser import BrowserMissing, render, screenshot
    from etl.reporting.marts import refresh_marts
    from etl.reporting.report import build_report
    from etl.warehouse.engine import get_engine

    engine = get_engine()
    with engine.connect() as conn:
        events = conn.execute(sa.text("select count(*) from core.fct_event where is_current")).scalar_one()
    if events == 0:
        if "run" not in COMMANDS:
            print("error: the warehouse is empty and `python -m etl run` is not available to ingest samples/reports")
            return 2
        code = cli_main(["run", "--inbox", str(PROJECT_ROOT / "samples" / "reports")])
        if code:
            return code
    counts = refresh_marts(engine)
    out = build_report(engine, PROJECT_ROOT / "out" / "report-demo.html")
    print(f"marts: {counts}\nwrote {out}")
    try:
        console = render(out).console_messages
        if console:
            print("console messages while rendering:\n" + "\n".join(console))
            return 1
        png = screenshot(out, PROJECT_ROOT / "docs" / "report-demo.png", width=1200, height=1600)
        print(f"wrote {png.relative_to(PROJECT_ROOT)}")
    except BrowserMissing as exc:
        print(f"no screenshot: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
