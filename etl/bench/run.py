"""``python -m etl.bench`` (``make bench``): the cost of every stage on a generated corpus.

Environment: ``BENCH_N`` (documents, default 1000), ``BENCH_SEED`` (42),
``BENCH_WORKERS`` (processes, default: all cores), ``WAREHOUSE_URL`` (else an
embedded PostgreSQL under ``.local/bench/pgdata``, dropped and recreated so the
first run is a first load).  Results: a table on stdout, one JSON line per stage,
and the same lines in ``.local/bench/results-N.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from etl.bench.measure import CPU, RssSampler, StageResult, lifetime_peaks_mb, not_available, timed
from etl.config import PROJECT_ROOT

BENCH_DIR = PROJECT_ROOT / ".local" / "bench"
CHANGED_SHARE = 0.005  # 0.5 % of files edited + 0.5 % new files = the 1 % incremental run
TARGETS = {"end_to_end_docs_per_s": 300, "extract_docs_per_s": 1000, "peak_rss_mb": 1536,
           "noop_rerun_s_at_100k": 15, "incremental_share_of_full": 0.05, "extraction_f1": 0.98}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m etl.bench", description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=int(os.environ.get("BENCH_N") or 1000))
    p.add_argument("--seed", type=int, default=int(os.environ.get("BENCH_SEED") or 42))
    p.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS") or os.cpu_count() or 1))
    p.add_argument("--dir", type=Path, default=Path(os.environ.get("BENCH_DIR") or BENCH_DIR))
    p.add_argument("--no-warehouse", action="store_true", help="only the corpus and the extraction pass")
    p.add_argument("--no-extraction-pass", action="store_true",
                   help="only the warehouse runs (no per-call timers, no correctness table): before/after pairs")
    p.add_argument("--profile", type=int, default=0, metavar="DOCS",
                   help="also cProfile read+extract over DOCS documents in one process")
    return p.parse_args(argv)


def prepare_inbox(corpus: Path, inbox: Path) -> int:
    """A fresh hard-linked copy of the corpus documents: reruns may edit it, the corpus stays intact."""
    if inbox.exists():
        shutil.rmtree(inbox)
    count = 0
    for src in sorted((corpus / "docs").rglob("*")):
        dst = inbox / src.relative_to(corpus / "docs")
        if src.is_dir():
            dst.mkdir(parents=True, exist_ok=True)
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
        count += 1
    return count


def change_inbox(inbox: Path, n: int, seed: int) -> tuple[int, int]:
    """Edit every 200th file (new content, same path) and add n/200 new files; (changed, added)."""
    from etl.bench.corpus import generate_doc

    step = int(1 / CHANGED_SHARE)
    changed = added = 0
    for index in list(range(0, n, step)):
        g = generate_doc(seed, index, variant=1)
        _replace(inbox / g.rel_path.removeprefix("docs/"), g.data)
        changed += 1
    for index in range(n, n + max(1, n // step)):
        g = generate_doc(seed, index)
        _replace(inbox / g.rel_path.removeprefix("docs/"), g.data)
        added += 1
    return changed, added


def _replace(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name("." + path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)  # a new inode: the hard-linked corpus file is not touched


def fresh_warehouse(bench_dir: Path) -> str:
    """Point the product at the bench warehouse; drop the embedded one so the full run is a first load."""
    if os.environ.get("WAREHOUSE_URL"):
        return "WAREHOUSE_URL (used as is)"
    assert os.environ.get("ETL_LOCAL_DIR") == str(bench_dir), "set before any worker process starts"
    import sqlalchemy as sa

    from etl.warehouse.engine import EMBEDDED_DATABASE, _psycopg_url, embedded_server, embedded_url

    server = embedded_server(bench_dir.resolve() / "pgdata")
    admin = sa.create_engine(_psycopg_url(server.get_uri()), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'drop database if exists "{EMBEDDED_DATABASE}" with (force)'))
    admin.dispose()
    embedded_url.cache_clear()
    return f"embedded PostgreSQL in {bench_dir / 'pgdata'}"


def embedded_postmaster(bench_dir: Path) -> list[int]:
    """The bench warehouse's postmaster, whose backends do the SQL work (none for a WAREHOUSE_URL server)."""
    if os.environ.get("WAREHOUSE_URL"):
        return []
    try:
        return [int((bench_dir / "pgdata" / "postmaster.pid").read_text().split()[0])]
    except (OSError, ValueError, IndexError):
        return []


