"""Fuzz the reader and extractor: ``read_bytes -> extract`` on generated files, for a set time.

    python -m etl.fuzz [--seconds 60] [--timeout 20] [--engine auto|atheris|mutate] [--corpus DIR]

``atheris`` (coverage-guided, libFuzzer; installed on Linux x86-64 by the dev extra) is
used when importable, else a seeded mutation fuzzer over the same seeds.  Every input
must either be refused with ``UnreadableDocument`` or give a record that validates
against the contract schema with every evidence equal to the text at its span.  Any
other exception is a crash, an input slower than ``--timeout`` seconds a hang; both
exit non-zero and the input is written to ``--artifacts`` for a regression test.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import signal
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from etl.config import PROJECT_ROOT

NAMES = ("report.txt", "report.html", "report.md", "report.docx", "report.pdf", "report.rtf", "report.eml", "r")
SEED_DIRS = (PROJECT_ROOT / "samples" / "reports", PROJECT_ROOT / "tests" / "fixtures" / "eval" / "reports")
MAX_SEED_BYTES = 200_000


class Hang(Exception):
    pass


class InvariantBroken(AssertionError):
    pass


def _span_ok(text: str, span: Any, evidence: Any, where: str) -> None:
    if not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] <= span[1] <= len(text)):
        raise InvariantBroken(f"{where}: span {span!r} outside the text (length {len(text)})")
    if evidence is not None and text[span[0]:span[1]] != evidence:
        raise InvariantBroken(f"{where}: evidence {evidence!r} != text[{span[0]}:{span[1]}]")


def check_extraction(text: str, record: dict[str, Any]) -> None:
    """The contract's promises for any input: schema-valid, exact evidence, sane values and dates."""
    import jsonschema

    from etl.contract import contract_schema

    errors = list(jsonschema.Draft202012Validator(contract_schema()).iter_errors(record))
    if errors:
        raise InvariantBroken(f"schema: {errors[0].message} at {list(errors[0].path)}")
    for n, event in enumerate(record.get("events", [])):
        if "date_span" in event:
            _span_ok(text, event["date_span"], event.get("date_evidence"), f"event {n} date")
        for key in ("start_date", "end_date"):
            if event.get(key):
                date.fromisoformat(event[key])
        if event.get("start_date") and event.get("end_date") and event["end_date"] < event["start_date"]:
            raise InvariantBroken(f"event {n}: end {event['end_date']} before start {event['start_date']}")
        for group in ("indicators", "places", "organizations", "projects"):
            for i, item in enumerate(event.get(group, [])):
                if item.get("span") is not None:
                    _span_ok(text, item["span"], item.get("evidence"), f"event {n} {group}[{i}]")
        for ind in event.get("indicators", []):
            if not (math.isfinite(ind["value"]) and ind["value"] >= 0):
                raise InvariantBroken(f"event {n}: indicator value {ind['value']!r}")


def run_one(data: bytes) -> None:
    """One input; the first byte picks the file name (extension) the reader is told."""
    from etl.documents import UnreadableDocument, read_bytes
    from etl.extract import extract

    name = NAMES[data[0] % len(NAMES)] if data else NAMES[0]
    try:
        doc = read_bytes(data[1:], name)
    except UnreadableDocument as exc:
        if not (exc.code and exc.reason):
            raise InvariantBroken("UnreadableDocument without a code or reason") from exc
        return
    check_extraction(doc.text, extract(doc).to_dict())


def seeds(extra: Path | None = None) -> list[bytes]:
    out: list[bytes] = []
    for folder in (*SEED_DIRS, *([extra] if extra else [])):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.is_symlink() and path.stat().st_size <= MAX_SEED_BYTES:
                    data = path.read_bytes()
                    ext = path.name.rsplit(".", 1)[-1]
                    index = next((i for i, n in enumerate(NAMES) if n.endswith("." + ext)), 0)
                    out.append(bytes([index]) + data)
    return out or [b"\x00" + "Тренингге 25 адам катышты.".encode()]


