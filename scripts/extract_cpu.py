"""CPU per document of ``etl.extract``: seconds (best of N passes) or callgrind instructions.

    PYTHONPATH=$PWD .venv/bin/python scripts/extract_cpu.py time DIR_OR_FILES... [--every 10] [--passes 3]
    PYTHONPATH=$PWD valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \
        .venv/bin/python scripts/extract_cpu.py callgrind DIR_OR_FILES... [--every 10]
    callgrind_annotate /tmp/cg.out | grep -m1 "PROGRAM TOTALS"    # instructions / documents

Every document is extracted once first (automata, registries, imports), then again with every
per-text cache (``lru_cache`` of at most 64 entries in an ``etl`` module) cleared before each one, so
each is read as a new text, as ``extract(doc).to_dict()``.  Under callgrind only that second loop is
counted (``callgrind_control -i on|off`` around it): instruction counts repeat within about 1 % on a
shared machine, where seconds moved by 20-40 % between identical runs.
"""

from __future__ import annotations

import argparse
import functools
import os
import subprocess
import sys
import time
from pathlib import Path

from etl.documents.reader import read_document
from etl.extract import extract


def _caches() -> list[functools._lru_cache_wrapper]:  # type: ignore[type-arg]
    out = []
    for name, mod in list(sys.modules.items()):
        if name.startswith("etl") and mod is not None:
            for value in list(vars(mod).values()):
                if isinstance(value, functools._lru_cache_wrapper):
                    size = value.cache_info().maxsize
                    if size is not None and size <= 64:
                        out.append(value)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("time", "callgrind"))
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--every", type=int, default=1, help="every n-th file of the sorted list")
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    files: list[Path] = []
    for p in map(Path, args.paths):
        files += sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
    docs = [read_document(f) for f in files[::args.every]]
    for d in docs:
        extract(d).to_dict()
    caches = _caches()

    def one_pass() -> None:
        for d in docs:
            for c in caches:
                c.cache_clear()
            extract(d).to_dict()

    if args.mode == "callgrind":
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False)
        one_pass()
        subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=False)
        print(f"{len(docs)} documents", file=sys.stderr)
        return
    best = min(_timed(one_pass) for _ in range(args.passes))
    print(f"{len(docs)} documents: best of {args.passes} passes {best / len(docs) * 1000:.3f} ms/doc (CPU)")


def _timed(fn: object) -> float:
    t = time.process_time()
    fn()  # type: ignore[operator]
    return time.process_time() - t


if __name__ == "__main__":
    main()