def reprocess_all(inbox: str, sampler: RssSampler, workers: int, summaries: dict[str, Any]) -> list[StageResult]:
    """Every loaded document through the current extractor again, as ``reprocess_event_reports`` does."""
    from etl.bench.pipeline_stages import bind, warehouse_run

    select = bind("select_for_reprocess")
    if isinstance(select, str):
        return [not_available("reprocess:end_to_end", select)]
    run = warehouse_run("reprocess:", inbox, sampler, workers,
                        batches_from=lambda run_id: select(run_id, "2000-01-01", "2040-12-31", "arrival", None))
    summaries["reprocess"] = run.summary
    return run.stages


_GX_COLD = """
import json, time
t0 = time.perf_counter()
from etl.validate.gx_imports import import_gx
import_gx()
t1 = time.perf_counter()
from etl.validate.gx_runtime import staging_runtime
staging_runtime()
t2 = time.perf_counter()
staging_runtime()
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "setup_s": t2 - t1, "reuse_s": t3 - t2}))
"""


def gx_cold_start(sampler: RssSampler) -> StageResult:
    """What a fresh process pays before its first GX validation: import + context, data source, suites."""
    import subprocess

    stage = StageResult("GX import + set-up (fresh process)")
    with timed(sampler, stage):
        out = subprocess.run([sys.executable, "-c", _GX_COLD], capture_output=True, text=True, check=True)
    parts = json.loads(out.stdout.strip().splitlines()[-1])
    stage.extra.update({k: round(v, 3) for k, v in parts.items()})
    stage.note = (f"import {parts['import_s']:.2f} s + context/suites {parts['setup_s']:.2f} s; "
                  f"reused: {parts['reuse_s'] * 1000:.2f} ms")
    return stage


def extraction_stages(root: Path, labels_path: Path, sampler: RssSampler, workers: int
                      ) -> tuple[list[StageResult], dict[str, Any], dict[str, Any]]:
    from etl.bench.corpus import iter_expected
    from etl.bench.workers import run_pass

    wall = StageResult("parse+extract+check (parallel)", note=f"{workers} processes, wall clock incl. start-up")
    with timed(sampler, wall):
        totals = run_pass(root, iter_expected(labels_path.parent, labels_path.name), workers)
    wall.docs, wall.rows = totals.docs, totals.rows
    per_worker = max(workers, 1)

    def derived(name: str, seconds: float, rows: int | None, note: str) -> StageResult:
        # Per-document timers summed over all workers, divided by the worker count: throughput
        # of that call alone with every core busy (start-up and scoring excluded).
        return StageResult(name, docs=totals.docs, seconds=seconds / per_worker, rows=rows,
                           peak_rss_mb=wall.peak_rss_mb, note=note)

    stages = [
        derived("parse", totals.read_s, None, f"read_document; {totals.chars:,} characters of text"),
        derived("extract", totals.extract_s, totals.rows, "extract; rows = events+places+orgs+projects+indicators"),
        derived("validate (record checks)", totals.check_s, None, f"check_record; {totals.check_errors} errors")
        if totals.checked else not_available("validate (record checks)", "etl.validate.records.check_record"),
        wall,
    ]
    problems = {"unreadable": dict(totals.unreadable), "crashes": dict(totals.crashes)}
    return stages, totals.scores, problems


def correctness_lines(scores: dict[str, list[int]]) -> list[dict[str, Any]]:
    from etl.evaluate import SUMMARY_FIELDS

    lines = []
    all_tp = all_fp = all_fn = 0
    for name in (*SUMMARY_FIELDS, "organization_names"):
        if name not in scores:
            continue
        tp, fp, fn, docs, exact = scores[name]
        if name in SUMMARY_FIELDS:
            all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
        lines.append(_prf(name, tp, fp, fn, docs, exact))
    lines.append(_prf("all", all_tp, all_fp, all_fn, None, None))
    return lines


def _prf(name: str, tp: int, fp: int, fn: int, docs: int | None, exact: int | None) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f1 = (2 * p * r / (p + r) if p + r else 0.0) if p is not None and r is not None else None
    return {"stage": "correctness", "field": name, "tp": tp, "fp": fp, "fn": fn,
            "precision": None if p is None else round(p, 4), "recall": None if r is None else round(r, 4),
            "f1": None if f1 is None else round(f1, 4), "exact_docs": exact, "docs": docs}


def _fmt(x: Any, spec: str = ",.1f") -> str:
    if x is None:
        return "-"
    return format(x, spec) if isinstance(x, (int, float)) else str(x)