def _mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        elif op == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2 and buf:
            del buf[pos:pos + rng.randint(1, 64)]
        elif op == 3:
            other = rng.choice(pool)
            start = rng.randrange(len(other) + 1)
            buf[pos:pos] = other[start:start + rng.randint(1, 256)]
        elif op == 4 and buf:
            start = rng.randrange(len(buf))
            buf[pos:pos] = buf[start:start + rng.randint(1, 64)] * rng.randint(2, 50)
        else:
            buf[pos:pos] = rng.choice([b"0", b"1,5", b"2023", b"-", b".", b" ", b"\n", b"\x00", b"<", b">",
                                       "млн".encode(), "июня".encode(), "жылы".encode(), b"&#0;", b"\xff"])
    return bytes(buf)


def _alarm(_signum: int, _frame: Any) -> None:
    raise Hang()


def fuzz_mutate(seconds: float, timeout: int, corpus: Path | None, artifacts: Path, seed: int = 0) -> int:
    """The fallback engine: mutations of the seeds, each input under a SIGALRM watchdog."""
    rng = random.Random(seed)
    pool = seeds(corpus)
    deadline = time.monotonic() + seconds
    runs = 0
    signal.signal(signal.SIGALRM, _alarm)
    queue = list(pool)
    while time.monotonic() < deadline:
        data = queue[runs] if runs < len(queue) else _mutate(rng, rng.choice(pool), pool)
        runs += 1
        signal.alarm(timeout)
        try:
            run_one(data)
        except Hang:
            return _report("hang", f"no result after {timeout}s", data, artifacts, runs)
        except BaseException as exc:  # noqa: BLE001 - every other exception is a finding
            if isinstance(exc, KeyboardInterrupt):
                raise
            return _report("crash", f"{type(exc).__name__}: {exc}", data, artifacts, runs)
        finally:
            signal.alarm(0)
    print(f"fuzz (mutate): {runs} inputs in {seconds:.0f}s, no crash or hang", flush=True)
    return 0


def _report(kind: str, what: str, data: bytes, artifacts: Path, runs: int) -> int:
    import hashlib

    artifacts.mkdir(parents=True, exist_ok=True)
    path = artifacts / f"{kind}-{hashlib.sha256(data).hexdigest()[:16]}"
    path.write_bytes(data)
    print(f"fuzz: {kind} after {runs} inputs: {what}\n  input ({len(data)} bytes, first byte = file name "
          f"{NAMES[data[0] % len(NAMES)] if data else NAMES[0]}) saved to {path}", file=sys.stderr, flush=True)
    return 1


def fuzz_atheris(seconds: float, timeout: int, corpus: Path | None, artifacts: Path) -> int:
    """Coverage-guided: libFuzzer drives the instrumented etl code (runs in this process, exits itself)."""
    import tempfile

    import atheris

    with atheris.instrument_imports(include=["etl"]):
        import etl.documents  # noqa: F401
        import etl.extract  # noqa: F401
        import etl.reference.organizations  # noqa: F401
        import etl.reference.places  # noqa: F401

    seed_dir = Path(tempfile.mkdtemp(prefix="etl-fuzz-seeds-"))
    for n, data in enumerate(seeds(corpus)):
        (seed_dir / f"seed-{n:04d}").write_bytes(data)
    artifacts.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], f"-max_total_time={int(seconds)}", f"-timeout={timeout}", "-max_len=65536",
            "-rss_limit_mb=4096", f"-artifact_prefix={artifacts}/", str(seed_dir)]
    atheris.Setup(argv, run_one)
    atheris.Fuzz()  # exits the process: 0 when the time ran out, non-zero on a crash or timeout
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", "60")))
    parser.add_argument("--timeout", type=int, default=int(os.environ.get("FUZZ_TIMEOUT", "20")),
                        help="seconds one input may take before it counts as a hang")
    parser.add_argument("--engine", choices=["auto", "atheris", "mutate"], default="auto")
    parser.add_argument("--corpus", type=Path, help="more seed files (e.g. a generated hostile inbox)")
    parser.add_argument("--artifacts", type=Path, default=PROJECT_ROOT / ".local" / "fuzz")
    args = parser.parse_args(argv)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "mutate"
    print(f"fuzz: engine {engine}, {args.seconds:.0f}s, per-input timeout {args.timeout}s", flush=True)
    if engine == "atheris":
        return fuzz_atheris(args.seconds, args.timeout, args.corpus, args.artifacts)
    return fuzz_mutate(args.seconds, args.timeout, args.corpus, args.artifacts)


if __name__ == "__main__":
    raise SystemExit(main())
