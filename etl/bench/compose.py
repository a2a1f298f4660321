"""One generated report: the facts, drawn at random, written out in Kyrgyz and/or Russian.

``compose(seed, index, variant)`` is a pure function of its arguments: the same
triple always gives the same text and the same expectation.  Facts are drawn
first, then each language part is written from the same facts, so a bilingual
report states every figure twice but its expectation lists it once.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from etl.bench import phrases as ph
from etl.bench.places import OSH_SETTLEMENTS, PlaceForms, gazetteer, osh_settlements
from etl.bench.vocab import LEADS_RU, ORGS, PROJECTS, TOPICS, Org

EVENT_TYPES = tuple(LEADS_RU)
ROLE_KINDS = {"donor": ("donor", "un"), "implementer": ("ngo", "un"), "partner": ("ngo",),
              "government": ("government",), "participant_org": ("ngo",)}
CURRENCIES = ("USD", "KGS", "EUR", "CHF")


@dataclass(slots=True)
class Facts:
    langs: tuple[str, ...]
    event_types: list[str]
    topic: tuple[str, str]
    start: dt.date | None
    end: dt.date | None
    year_in_text: bool
    published: dt.date | None
    dateline_form: int
    places: list[PlaceForms]
    orgs: list[tuple[Org, str]]
    project: tuple[str, str, str] | None
    indicators: list[tuple[str, str, float, str]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Composed:
    index: int
    variant: int
    fmt: str
    encoding: str
    title: str
    dateline: str | None
    paragraphs: list[str]
    langs: tuple[str, ...]
    created: dt.date  # file metadata date (docx core properties, pdf Info)
    expected: dict[str, Any]


def _pick_places(rng: random.Random, langs: tuple[str, ...]) -> list[PlaceForms]:
    gz = gazetteer()
    need_ky = "ky" in langs
    r = rng.random()
    if r < 0.05:
        return [osh_settlements(rng.sample(OSH_SETTLEMENTS, rng.randint(1, 4)))]
    if r < 0.25:
        first = rng.choice(gz.oblasts)
    elif r < 0.5:
        first = rng.choice(gz.rayons)
    elif r < 0.75:
        first = rng.choice(gz.cities)
    else:
        pool = [a for a in gz.aimaks if a.ky_loc or not need_ky]
        first = rng.choice(pool)
    chosen = [first]
    if rng.random() < 0.3:  # a second place named later in the report
        second = rng.choice(gz.oblasts + gz.rayons + gz.cities)
        if not set(second.codes) & set(first.codes):
            chosen.append(second)
    return chosen


def _pick_orgs(rng: random.Random) -> list[tuple[Org, str]]:
    picked: list[tuple[Org, str]] = []
    used: set[str] = set()
    for role, p in (("donor", 0.8), ("implementer", 0.9), ("partner", 0.35),
                    ("government", 0.3), ("participant_org", 0.15)):
        if rng.random() >= p:
            continue
        pool = [o for o in ORGS if o.kind in ROLE_KINDS[role] and o.name not in used]
        org = rng.choice(pool)
        used.add(org.name)
        picked.append((org, role))
    return picked


def _pick_indicators(rng: random.Random, types: list[str]) -> tuple[list[tuple[str, str, float, str]], list[str]]:
    out: list[tuple[str, str, float, str]] = []
    flags: list[str] = []
    if rng.random() < 0.8:
        total = rng.randint(8, 400)
        out.append(("participants", "total", total, "person"))
        if rng.random() < 0.5:
            female = rng.randint(1, total - 1)
            male = total - female
            if rng.random() < 0.06:
                male += rng.choice((-1, 1)) * rng.randint(1, 20)
                male = max(male, 1)
                if female + male != total:
                    flags.append("sex_split_mismatch")
            out += [("participants", "female", female, "person"), ("participants", "male", male, "person")]
        if rng.random() < 0.2:
            out.append(("officials_participants", "total", rng.randint(2, max(2, total // 3)), "person"))
    if rng.random() < 0.3:
        out.append(("sessions_held", "total", rng.randint(2, 40), "session"))
    if rng.random() < 0.25:
        out.append(("settlements_covered", "total", rng.randint(2, 60), "settlement"))
    if rng.random() < 0.15:
        out.append(("institutions_covered", "total", rng.randint(2, 80), "institution"))
    if "training" in types and rng.random() < 0.35:
        out.append(("people_trained", "total", rng.randint(5, 300), "person"))
    if rng.random() < 0.2:
        out.append(("beneficiaries", "total", rng.randint(50, 20000), "person"))
    grants = "grant_award" in types or "competition" in types
    if rng.random() < (0.8 if grants else 0.05):
        out.append(("grants_awarded", "total", rng.randint(2, 50), "grant"))
    if rng.random() < (0.6 if grants else 0.2):
        currency = rng.choice(CURRENCIES)
        if currency == "KGS" and rng.random() < 0.4:
            value: float = rng.randint(10, 99) * 100_000  # written "2,3 млн сом"
        elif currency == "KGS":
            value = rng.randint(50, 4_000) * 1_000
        else:
            value = rng.randint(1_000, 250_000)
        out.append(("funding_amount", "total", value, currency))
    return out, flags


def draw_facts(rng: random.Random) -> Facts:
    r = rng.random()
    langs = ("ky",) if r < 0.4 else ("ru",) if r < 0.8 else ("ky", "ru")
    types = [rng.choice(EVENT_TYPES)]
    if rng.random() < 0.2:
        types.append(rng.choice([t for t in EVENT_TYPES if t not in types and t != "visit"]))
    start = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
    end = start
    if rng.random() < 0.25:
        end = start + dt.timedelta(days=rng.randint(1, 3))
        if end.month != start.month:
            end = start
    flags: list[str] = []
    year_in_text = True
    event_start: dt.date | None = start
    r = rng.random()
    if r < 0.06:
        event_start = None
        flags.append("no_event_date")
    elif r < 0.13:
        year_in_text = False
        flags.append("year_inferred")
    published = start + dt.timedelta(days=rng.randint(0, 7)) if rng.random() < 0.5 else None
    indicators, ind_flags = _pick_indicators(rng, types)
    project = rng.choice(PROJECTS) if rng.random() < 0.6 else None
    return Facts(langs=langs, event_types=types, topic=rng.choice(TOPICS), start=event_start,
                 end=end if event_start else None, year_in_text=year_in_text, published=published,
                 dateline_form=rng.randint(0, 2), places=_pick_places(rng, langs), orgs=_pick_orgs(rng),
                 project=project, indicators=indicators, flags=flags + ind_flags)


def expected_record(facts: Facts) -> dict[str, Any]:
    def iso(d: dt.date) -> str:
        return d.isoformat() if facts.year_in_text else d.strftime("--%m-%d")

    places: list[str] = []
    for p in facts.places:
        places += [c for c in p.codes if c not in places]
    return {
        "languages": list(facts.langs),
        "published_date": facts.published.isoformat() if facts.published else None,
        "event_types": list(facts.event_types),
        # the further events are told "within" the first ("В рамках мероприятия также …"), so each
        # shares its dates, as an analyst (and the labelling guide's fixture 006) reads them
        "event_dates": [iso(facts.start)] * len(facts.event_types) if facts.start else [],
        "event_end_dates": ([iso(facts.end)] * len(facts.event_types)
                            if facts.end and facts.end != facts.start else []),
        "places": places,
        "organizations": [[o.name, role] for o, role in facts.orgs],
        "projects": [facts.project[0]] if facts.project else [],
        "indicators": [[name, sex, value, unit] for name, sex, value, unit in facts.indicators],
        "quality_flags": sorted(set(facts.flags)),
    }


def _size_target(rng: random.Random) -> int:
    """Text bytes to aim for: mostly 0.5-20 KB (median about 3.5 KB), a few up to 120 KB."""
    if rng.random() < 0.005:
        return rng.randint(20_000, 120_000)
    return int(min(20_000, max(500, rng.lognormvariate(8.15, 0.75))))


def _pick_format(rng: random.Random) -> str:
    r = rng.random()
    return "pdf" if r < 0.02 else "docx" if r < 0.12 else "html" if r < 0.56 else "txt"


def compose(seed: int, index: int, variant: int = 0) -> Composed:
    """Report ``index`` of corpus ``seed``; a ``variant`` > 0 is the same file edited (same format)."""
    fmt = _pick_format(random.Random(f"etl.bench:{seed}:{index}:format"))
    rng = random.Random(f"etl.bench:{seed}:{index}:{variant}")
    facts = draw_facts(rng)
    target = _size_target(rng)
    parts = {lang: ph.write_part(lang, facts, rng) for lang in facts.langs}
    title = parts[facts.langs[0]].title
    # Grow the body with neutral sentences, spread over the language parts, until the target size.
    size = sum(len(p.text_bytes()) for p in parts.values())
    while size < target:
        lang = rng.choice(facts.langs)
        added = ph.add_filler(parts[lang], rng)
        size += added
    paragraphs: list[str] = []
    for i, lang in enumerate(facts.langs):
        if i:
            paragraphs.append("———————-")
        paragraphs += parts[lang].paragraphs(include_title=i > 0)
    dateline = ph.dateline(facts, rng) if facts.published else None
    encoding = "cp1251" if fmt == "txt" and facts.langs == ("ru",) and rng.random() < 0.1 else "utf-8"
    created = facts.published or (facts.start or dt.date(2020, 1, 1)) + dt.timedelta(days=rng.randint(0, 5))
    return Composed(index=index, variant=variant, fmt=fmt, encoding=encoding, title=title, dateline=dateline,
                    paragraphs=paragraphs, langs=facts.langs, created=created, expected=expected_record(facts))