def format_table(stages: list[dict[str, Any]]) -> str:
    head = (f"{'stage':<34}{'docs':>9}{'seconds':>10}{'CPU s':>8}{'docs/s':>10}{'rows':>10}{'rows/s':>10}"
            f"{'RSS MB':>9}  status")
    lines = [head, "-" * len(head)]
    for s in stages:
        status = s["status"] if s["status"] != "ok" else ""
        if s.get("note") and s["status"] != "ok":
            status += f": {s['note'][:90]}"
        lines.append(f"{s['stage']:<34}{_fmt(s['docs'], ',d'):>9}{_fmt(s['seconds'], ',.2f'):>10}"
                     f"{_fmt(s.get('cpu_s'), ',.1f'):>8}"
                     f"{_fmt(s['docs_per_s']):>10}{_fmt(s['rows'], ',d'):>10}{_fmt(s['rows_per_s']):>10}"
                     f"{_fmt(s['peak_rss_mb']):>9}  {status}")
    return "\n".join(lines)


def format_correctness(lines: list[dict[str, Any]]) -> str:
    out = [f"{'field':<22}{'tp':>9}{'fp':>9}{'fn':>9}{'precision':>11}{'recall':>9}{'f1':>8}"]
    for c in lines:
        out.append(f"{c['field']:<22}{c['tp']:>9,}{c['fp']:>9,}{c['fn']:>9,}{_fmt(c['precision'], '.4f'):>11}"
                   f"{_fmt(c['recall'], '.4f'):>9}{_fmt(c['f1'], '.4f'):>8}")
    return "\n".join(out)


def target_lines(by_stage: dict[str, dict[str, Any]], f1: float | None, peak_mb: float, n: int) -> list[str]:
    def get(stage: str, key: str) -> Any:
        s = by_stage.get(stage)
        return s.get(key) if s and s["status"] == "ok" else None

    full, noop, incr = get("end_to_end", "seconds"), get("noop_rerun:end_to_end", "seconds"), \
        get("incremental:end_to_end", "seconds")
    cold = get("GX import + set-up (fresh process)", "seconds")  # the bench's runs share one warm process
    rows = [
        ("end-to-end docs/s", get("end_to_end", "docs_per_s"), f">= {TARGETS['end_to_end_docs_per_s']}",
         lambda v: v >= TARGETS["end_to_end_docs_per_s"]),
        ("extraction docs/s (all cores)", get("extract", "docs_per_s"), f">= {TARGETS['extract_docs_per_s']}",
         lambda v: v >= TARGETS["extract_docs_per_s"]),
        ("peak RSS MB", peak_mb, f"< {TARGETS['peak_rss_mb']}", lambda v: v < TARGETS["peak_rss_mb"]),
        ("no-op rerun s (scaled to 100k)", noop * 100_000 / n if noop is not None else None,
         f"< {TARGETS['noop_rerun_s_at_100k']}", lambda v: v < TARGETS["noop_rerun_s_at_100k"]),
        ("incremental / full", incr / full if incr is not None and full else None,
         f"<= {TARGETS['incremental_share_of_full']}", lambda v: v <= TARGETS["incremental_share_of_full"]),
        ("incremental + GX cold start / full", (incr + cold) / full if incr is not None and cold and full
         else None, f"<= {TARGETS['incremental_share_of_full']}",
         lambda v: v <= TARGETS["incremental_share_of_full"]),
        ("extraction F1 (all fields)", f1, f">= {TARGETS['extraction_f1']}", lambda v: v >= TARGETS["extraction_f1"]),
    ]
    out = [f"targets (stated for N=100,000; measured at N={n:,}):"]
    for name, value, target, ok in rows:
        verdict = "not measured" if value is None else ("met" if ok(value) else "NOT met")
        shown = "-" if value is None else f"{value:,.3f}" if value < 10 else f"{value:,.1f}"
        out.append(f"  {name:<32}{shown:>12}  target {target:<8} {verdict}")
    return out


