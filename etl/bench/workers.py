"""The parallel read -> extract -> check pass, scored against the corpus expectations.

Each worker calls the product's own functions (``etl.documents.read_document``,
``etl.extract.extract``, ``etl.validate.records.check_record`` when present),
times each call per document with ``perf_counter`` and scores the extraction
against the generated expectation with ``etl.evaluate.score_document`` (the same
scorer ``python -m etl.evaluate`` uses).  Only counts travel back to the parent,
so memory does not grow with N.
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_CHUNK = 40


@dataclass
class PassTotals:
    docs: int = 0
    read_s: float = 0.0
    extract_s: float = 0.0
    check_s: float = 0.0
    chars: int = 0
    rows: int = 0  # events + places + organizations + projects + indicators extracted
    unreadable: Counter[str] = field(default_factory=Counter)
    crashes: Counter[str] = field(default_factory=Counter)
    check_errors: int = 0
    checked: bool = False
    scores: dict[str, list[int]] = field(default_factory=dict)  # field -> [tp, fp, fn, docs, exact]
    warmup_s: float = 0.0

    def add(self, part: dict[str, Any]) -> None:
        for key in ("docs", "read_s", "extract_s", "check_s", "chars", "rows", "check_errors"):
            setattr(self, key, getattr(self, key) + part[key])
        self.unreadable.update(part["unreadable"])
        self.crashes.update(part["crashes"])
        self.checked |= part["checked"]
        for f, counts in part["scores"].items():
            acc = self.scores.setdefault(f, [0, 0, 0, 0, 0])
            for i, v in enumerate(counts):
                acc[i] += v


_state: dict[str, Any] = {}


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _init_worker(root: str) -> None:
    """Import the product and build its matchers once per worker, outside the per-document timers."""
    started = time.perf_counter()
    from etl.documents import UnreadableDocument, read_bytes, read_document
    from etl.evaluate import score_document
    from etl.extract import extract

    check_record = _optional("etl.validate.records", "check_record")
    load_gazetteer = _optional("etl.warehouse.gazetteer", "load_gazetteer")
    known = load_gazetteer().codes if (check_record and load_gazetteer) else frozenset()
    warm = read_bytes("Тренинг 2023-жылдын 23-июнунда Ош шаарында өттү. 5 адам катышты.".encode(), "warm.txt")
    extract(warm)
    _state.update(root=Path(root), read=read_document, extract=extract, check=check_record, known=known,
                  unreadable=UnreadableDocument, score=score_document,
                  warmup_s=time.perf_counter() - started)


def _rows(report: dict[str, Any]) -> int:
    events = report.get("events", [])
    return len(events) + sum(len(e.get(k, [])) for e in events
                             for k in ("places", "organizations", "projects", "indicators"))


def _work(chunk: list[dict[str, Any]]) -> dict[str, Any]:
    s = _state
    part: dict[str, Any] = {"docs": 0, "read_s": 0.0, "extract_s": 0.0, "check_s": 0.0, "chars": 0, "rows": 0,
                            "check_errors": 0, "checked": s["check"] is not None, "unreadable": Counter(),
                            "crashes": Counter(), "scores": {}}
    for label in chunk:
        part["docs"] += 1
        report: dict[str, Any] | None = None
        t0 = time.perf_counter()
        try:
            doc = s["read"](s["root"] / label["file"])
        except s["unreadable"] as exc:
            part["read_s"] += time.perf_counter() - t0
            part["unreadable"][f"{label['format']}:{exc.code}"] += 1
            doc = None
        except Exception as exc:  # noqa: BLE001 - a reader crash is a finding, not a benchmark failure
            part["read_s"] += time.perf_counter() - t0
            part["crashes"][f"read {type(exc).__name__}"] += 1
            doc = None
        if doc is not None:
            t1 = time.perf_counter()
            part["read_s"] += t1 - t0
            part["chars"] += len(doc.text)
            try:
                report = s["extract"](doc).to_dict()
            except Exception as exc:  # noqa: BLE001
                part["crashes"][f"extract {type(exc).__name__}"] += 1
            t2 = time.perf_counter()
            part["extract_s"] += t2 - t1
            if report is not None:
                part["rows"] += _rows(report)
                if s["check"] is not None:
                    findings = s["check"](report, doc.text, s["known"])
                    part["check_errors"] += sum(f.severity == "error" for f in findings)
                    part["check_s"] += time.perf_counter() - t2
        for f, sc in s["score"](label, report).items():
            acc = part["scores"].setdefault(f, [0, 0, 0, 0, 0])
            for i, v in enumerate((sc.tp, sc.fp, sc.fn, sc.docs, sc.exact_docs)):
                acc[i] += v
    return part


def _chunks(labels: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for label in labels:
        chunk.append(label)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_pass(root: Path, labels: Iterable[dict[str, Any]], workers: int) -> PassTotals:
    """Read, extract, check and score every labelled file under ``root`` with ``workers`` processes."""
    totals = PassTotals()
    if workers <= 1:
        _init_worker(str(root))
        totals.warmup_s = _state["warmup_s"]
        for chunk in _chunks(labels):
            totals.add(_work(chunk))
        return totals
    ctx = mp.get_context("forkserver")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(str(root),)) as pool:
        for part in pool.imap_unordered(_work, _chunks(labels)):
            totals.add(part)
    return totals


def profile_extract(root: Path, labels: list[dict[str, Any]], out: Path, top: int = 35) -> str:
    """cProfile of read + extract over ``labels`` in this process; the report text is also written to ``out``."""
    import cProfile
    import io
    import pstats

    _init_worker(str(root))
    profiler = cProfile.Profile()
    profiler.enable()
    _work(labels)
    profiler.disable()
    buf = io.StringIO()
    stats = pstats.Stats(profiler, stream=buf)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(buf.getvalue(), encoding="utf-8")
    return buf.getvalue()
