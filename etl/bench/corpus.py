"""Generate a benchmark corpus: ``python -m etl.bench.corpus --n 100000 --out DIR [--seed S]``.

Writes ``DIR/docs/NNNN/*.{txt,html,docx,pdf}`` and ``DIR/expected.jsonl`` (one
line per file, in index order: the file's path, format, size and sha256 plus the
fields of ``samples/expected``), then ``DIR/corpus.json`` last, as the marker
that the corpus is complete.  Output is a pure function of (n, seed): documents
are drawn from ``random.Random`` seeded per document, so the bytes do not depend
on the number of worker processes.  Workers write files themselves and send back
only the manifest line, so memory stays flat whatever N is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etl.bench.compose import compose
from etl.bench.render import render

GENERATOR_VERSION = "3"
EXTENSIONS = {"txt": "txt", "html": "html", "docx": "docx", "pdf": "pdf"}
_CHUNK = 250


@dataclass(frozen=True, slots=True)
class GeneratedDoc:
    rel_path: str
    data: bytes
    record: dict[str, Any]


def doc_rel_path(seed: int, index: int, fmt: str) -> str:
    tag = hashlib.sha1(f"{seed}:{index}".encode()).hexdigest()[:8]
    return f"docs/{index // 1000:04d}/{index:07d}_{tag}.{EXTENSIONS[fmt]}"


def generate_doc(seed: int, index: int, variant: int = 0) -> GeneratedDoc:
    doc = compose(seed, index, variant)
    data = render(doc)
    rel = doc_rel_path(seed, index, doc.fmt)
    record = {"file": rel, "format": doc.fmt, "size_bytes": len(data),
              "sha256": hashlib.sha256(data).hexdigest(), **doc.expected}
    return GeneratedDoc(rel, data, record)


def _warm_up() -> None:
    """Load the gazetteer and subset the PDF font once, before forking, so workers inherit them."""
    from etl.bench.pdf import _font
    from etl.bench.places import gazetteer

    gazetteer()
    _font()


def _write_chunk(args: tuple[str, int, int, int, int]) -> list[str]:
    out, seed, start, stop, variant = args
    root = Path(out)
    lines = []
    for index in range(start, stop):
        g = generate_doc(seed, index, variant)
        path = root / g.rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_bytes(g.data)
        os.replace(tmp, path)  # a changed file replaces, never mutates, a hard-linked original
        lines.append(json.dumps(g.record, ensure_ascii=False, sort_keys=True))
    return lines


def _chunks(out: Path, seed: int, start: int, stop: int, variant: int) -> Iterator[tuple[str, int, int, int, int]]:
    for lo in range(start, stop, _CHUNK):
        yield (str(out), seed, lo, min(stop, lo + _CHUNK), variant)


def write_docs(out: Path, seed: int, indices: range, variant: int = 0, workers: int | None = None,
               manifest_name: str = "expected.jsonl") -> dict[str, Any]:
    """Write documents ``indices`` under ``out`` and their manifest; return counts."""
    out.mkdir(parents=True, exist_ok=True)
    workers = workers or min(os.cpu_count() or 1, 8)
    formats: Counter[str] = Counter()
    total_bytes = 0
    manifest = out / manifest_name
    tmp_manifest = manifest.with_suffix(".jsonl.tmp")
    jobs = _chunks(out, seed, indices.start, indices.stop, variant)
    _warm_up()
    with tmp_manifest.open("w", encoding="utf-8") as fh:
        if workers == 1 or len(indices) <= _CHUNK:
            results: Iterator[list[str]] = map(_write_chunk, jobs)
            pool = None
        else:
            pool = mp.get_context("fork").Pool(workers)
            results = pool.imap(_write_chunk, jobs)
        try:
            for lines in results:
                for line in lines:
                    record = json.loads(line)
                    formats[record["format"]] += 1
                    total_bytes += record["size_bytes"]
                    fh.write(line + "\n")
        finally:
            if pool is not None:
                pool.close()
                pool.join()
    os.replace(tmp_manifest, manifest)
    return {"docs": sum(formats.values()), "bytes": total_bytes, "formats": dict(sorted(formats.items()))}


def generate(out: Path, n: int, seed: int, workers: int | None = None) -> dict[str, Any]:
    started = time.perf_counter()
    marker = out / "corpus.json"
    marker.unlink(missing_ok=True)
    stats = write_docs(out, seed, range(n), workers=workers)
    meta = {"n": n, "seed": seed, "generator_version": GENERATOR_VERSION, **stats,
            "seconds": round(time.perf_counter() - started, 2)}
    marker.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return meta


def read_meta(out: Path) -> dict[str, Any] | None:
    marker = out / "corpus.json"
    if not marker.exists():
        return None
    return json.loads(marker.read_text(encoding="utf-8"))


def ensure_corpus(out: Path, n: int, seed: int, workers: int | None = None) -> tuple[dict[str, Any], bool]:
    """Reuse the corpus in ``out`` when it is complete for (n, seed); else generate it. (meta, reused)."""
    meta = read_meta(out)
    if meta and meta.get("n") == n and meta.get("seed") == seed and meta.get("generator_version") == GENERATOR_VERSION:
        return meta, True
    return generate(out, n, seed, workers), False


def iter_expected(out: Path, manifest_name: str = "expected.jsonl") -> Iterator[dict[str, Any]]:
    with (out / manifest_name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="number of documents")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    args = parser.parse_args(argv)
    meta = generate(args.out, args.n, args.seed, args.workers)
    print(json.dumps(meta), file=sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
