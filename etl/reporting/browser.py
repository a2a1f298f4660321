"""Headless Chromium: render check (DOM after scripts, console errors), screenshot, PDF."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]
_CONSOLE = re.compile(r":CONSOLE[:(].*|Uncaught .*|Refused to .*")


class BrowserMissing(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Rendered:
    dom: str
    console_messages: list[str]


def find_chromium() -> str:
    explicit = os.environ.get("ETL_CHROMIUM")
    if explicit:
        return explicit
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise BrowserMissing("headless Chromium is needed for this (apt-get install -y chromium, "
                         "or run scripts/ensure-system-packages.sh as root; ETL_CHROMIUM=path overrides)")


def _run(args: list[str], timeout_s: int = 90) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="etl-chromium-") as profile:
        cmd = [find_chromium(), *_FLAGS, f"--user-data-dir={profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, check=False,
                              env={**os.environ, "HOME": profile})


def render(html_path: Path) -> Rendered:
    """The DOM after load (scripts ran) and every console message Chromium logged."""
    proc = _run(["--virtual-time-budget=5000", "--dump-dom", html_path.resolve().as_uri()])
    if proc.returncode != 0 or "<html" not in proc.stdout:
        raise RuntimeError(f"chromium failed ({proc.returncode}): {proc.stderr[-2000:]}")
    messages = [m.group(0) for line in proc.stderr.splitlines() if (m := _CONSOLE.search(line))]
    return Rendered(proc.stdout, messages)


def screenshot(html_path: Path, png_path: Path, width: int = 1200, height: int = 1800) -> Path:
    png_path.parent.mkdir(parents=True, exist_ok=True)
    proc = _run([f"--screenshot={png_path.resolve()}", f"--window-size={width},{height}",
                 html_path.resolve().as_uri()])
    if not png_path.exists():
        raise RuntimeError(f"chromium wrote no screenshot ({proc.returncode}): {proc.stderr[-2000:]}")
    return png_path


def print_pdf(html_path: Path, pdf_path: Path) -> Path:
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    proc = _run([f"--print-to-pdf={pdf_path.resolve()}", "--no-pdf-header-footer", html_path.resolve().as_uri()])
    if not pdf_path.exists() or pdf_path.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no PDF ({proc.returncode}): {proc.stderr[-2000:]}")
    return pdf_path
