"""Field comparisons of the scorer: counts of matched, missed and extra items per document."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from etl.evaluate_names import distinctive_words, same_body


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    docs: int = 0
    exact_docs: int = 0
    missed: list[Any] = field(default_factory=list)
    extra: list[Any] = field(default_factory=list)

    def add(self, other: FieldScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.docs += other.docs
        self.exact_docs += other.exact_docs

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "docs": self.docs,
                "exact_docs": self.exact_docs, "precision": self.precision, "recall": self.recall,
                "f1": self.f1}


def compare_multiset(expected: Iterable[Any], predicted: Iterable[Any]) -> FieldScore:
    exp, pred = Counter(expected), Counter(predicted)
    both = exp & pred
    missed, extra = exp - both, pred - both
    s = FieldScore(tp=sum(both.values()), fp=sum(extra.values()), fn=sum(missed.values()), docs=1)
    s.missed, s.extra = sorted(missed.elements(), key=str), sorted(extra.elements(), key=str)
    s.exact_docs = int(not s.fp and not s.fn)
    return s


def compare_variants(expected: Iterable[tuple[str, str]], predicted: Iterable[tuple[str, str]]) -> FieldScore:
    """Organizations with roles, where a missed and an extra name of the same role that plausibly name one
    body ("Naryn Women Entrepreneurs Association" / "Association of Women Entrepreneurs of Naryn") match:
    how an analyst reading both lists would count them."""
    s = compare_multiset(expected, predicted)
    places = place_words()
    extra = list(s.extra)
    missed = []
    for name, role in s.missed:
        hits = [k for k, (other, other_role) in enumerate(extra) if other_role == role and same_body(name, other, places)]
        if len(hits) == 1:
            extra.pop(hits[0])
        else:
            missed.append((name, role))
    out = FieldScore(tp=s.tp + len(s.missed) - len(missed), fp=len(extra), fn=len(missed), docs=1)
    out.missed, out.extra = missed, extra
    out.exact_docs = int(not out.fp and not out.fn)
    return out


@cache
def place_words() -> frozenset[str]:
    """Skeletons of the gazetteer's place names: one such word alone names no single body."""
    from etl.reference.gazetteer import gazetteer

    return frozenset(w for unit in gazetteer().units.values() for w in distinctive_words(unit.name))


def compare_single(expected: Any, predicted: Any) -> FieldScore:
    return compare_multiset([expected] if expected is not None else [],
                            [predicted] if predicted is not None else [])


def compare_dates(expected: Sequence[str], predicted: Sequence[tuple[str, bool]]) -> FieldScore:
    """Exact dates first; then each ``--MM-DD`` label takes a same-day date whose year was inferred."""
    pool = list(predicted)
    tp, missed = 0, []
    partial = [d for d in expected if d.startswith("--")]
    for d in (d for d in expected if not d.startswith("--")):
        hit = next((i for i, (p, _) in enumerate(pool) if p == d), None)
        if hit is None:
            missed.append(d)
        else:
            pool.pop(hit)
            tp += 1
    for d in partial:
        hit = next((i for i, (p, inferred) in enumerate(pool) if inferred and p[4:] == d[1:]), None)
        if hit is None:
            missed.append(d)
        else:
            pool.pop(hit)
            tp += 1
    s = FieldScore(tp=tp, fp=len(pool), fn=len(missed), docs=1)
    s.missed = missed
    s.extra = [p + (" (year inferred)" if inferred else "") for p, inferred in pool]
    s.exact_docs = int(not s.fp and not s.fn)
    return s
