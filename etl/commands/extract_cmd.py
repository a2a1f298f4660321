from __future__ import annotations

import argparse
import json
import sys

HELP = "Extract contract records from report files and print them (one JSON object per document)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--format", choices=["jsonl", "json"], default="jsonl")


def run(args: argparse.Namespace) -> int:
    from etl.extract_warmup import warm_from_cache

    warm_from_cache()  # first, so the extractor's imports take their compiled patterns from the disk cache
    from etl.documents import UnreadableDocument, read_document
    from etl.extract import extract

    failures = 0
    records = []
    for path in args.paths:
        try:
            record = extract(read_document(path)).to_dict()
        except UnreadableDocument as exc:
            failures += 1
            print(f"{path}: {exc.code}: {exc.reason}", file=sys.stderr)
            continue
        except OSError as exc:
            failures += 1
            print(f"{path}: unreadable: {exc}", file=sys.stderr)
            continue
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 1 if failures and failures == len(args.paths) else 0
