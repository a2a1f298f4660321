"""Same warehouse from two trees: one full pipelined run each, every table's rows compared.

    .venv/bin/python scripts/warehouse_same.py BASE_TREE HEAD_TREE [--n 1000] [--work /tmp/same]

For a change meant to leave results alone (speed work outside extraction): each tree (a checkout or a
``git archive`` of it) runs the bench's ``warehouse_run`` (``BENCH_ORDER=pipelined``, 2 workers) over
the same generated corpus into a fresh embedded warehouse, in a process of its own with that tree's
``etl`` first on the path; then every row of every ``raw``, ``core``, ``ops``, ``marts`` and ``staging``
table is written out, rows sorted, without what differs between two runs of the same code
(timestamps, durations, run ids, staging row ids, the run log, the migration log, the bench's folder).
Exit 0 when the two dumps are identical; otherwise the first differing rows of each table are printed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

SCHEMAS = ("raw", "core", "ops", "marts", "staging")


def _volatile(schema: str, table: str, column: str, data_type: str) -> bool:
    return (data_type.startswith("timestamp") or column == "run_id" or bool(re.fullmatch(r"stg_\w+_id", column))
            or "duration" in column or column.endswith("_at") or table == "run_log"
            or (schema == "ops" and table in ("schema_migrations", "migration_log")))


def dump(out: Path, root: str) -> int:
    import sqlalchemy as sa

    from etl.warehouse.engine import get_engine

    tables = 0
    with get_engine().connect() as conn, out.open("w", encoding="utf-8") as fh:
        for schema, table in conn.execute(sa.text(
                "select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE'"
                " and table_schema = any(:s) order by 1, 2"), {"s": list(SCHEMAS)}).all():
            cols = conn.execute(sa.text(
                "select column_name, data_type from information_schema.columns where table_schema = :s"
                " and table_name = :t order by ordinal_position"), {"s": schema, "t": table}).all()
            keep = [c for c, kind in cols if not _volatile(schema, table, c, kind)]
            if not keep:
                continue
            names = ", ".join(f'"{c}"' for c in keep)
            rows = conn.execute(sa.text(f'select {names} from "{schema}"."{table}"')).all()  # noqa: S608
            lines = sorted(re.sub(r"bench-full-[0-9a-f]{8}", "<RUN>", "\t".join(map(str, r)).replace(root, "<DIR>"))
                           for r in rows)
            fh.write(f"## {schema}.{table} ({', '.join(keep)}) {len(lines)} rows\n")
            fh.writelines(line + "\n" for line in lines)
            tables += 1
    return tables


def one(out: Path, n: int, corpus: Path) -> None:
    """A full pipelined run of this process's ``etl`` into a fresh warehouse in ``out``, then its dump."""
    out.mkdir(parents=True, exist_ok=True)
    os.environ.update(ETL_LOCAL_DIR=str(out), BENCH_ORDER="pipelined", ETL_WORKERS="2")
    from etl.bench.corpus import ensure_corpus
    from etl.bench.measure import RssSampler
    from etl.bench.pipeline_stages import warehouse_run
    from etl.bench.run import fresh_warehouse, prepare_inbox

    ensure_corpus(corpus, n, 42, 2)
    fresh_warehouse(out)
    prepare_inbox(corpus, out / "inbox")
    sampler = RssSampler().start()
    try:
        warehouse_run("", str(out / "inbox"), sampler, 2)
    finally:
        sampler.stop()
    print(f"{dump(out / 'dump.txt', str(out))} tables dumped to {out / 'dump.txt'}")


def _tables(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = out.setdefault(line, [])
        else:
            current.append(line)
    return out


def compare(base: Path, head: Path) -> int:
    a, b = _tables(base), _tables(head)
    differ = 0
    for table in sorted(set(a) | set(b)):
        if a.get(table) == b.get(table):
            continue
        differ += 1
        print(f"DIFFERS {table}: base {len(a.get(table, []))} rows, head {len(b.get(table, []))}")
        for line in sorted(set(a.get(table, [])) ^ set(b.get(table, [])))[:5]:
            print("   ", "base" if line in set(a.get(table, [])) else "head", line[:300])
    print(f"{len(a)} tables; {differ} differ" if differ else f"{len(a)} tables, every row identical")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trees", nargs="*", type=Path, help="BASE_TREE HEAD_TREE")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/warehouse-same"))
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child: run and dump into this folder
    args = ap.parse_args(argv)
    corpus = args.work / f"corpus-n{args.n}"
    if args.one:
        one(args.one, args.n, corpus)
        return 0
    if len(args.trees) != 2:
        ap.error("give BASE_TREE and HEAD_TREE")
    dumps = []
    for label, tree in zip(("base", "head"), args.trees, strict=True):
        out = (args.work / label).resolve()
        subprocess.run(["rm", "-rf", str(out)], check=True)
        env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--one", str(out), "--n", str(args.n),
                        "--work", str(args.work.resolve())], cwd=tree, env=env, check=True)
        dumps.append(out / "dump.txt")
    return compare(*dumps)


if __name__ == "__main__":
    sys.exit(main())