def _progress(stages: list[StageResult]) -> None:
    """Each stage's line on stderr as soon as it is measured: a long run (N=100,000) that is stopped
    early still leaves the figures of the stages it finished."""
    for s in stages:
        print("progress " + json.dumps(s.to_dict(), ensure_ascii=False, default=str), file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from etl.bench.corpus import ensure_corpus
    from etl.bench.pipeline_stages import warehouse_run

    bench_dir: Path = args.dir
    bench_dir.mkdir(parents=True, exist_ok=True)
    load_at_start = round(os.getloadavg()[0], 2)  # other work on the machine skews every figure
    if not os.environ.get("WAREHOUSE_URL"):
        # Before any worker process starts (forkserver copies the environment once): every
        # process, the pipeline's included, must use the bench warehouse, never .local/pgdata.
        os.environ["ETL_LOCAL_DIR"] = str(bench_dir)
    sampler = RssSampler().start()
    stages: list[StageResult] = []

    corpus_dir = bench_dir / f"corpus-n{args.n}-s{args.seed}"
    gen = StageResult("generate corpus", docs=args.n)
    with timed(sampler, gen):
        meta, reused = ensure_corpus(corpus_dir, args.n, args.seed, args.workers)
    gen.rows, gen.note = meta["bytes"], "generated (rows = bytes written)"
    if reused:  # the time of the original generation is in corpus.json
        gen.seconds, gen.note = None, f"reused; generated in {meta.get('seconds')} s"
    stages.append(gen)
    print(f"corpus {corpus_dir}: {meta['docs']:,} documents, {meta['bytes'] / 2**20:,.1f} MiB, "
          f"formats {meta['formats']}{' (reused)' if reused else ''}", file=sys.stderr)

    ex_stages: list[StageResult] = []
    scores: dict[str, Any] = {}
    problems: dict[str, Any] = {"unreadable": {}, "crashes": {}}
    if not args.no_extraction_pass:
        ex_stages, scores, problems = extraction_stages(corpus_dir, corpus_dir / "expected.jsonl", sampler,
                                                        args.workers)
    stages += ex_stages
    _progress(ex_stages)
    for c in correctness_lines(scores):
        print("progress " + json.dumps(c, ensure_ascii=False, default=str), file=sys.stderr, flush=True)
    summaries: dict[str, Any] = {}
    if not args.no_warehouse:
        where = fresh_warehouse(bench_dir)
        CPU.server_pids = embedded_postmaster(bench_dir)
        inbox = bench_dir / f"inbox-n{args.n}-s{args.seed}"
        prepare_inbox(corpus_dir, inbox)
        stages.append(gx_cold_start(sampler))
        full = warehouse_run("", str(inbox), sampler, args.workers)
        stages += full.stages
        _progress(full.stages)
        summaries["full"] = full.summary
        if all(s.status == "ok" for s in full.stages):
            noop = warehouse_run("noop_rerun:", str(inbox), sampler, args.workers)
            stages += noop.stages
            _progress(noop.stages)
            changed, added = change_inbox(inbox, args.n, args.seed)
            incr = warehouse_run("incremental:", str(inbox), sampler, args.workers)
            for s in incr.stages:
                s.extra.update(files_changed=changed, files_added=added)
            stages += incr.stages
            _progress(incr.stages)
            summaries.update(noop_rerun=noop.summary, incremental=incr.summary)
            stages += reprocess_all(str(inbox), sampler, args.workers, summaries)
        print(f"warehouse: {where}", file=sys.stderr)
    sampler.stop()

    stage_dicts = [s.to_dict() for s in stages]
    correctness = correctness_lines(scores)
    peak_mb = max((s.get("peak_rss_mb") or 0) for s in stage_dicts)
    f1 = next((c["f1"] for c in correctness if c["field"] == "all"), None)
    by_stage = {s["stage"]: s for s in stage_dicts}
    context = {"stage": "context", "n": args.n, "seed": args.seed, "workers": args.workers,
               "cpu_count": os.cpu_count(), "load_avg_1_5_15_at_end": [round(x, 2) for x in os.getloadavg()],
               "load_avg_1m_at_start": load_at_start, "python": sys.version.split()[0], "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
               "unreadable": problems["unreadable"], "crashes": problems["crashes"], **lifetime_peaks_mb(),
               "run_summaries": summaries}

    print(format_table(stage_dicts))
    print(f"load average: {context['load_avg_1m_at_start']} at start, {context['load_avg_1_5_15_at_end']} at end "
          f"on {os.cpu_count()} cores")
    print()
    print("extraction correctness against the generated expectations (micro P/R/F1):")
    print(format_correctness(correctness))
    if problems["unreadable"] or problems["crashes"]:
        print(f"unreadable: {problems['unreadable']}  crashes: {problems['crashes']}")
    print()
    print("\n".join(target_lines(by_stage, f1, peak_mb, args.n)))
    print()
    lines = [json.dumps(x, ensure_ascii=False, default=str) for x in (*stage_dicts, *correctness, context)]
    for line in lines[:len(stage_dicts)]:
        print(line)
    out = bench_dir / f"results-{args.n}.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"results written to {out}", file=sys.stderr)

    if args.profile:
        from etl.bench.corpus import iter_expected
        from etl.bench.workers import profile_extract

        labels = [r for _, r in zip(range(args.profile), iter_expected(corpus_dir), strict=False)]
        report = profile_extract(corpus_dir, labels, bench_dir / f"profile-extract-{args.n}.txt")
        print("\n".join(report.splitlines()[:45]))
    return 0
