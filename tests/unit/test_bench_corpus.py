"""The benchmark corpus generator: deterministic, the requested mix, well-formed expectations."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from etl.bench.compose import compose
from etl.bench.corpus import generate, generate_doc, iter_expected
from etl.bench.render import body_text
from etl.contract import EVENT_TYPES, INDICATOR_UNITS, ROLES

GAZETTEER = Path(__file__).resolve().parents[2] / "etl" / "reference" / "data" / "soate_kg.csv"
SAMPLE_N = 1500  # documents composed in memory for the distribution checks


def _tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != "corpus.json"}


@pytest.fixture(scope="module")
def sample() -> list[tuple[dict, bytes]]:
    docs = [generate_doc(7, i) for i in range(SAMPLE_N)]
    return [(d.record, d.data) for d in docs]


def test_same_seed_same_bytes_whatever_the_worker_count(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", 600, seed=3, workers=1)
    b = generate(tmp_path / "b", 600, seed=3, workers=2)
    assert a["docs"] == b["docs"] == 600
    digest_a = _tree_digest(tmp_path / "a")
    assert digest_a == _tree_digest(tmp_path / "b")
    assert len(digest_a) == 601  # 600 documents + expected.jsonl


def test_another_seed_gives_other_documents() -> None:
    assert generate_doc(1, 5).data != generate_doc(2, 5).data
    assert generate_doc(1, 5).data == generate_doc(1, 5).data


def test_a_changed_variant_keeps_path_and_format_but_not_content() -> None:
    for index in range(40):
        original, changed = generate_doc(9, index), generate_doc(9, index, variant=1)
        assert changed.rel_path == original.rel_path
        assert changed.record["format"] == original.record["format"]
        assert changed.data != original.data


def test_format_mix_and_languages(sample: list[tuple[dict, bytes]]) -> None:
    formats = Counter(r["format"] for r, _ in sample)
    share = {k: v / SAMPLE_N for k, v in formats.items()}
    assert set(formats) == {"txt", "html", "docx", "pdf"}
    assert 0.07 <= share["docx"] <= 0.13
    assert 0.008 <= share["pdf"] <= 0.035
    assert share["html"] + share["txt"] >= 0.84
    langs = Counter(tuple(r["languages"]) for r, _ in sample)
    assert set(langs) == {("ky",), ("ru",), ("ky", "ru")}
    assert langs["ky", "ru"] / SAMPLE_N >= 0.12


def test_sizes_mostly_half_to_twenty_kilobytes(sample: list[tuple[dict, bytes]]) -> None:
    text_sizes = [len(data) for r, data in sample if r["format"] in ("txt", "html")]
    inside = sum(500 <= s <= 20_500 for s in text_sizes) / len(text_sizes)
    assert inside >= 0.97
    assert min(text_sizes) >= 500
    assert sorted(text_sizes)[len(text_sizes) // 2] in range(2_000, 8_000)


def test_expected_records_are_well_formed(sample: list[tuple[dict, bytes]]) -> None:
    with GAZETTEER.open(encoding="utf-8") as fh:
        codes = {row["soate_code"] for row in csv.DictReader(fh)}
    for record, data in sample:
        assert set(record["event_types"]) <= set(EVENT_TYPES) and record["event_types"]
        for code in record["places"]:
            if "@" in code:
                name, parent = code.split("@")
                assert name and parent in codes
            else:
                assert code in codes, code
        for name, role in record["organizations"]:
            assert role in ROLES and name
        for name, sex, value, unit in record["indicators"]:
            assert name in INDICATOR_UNITS and sex in ("total", "female", "male") and value >= 0
            if name == "funding_amount":
                assert re.fullmatch(r"[A-Z]{3}", unit)
            else:
                assert unit == INDICATOR_UNITS[name]
        for d in record["event_dates"]:
            if d.startswith("--"):
                assert "year_inferred" in record["quality_flags"]
            else:
                dt.date.fromisoformat(d)
        if not record["event_dates"]:
            assert "no_event_date" in record["quality_flags"]
        if record["published_date"]:
            dt.date.fromisoformat(record["published_date"])
        assert hashlib.sha256(data).hexdigest() == record["sha256"]


def test_sex_split_flag_matches_the_figures(sample: list[tuple[dict, bytes]]) -> None:
    seen_mismatch = False
    for record, _ in sample:
        by = {(n, s): v for n, s, v, _u in record["indicators"] if n == "participants"}
        if ("participants", "female") in by:
            mismatch = by["participants", "female"] + by["participants", "male"] != by["participants", "total"]
            assert mismatch == ("sex_split_mismatch" in record["quality_flags"])
            seen_mismatch |= mismatch
    assert seen_mismatch


def test_figures_and_dates_are_written_in_the_text() -> None:
    for index in range(300):
        doc = compose(11, index)
        text = body_text(doc)
        for name, _sex, value, _unit in doc.expected["indicators"]:
            if name != "funding_amount":
                assert re.search(rf"(?<![\d,.]){int(value)}(?![\d,])", text), (index, name, value)
        if doc.expected["published_date"]:
            assert doc.dateline and doc.dateline in text


def test_binary_formats_are_readable_by_the_usual_libraries(sample: list[tuple[dict, bytes]]) -> None:
    import docx
    import pypdf

    pdfs = [(r, d) for r, d in sample if r["format"] == "pdf"][:5]
    docxs = [(r, d) for r, d in sample if r["format"] == "docx"][:5]
    assert pdfs and docxs
    for _record, data in pdfs:
        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
        assert "ң" in text or "ы" in text  # Cyrillic survives extraction
        assert re.search(r"[а-яөүң]{4,}", text)
    for _record, data in docxs:
        paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
        assert len(paragraphs) >= 3 and all(paragraphs[:2])


def test_manifest_follows_index_order(tmp_path: Path) -> None:
    generate(tmp_path, 300, seed=5, workers=2)
    files = [r["file"] for r in iter_expected(tmp_path)]
    assert files == sorted(files) and len(files) == 300
    meta = json.loads((tmp_path / "corpus.json").read_text())
    assert meta["n"] == 300 and sum(meta["formats"].values()) == 300
    for record in iter_expected(tmp_path):
        assert (tmp_path / record["file"]).stat().st_size == record["size_bytes"]


def test_organizations_and_projects_are_in_the_reference_registry() -> None:
    """An extractor can only give a canonical English name that the registry knows."""
    from etl.bench.vocab import ORGS, PROJECTS
    from etl.evaluate import org_canonicalizer, project_canonicalizer
    from etl.evaluate_names import text_key

    data = Path(__file__).resolve().parents[2] / "etl" / "reference" / "data"
    with (data / "organizations.csv").open(encoding="utf-8") as fh:
        org_names = {text_key(row["canonical_name"]) for row in csv.DictReader(fh)}
    with (data / "projects.csv").open(encoding="utf-8") as fh:
        project_names = {text_key(row["canonical_name"]) for row in csv.DictReader(fh)}
    for org in ORGS:
        assert text_key(org_canonicalizer()(org.name)) in org_names, org.name
    for name, _ru, _ky in PROJECTS:
        assert text_key(project_canonicalizer()(name)) in project_names, name
