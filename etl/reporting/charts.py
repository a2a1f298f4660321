"""Charts for the report as inline SVG (text drawn as paths: Cyrillic needs no browser font)."""

from __future__ import annotations

import io
import re

import matplotlib

matplotlib.use("Agg")  # no display; set before pyplot is imported

import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams.update({"font.family": "DejaVu Sans", "svg.fonttype": "path", "svg.hashsalt": "etl-report"})

COLORS = {"female": "#c0504d", "male": "#4f81bd", "total": "#7f7f7f"}


def _svg(fig: plt.Figure, title: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # drop the XML prolog and doctype: the SVG is inlined in HTML
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    return re.sub(r"<svg ", f'<svg role="img" aria-label="{title}" ', svg, count=1)


def bar_chart(labels: list[str], values: list[float], title: str, *, horizontal: bool = False,
              colors: list[str] | None = None, unit: str = "") -> str:
    """A labelled bar chart as an SVG string; labels and title may be Kyrgyz or Russian."""
    height = max(2.4, 0.45 * len(labels) + 1.2) if horizontal else 3.2
    fig, ax = plt.subplots(figsize=(6.4, height))
    positions = list(range(len(labels)))
    bars = (ax.barh if horizontal else ax.bar)(positions, values, color=colors or "#4f81bd")
    if horizontal:
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()
    else:
        ax.set_xticks(positions, labels)
    ax.bar_label(bars, labels=[f"{v:,.0f}" for v in values], padding=3)
    ax.set_title(title)
    if unit:
        (ax.set_xlabel if horizontal else ax.set_ylabel)(unit)
    ax.spines[["top", "right"]].set_visible(False)
    ax.margins(x=0.15) if horizontal else ax.margins(y=0.15)
    return _svg(fig, title)
