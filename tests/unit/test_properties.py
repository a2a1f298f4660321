"""Property-based tests: the pure text functions never raise on arbitrary Unicode and keep their invariants.

Profiles: ``small`` (default, for ``make test``) and ``fuzz`` (``HYPOTHESIS_PROFILE=fuzz``,
used by ``make fuzz``).  Strategies lean on what reports contain: Kyrgyz and Russian
letters, digits with separators, month names, datelines, place names, punctuation.
"""

from __future__ import annotations

import math
import os
from datetime import date

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from etl.contract import contract_schema
from etl.documents import UnreadableDocument, read_bytes
from etl.documents.normalize import normalize_text
from etl.extract import extract
from etl.extract.dates import find_dates
from etl.extract.numbers import find_numbers, parse_number
from etl.reference.organizations import find_organizations
from etl.reference.places import find_places
from etl.text import fold

settings.register_profile("small", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "small"))

KY_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөүАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯҢӨҮ"
WORDS = [
    # numbers and multipliers
    "25", "1,5", "61,933", "1 200", "2,3 млн", "үч жүз миң", "миллион", "тысяч", "млрд", "сом", "доллар",
    "USD", "KGS", "%", "000", "999999999999999999999", "0,000001", "-5", "½", "٣", "１２",
    # dates
    "23-24 июня 2023 года", "2023-жылдын 23-24-июнунда", "29-август", "29 августа", "28.10.2022 16:14",
    "November 20, 2023, 23:33", "2023-02-30", "31.02.2024", "1-январь", "декабрь 2022", "0000-00-00",
    "9999-12-31", "2023-жылы", "жылы", "года", "г.", "31-32 мая",
    # people and events
    "катышты", "адам", "аял", "эркек", "участников", "женщин", "мужчин", "тренинг", "семинар", "жолугушуу",
    "тегерек стол", "форум", "грант", "окутулду",
    # places and organizations
    "Ош шаары", "Ош облусу", "Бишкек", "Баткен", "Кара-Суу", "Ноокат", "Алай-1", "Манас-Ата", "айыл аймагы",
    "ПРООН", "ЮНИСЕФ", "UNDP", "USAID", "Helvetas", "айыл өкмөтү", "мэрия",
    # noise
    "\n", "\n\n", " ", "\t", ".", ",", "—", "«", "»", "(", ")", "\u200b", "\u00a0", "\ufeff", "\r\n", "İ",
    "ß", "ﬁ", "\u0301", "😀", "\x00", "\udc80"[:0],
]
text_strategy = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(KY_RU + "0123456789 .,-–:;\n"), max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40).map("".join),
)


def _check_span(text: str, span, evidence) -> None:
    assert span is not None
    start, end = span
    assert 0 <= start <= end <= len(text)
    if evidence is not None:
        assert text[start:end] == evidence


@given(text_strategy)
def test_normalize_never_raises_and_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once and "\x00" not in once and "\u200b" not in once


@given(text_strategy)
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


@given(text_strategy)
def test_numbers_are_finite_non_negative_and_in_bounds(text):
    folded = fold(normalize_text(text))
    previous = -1
    for n in find_numbers(folded):
        assert 0 <= n.start < n.end <= len(folded)
        assert math.isfinite(n.value) and n.value >= 0
        assert n.start >= previous
        previous = n.start
    value = parse_number(text)
    assert value is None or (math.isfinite(value) and value >= 0)


@given(text_strategy, st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_dates_resolve_to_valid_ordered_days(text, reference):
    folded = fold(normalize_text(text))
    for d in find_dates(folded):
        assert 0 <= d.span[0] < d.span[1] <= len(folded)
        assert d.precision in ("day", "month", "year")
        resolved = d.resolve(reference)
        if resolved is None:
            continue
        start, end, inferred = resolved
        assert isinstance(start, date) and isinstance(end, date) and end >= start
        assert date.fromisoformat(start.isoformat()) == start
        if d.y1 is None:
            assert inferred


@given(text_strategy)
def test_places_evidence_is_the_text_at_its_span(text):
    text = normalize_text(text)
    for mention in find_places(text):
        place = mention.place
        _check_span(text, place.span, place.evidence)
        assert place.soate is None or (len(place.soate) == 14 and place.soate.isdigit())


@given(text_strategy)
def test_organizations_evidence_is_the_text_at_its_span(text):
    text = normalize_text(text)
    for mention in find_organizations(text):
        org = mention.organization
        _check_span(text, org.span, org.evidence)


_VALIDATOR = jsonschema.Draft202012Validator(contract_schema()) if hasattr(jsonschema, "Draft202012Validator") \
    else jsonschema.Draft7Validator(contract_schema())


def check_record(doc, record: dict) -> None:
    """What every extraction must satisfy, whatever the input (shared with the fuzzer)."""
    errors = sorted(_VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    text = doc.text
    for event in record["events"]:
        if "date_span" in event:
            _check_span(text, event["date_span"], event.get("date_evidence"))
        for key in ("start_date", "end_date"):
            if event.get(key):
                date.fromisoformat(event[key])
        if event.get("start_date") and event.get("end_date"):
            assert event["end_date"] >= event["start_date"]
        for group in ("indicators", "places", "organizations", "projects"):
            for item in event.get(group, []):
                if item.get("span") is not None:
                    _check_span(text, item["span"], item.get("evidence"))
        for ind in event.get("indicators", []):
            assert ind["value"] >= 0 and math.isfinite(ind["value"])


def extract_bytes(data: bytes, name: str) -> None:
    try:
        doc = read_bytes(data, name)
    except UnreadableDocument as exc:
        assert exc.code and exc.reason
        return
    check_record(doc, extract(doc).to_dict())


@given(text_strategy, st.sampled_from(["report.txt", "report.md", "report.html", "x"]))
def test_extract_of_any_text_validates_against_the_contract(text, name):
    extract_bytes(text.encode("utf-8", "surrogatepass"), name)


@given(st.binary(max_size=2000), st.sampled_from(["report.txt", "report.docx", "report.pdf", "report.html"]))
def test_extract_of_any_bytes_is_readable_or_refused(data, name):
    extract_bytes(data, name)


@pytest.mark.parametrize("prefix", [b"%PDF-1.4\n", b"PK\x03\x04", b"{\\rtf1 ", b"<html><body>", b"\xff\xfe"])
@given(data=st.binary(max_size=1500))
def test_extract_of_bytes_behind_a_magic_number(prefix, data):
    extract_bytes(prefix + data, "report.bin")


@given(st.lists(st.sampled_from(WORDS), min_size=5, max_size=80).map(" ".join))
def test_report_like_text_keeps_evidence_exact(text):
    assume(text.strip())
    extract_bytes(("Отчет\n28.10.2022 16:14\n" + text).encode(), "report.txt")
