"""The date grammar: every date-like mention in folded Kyrgyz, Russian or English text.

``find_dates`` returns what each mention fixes (the year may be missing);
``DateMention.resolve`` turns it into ISO start/end dates, inferring a missing year
from a reference date.  Which mention is the report's own date or an event's is
decided elsewhere (``dateline``, ``dates_context``).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from etl.extract.dates_ranges import join_year_ranges
from etl.text import digit_runs

# ------------------------------------------------------------------ vocabulary

_MONTH_STEMS: tuple[tuple[str, int], ...] = (
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6), ("июл", 7),
    ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
)
_EN_MONTHS: tuple[tuple[str, int], ...] = (
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9),
    ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
)
# A Cyrillic month word ends in a real inflection, never in any letters at all: "30 майыптыгы" (30
# people with disabilities), "мартаба" (rank), "Майлуу-Суу", "октябрьский" are no months.
# Kyrgyz: possessive + n-case (-ында, -унда, -инен, -ына, -ынын, -ындагы), bare case (-да/-та,
# -дан, -га/-ка, -дын, -дагы) or the possessive alone; Russian: -ь, -я, -е, -ю, -ем, -а, -у, -ом.
_KY_MONTH_TAIL = (r"(?:[ыуи](?:н(?:да|де|до|ду|дагы|деги|догу|ан|ен|он|а|е|о|ын|ин|ун))?"
                  r"|[дт](?:а|е|о|агы|еги|огу|ан|ен|он|ын|ин|ун)|[гк][аео])")
_RU_MONTH_TAIL = r"(?:ь|я|е|ю|ем|а|у|ом)"
# "май" is also "oil", "майка" a shirt; "майда"/"майдан" are "small"/"square": May only when
# hyphened to the day ("21-майда").
_CYR_MONTH = (r"(?:(?:июн|июл)\.(?=\s*(?:19|20)\d\d)|"  # "5 июл. 2024, 18:40": a short form before its year
              r"(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)"
              rf"(?:ь?{_KY_MONTH_TAIL}|{_RU_MONTH_TAIL})?"
              rf"|ма(?:[яею]|ем)|май(?!(?:дан?|ка)(?![а-я])){_KY_MONTH_TAIL}?|(?<=-)майдан?"
              # news agencies' short forms: "БИШКЕК, 14 ноя — Sputnik."
              r"|(?:янв|фев|мар|апр|авг|сент?|окт|ноя|дек)\.?)(?![а-я])")
_CYR_SHORT_MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
                     "ноя": 11, "дек": 12}
# only a short form takes a dot ("Nov. 29"): "11 March." ends a sentence
_EN_MONTH = (r"(?:(?:" + "|".join(n for n, _ in _EN_MONTHS if len(n) > 4 or n in ("may", "june", "july"))
             + r")|(?:" + "|".join(n for n, _ in _EN_MONTHS if len(n) <= 4 and n not in ("may", "june", "july"))
             + r")\.?)(?![a-z])")
_MONTH = rf"(?P<{{g}}>{_CYR_MONTH}|{_EN_MONTH})"

_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
_KY_SEASON = r"(?P<season>жаз|жай|куз|кыш)(?:ын|ун|ы|у)?(?:да|до|та|то|нда|нде|нду|ндо)"
_RU_SEASON = (r"(?P<season>весн[аоыуе]й?|весной|лет[оа]м?|осен[ьиюь]ю?|зим[аоыуе]й?|"
              r"spring|summer|autumn|fall|winter)")
_SEASON_OF = {"жаз": "spring", "жай": "summer", "куз": "autumn", "кыш": "winter", "вес": "spring",
              "лет": "summer", "осе": "autumn", "зим": "winter", "spr": "spring", "sum": "summer",
              "aut": "autumn", "fal": "autumn", "win": "winter"}

_DASH = r"\s*[-–—]\s*"
_TO = r"(?:\s*[-–—]\s*|\s+(?:по|до|to|till|until)\s+)"
_YEAR = r"(?P<{g}>(?:19[5-9]\d|20\d\d))"
# A year may be glued to a preceding time ("06:002018-жылдын").
_YEAR_START = r"(?:(?<![\d.,])|(?<=\d\d:\d\d))"
_RU_YEAR_WORD = r"(?:\s*(?:года|году|год|гг?\.?|г(?![а-я])))?"
_KY_YEAR_WORD = r"\s*-?\s*(?:жылдын|жылы|жылдан|жылда|жылга|ж\.|ж(?![а-я]))"


# A Kyrgyz ablative month ("15-февралынан 15-мартына чейин") opens a range with no word between.
_KY_FROM = r"(?<=[нтд][аеоы]н)"


def _m(name: str) -> str:
    return _MONTH.format(g=name)


def _y(name: str) -> str:
    return _YEAR.format(g=name)


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(p)) for kind, p in (
    # 2023-06-23
    ("iso", r"(?<![\d-])" + _y("y1") + r"-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)(?![\d])"),
    # 23.06.2023, 23-24.06.2023, 23.06-02.07.2023, 23.06.2023 - 02.07.2023
    # and "с 10.10.2023 по 12.10.2023", "from 10.10.2023 to 12.10.2023"
    ("numeric", r"(?<![\d.,а-яa-z])(?:(?P<from>с|from)\s+)?(?P<d1>[0-3]?\d)(?:" + _TO + r"(?P<d1b>[0-3]?\d))?\.(?P<m1>[01]?\d)"
                r"(?:\.(?P<y1>(?:19|20)\d\d|\d\d))?(?:" + _TO + r"(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\."
                r"(?P<y2>(?:19|20)\d\d))?(?![\d]|\.\d)"),
    # Kyrgyz, year first: 2023-жылдын 23-24-июнунда / 30-майынан 2-июнуна чейин / март айында / жазында
    ("ky", _YEAR_START + _y("y1") + _KY_YEAR_WORD + r"\s*(?:"
           r"(?P<d1>[0-3]?\d)(?:" + _DASH + r"(?P<d1b>[0-3]?\d))?\s*-?\s*" + _m("mon1")
           + r"(?:" + r"\s*[-–—]?\s*(?P<d2>[0-3]?\d)\s*-?\s*" + _m("mon2") + r")?"
           r"|" + _m("mon0") + r"(?:\s+ай[а-я]*)?(?:" + _DASH + _m("mon2b") + r"(?:\s+ай[а-я]*)?)?"
           r"|" + _KY_SEASON + r")"),
    # English: November 20, 2023 / November 20-21, 2023
    # and without the year: "On Tuesday, March 5, a meeting …" (the year is then inferred)
    # and across months: "from May 24 to July 2, 2021", "November 30 – December 2, 2023"
    # and within one: "from October 14 to 16", "October 14 to 16, 2025" (not "On May 5 to 10 people came")
    ("en", r"(?<![a-z])(?:(?P<from>from)\s+)?(?P<mon1>" + _EN_MONTH + r")\s+(?P<d1>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?:(?:" + _DASH
           + r"|\s+(?:to|till|until|through)\s+(?(from)|(?=[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)))"
           r"(?P<d1b>[0-3]?\d)(?!\d|[:.]\d)(?:st|nd|rd|th)?|(?:" + _DASH + r"|\s+(?:to|till|until|through)\s+)(?P<mon2>" + _EN_MONTH
           + r")\s+(?P<d2>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?)?(?:,?\s+" + _y("y1") + r")?"),
    # Day month (year): 23-24 июня 2023 года, с 23 по 24 июня, 30 мая – 2 июня 2023, 29-август куну,
    # 15-февралынан 15-мартына чейин,
    # 20 November 2023
    # 5-го марта, "с 10-го по 12-е марта", "5, 6 и 7 марта" (days listed: the first to the last)
    ("dm", r"(?<![\d.,а-яa-z])(?:(?P<from>с|from)\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th|-го)?"
           r"(?:(?:(?:,\s*[0-3]?\d(?!\d)){1,6}+\s*(?:and|и)|\s*(?:[-–—]|по|до|to|and|и))\s*"
           r"(?P<d1b>[0-3]?\d)(?:-го|-е|-ое)?)?(?:\s*-\s*|\s+(?:of\s+)?)" + _m("mon1")
           + r"(?:(?:\s*(?:[-–—]|по|до|to)\s*|" + _KY_FROM + r"\s+)(?P<d2>[0-3]?\d)(?:\s*-\s*|\s+)" + _m("mon2")
           + r")?"
           r"(?:,?\s+" + _y("y1") + _RU_YEAR_WORD + r")?"),
    # Month year: в марте 2023 года, March 2023, март–апрель 2023
    ("my", r"(?<![а-яa-z])" + _m("mon0") + r"(?:" + _DASH + _m("mon2b") + r")?,?\s+(?:of\s+)?" + _y("y1")
           + _RU_YEAR_WORD),
    # Season year: весной 2022 года, spring 2022, in the spring of 2022
    ("season", r"(?<![а-яa-z])" + _RU_SEASON + r"(?:\s+of)?\s+" + _y("y1") + _RU_YEAR_WORD),
    # Year spans: 2024-2027-жылдарга, на 2024–2027 годы — project periods, never an event day
    ("years", _YEAR_START + _y("y1") + _DASH + r"(?P<y2>(?:19|20)\d\d)(?:\s*-?\s*(?:жыл|год|гг|yy)[а-я.]*)?"),
    # Year spans in words: from 2022 to 2025, с 2021 по 2024 год, 2022-жылдан 2025-жылга чейин
    ("years", r"(?<![\w])(?:from|с|between)\s+" + _y("y1") + r"(?:\s*(?:года|г\.))?\s+(?:to|till|until|по|до|and)\s+"
              r"(?P<y2>(?:19|20)\d\d)" + _RU_YEAR_WORD),
    ("years", _YEAR_START + _y("y1") + r"\s*-?\s*жылдан\s+(?P<y2>(?:19|20)\d\d)\s*-?\s*жыл[а-я]*"),
    # Year alone: 2023-жылы, в 2023 году, in 2023
    ("year", _YEAR_START + _y("y1") + r"(?:" + _KY_YEAR_WORD + r"|\s*(?:года|году|год|г\.)"
             r"|(?<=(?:in|by) \d{4}))(?![\d])"),
    # 12/03/2024: day first, as in Kyrgyzstan
    ("numeric", r"(?<![\d/])(?P<d1>[0-3]?\d)/(?P<m1>[01]?\d)/(?P<y1>(?:19|20)\d\d)(?![\d/])"),
))
_YEAR_ALONE_EN = re.compile(r"(?<![a-z])(?:in|during|since|by)\s+((?:19|20)\d\d)(?![\d-])")


@dataclass(slots=True)
class DateMention:
    """What the text fixes about a date or range; ``y1`` None when the year is not written."""

    kind: str
    span: tuple[int, int]
    y1: int | None
    m1: int | None
    d1: int | None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    precision: str = "day"  # day | month | year

    @property
    def has_year(self) -> bool:
        return self.y1 is not None

    def resolve(self, reference: date | None = None, slack_days: int = 0
                ) -> tuple[date, date, bool] | None:
        """(start, end, year_inferred); a missing year is taken so the date is the latest one
        not after ``reference`` (+ ``slack_days``, for announcements).  Without a reference a
        missing year stays unknown (None): never today's year, so a rerun gives the same dates."""
        y1, y2, inferred = self.y1, self.y2, False
        if y1 is None:
            if reference is None:
                return None
            ref = reference
            y1 = ref.year
            probe = _safe_date(y1, self.m1 or 1, self.d1 or 1)
            if probe is None:
                return None
            if probe > ref + timedelta(days=slack_days):
                y1 -= 1
            y2, inferred = None, True
        m1, m2 = self.m1 or 1, self.m2 or self.m1 or 12
        if y2 is None:
            y2 = y1 if m2 >= m1 else y1 + 1
        if self.precision == "year":
            m1, m2 = 1, 12 if self.m2 is None else self.m2
            if self.kind == "years":
                m2 = 12
        d1 = self.d1 or 1
        d2 = self.d2 or (self.d1 if self.precision == "day" else None)
        start = _safe_date(y1, m1, d1)
        end_day = d2 or calendar.monthrange(y2, m2)[1]
        end = _safe_date(y2, m2, end_day)
        if start is None or end is None or end < start:
            return None
        return start, end, inferred


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_number(word: str) -> int | None:
    w = word.rstrip(".")
    if w in _CYR_SHORT_MONTHS:
        return _CYR_SHORT_MONTHS[w]
    for name, num in _EN_MONTHS:
        if w == name:
            return num
    for stem, num in _MONTH_STEMS:
        if w.startswith(stem):
            return num
    return None


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _year(s: str | None) -> int | None:
    if not s:
        return None
    y = int(s)
    return y + 2000 if y < 100 else y


def _backwards(m1: int, d1: int, m2: int, d2: int) -> bool:
    """Whether a second day and month "after" the first lie before it: two dates, never a range (a range
    across New Year goes from December to January)."""
    return (m2 == m1 and d2 < d1) or (m2 < m1 and m1 - m2 < 6)


def _mention(kind: str, m: re.Match[str]) -> DateMention | None:
    g = m.groupdict()
    span = (m.start(), m.end())
    if kind in ("iso", "numeric"):
        d1, m1, y1 = _int(g["d1"]), _int(g["m1"]), _year(g.get("y1"))
        y2, m2, d2 = _year(g.get("y2")), _int(g.get("m2")), _int(g.get("d2"))
        if g.get("d1b"):
            d2, m2 = _int(g["d1b"]), m1
        if y1 is None and y2 is None:
            return None  # "1.5" or "12.03" alone: too weak to be a date
        if g.get("from") and d2 is None and m2 is None:
            span = (m.start("d1"), m.end())  # "с 10.10.2023" alone is "since": the cue stays before it
        if y1 is None:
            y1 = y2 if (m1 or 0) <= (m2 or 0) else (y2 or 0) - 1
        if not (m1 and 1 <= m1 <= 12) or (m2 is not None and not 1 <= m2 <= 12):
            return None
        return DateMention(kind, span, y1, m1, d1, y2 or (y1 if m2 else None), m2, d2, "day")
    if kind == "years":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 <= y1:
            return None
        return DateMention(kind, span, y1, 1, None, y2, 12, None, "year")
    if kind == "year":
        return DateMention(kind, span, int(g["y1"]), None, None, precision="year")
    y1 = _year(g.get("y1"))
    season = g.get("season")
    if season:
        first, last = _SEASONS[_SEASON_OF[season[:3]]]
        if y1 is None:
            return None
        if first > last:  # winter: December of the year before to February
            return DateMention(kind, span, y1 - 1, first, None, y1, last, None, "month")
        return DateMention(kind, span, y1, first, None, y1, last, None, "month")
    if g.get("mon0"):
        m1 = month_number(g["mon0"])
        m2 = month_number(g["mon2b"]) if g.get("mon2b") else m1
        if m1 is None or m2 is None:
            return None
        return DateMention(kind, span, y1, m1, None, None, m2, None, "month")
    m1 = month_number(g["mon1"])
    if m1 is None or not g.get("d1"):
        if kind == "ky" and y1 is not None:  # "2023-жылы ..." followed by something else
            return None
        return None
    d1 = int(g["d1"])
    d2 = _int(g.get("d1b"))
    m2 = m1
    if g.get("d2") and g.get("mon2"):
        d2, m2 = int(g["d2"]), month_number(g["mon2"])
        if m2 is None:
            return None
        if _backwards(m1, d1, m2, d2):  # "2025-жылдын 8-октябры — 7-октябрда …": a dateline, then the lead's day
            return DateMention(kind, (span[0], m.end("mon1")), y1, m1, d1, None, m1, None, "day")
    if not 1 <= d1 <= 31 or (d2 is not None and not 1 <= d2 <= 31):
        return None
    if d2 is not None and m2 == m1 and d2 < d1:
        return None
    if kind == "en" and g.get("from") and d2 is None:
        span = (m.start("mon1"), m.end())  # "from May 24" alone is "since": the cue stays before it
    return DateMention(kind, span, y1, m1, d1, None, m2, d2, "day")


_MARGIN = 45  # every date has a digit; none reaches further than this from its nearest digit
# Digit runs no further apart than two margins share one window.
# Possessive: a shorter gap than the longest run of non-digits is followed by a non-digit, so giving
# characters back can never find the next digit (same matches, no backtracking over each gap).
# "\d\d*+" rather than "\d++": a pattern that opens with a class lets re skip to the next digit in C.
_CLUSTER = re.compile(rf"\d\d*+(?:\D{{0,{2 * _MARGIN}}}+\d++)*")

# What each pattern cannot match without, checked per window (substring tests and tiny
# patterns) before running it: most windows hold one or two kinds of date, or none.
_CYR_MONTH_NEEDLES = ("янв", "фев", "мар", "апр", "май", "мая", "мае", "маю", "июн", "июл", "авг",
                      "сен", "окт", "ноя", "дек")
_EN_MONTH_NEEDLES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASON_NEEDLES = ("весн", "лет", "осен", "зим", "spring", "summer", "autumn", "fall", "winter")
_RANGE_NEEDLES = ("to", "till", "until", "по", "до", "and")
_LATIN = re.compile(r"[a-z]")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_ISO_GATE = re.compile(r"\d-[01]\d-[0-3]\d")
_DAY_DOT_MONTH = re.compile(r"\d\.\d")
_KY_YEAR_GATE = re.compile(r"(?:19|20)\d\d\s*-?\s*ж")
_RU_YEAR_GATE = re.compile(r"(?:19|20)\d\d\s*г")


def _gates(seg: str) -> tuple[bool, ...]:
    """For each of ``_PATTERNS`` (and last ``_YEAR_ALONE_EN``): may it match in ``seg``?"""
    years = len(_YEARISH.findall(seg))
    en_month = _LATIN.search(seg) is not None and any(w in seg for w in _EN_MONTH_NEEDLES)
    month = en_month or any(w in seg for w in _CYR_MONTH_NEEDLES)
    if not years:  # only "23.06", "29 августа" and "March 5" go without a year
        return (False, _DAY_DOT_MONTH.search(seg) is not None, False, en_month, month) + (False,) * 8
    ky_year = _KY_YEAR_GATE.search(seg) is not None
    two = years >= 2
    return (
        _ISO_GATE.search(seg) is not None,  # iso
        _DAY_DOT_MONTH.search(seg) is not None,  # numeric
        ky_year,  # ky
        en_month,  # en
        month,  # dm
        month,  # my
        any(w in seg for w in _SEASON_NEEDLES),  # season
        two and ("-" in seg or "–" in seg or "—" in seg),  # years: 2024-2027
        two and any(w in seg for w in _RANGE_NEEDLES),  # years: from 2022 to 2025
        two and "жылдан" in seg,  # years: 2022-жылдан 2025-жылга
        ky_year or _RU_YEAR_GATE.search(seg) is not None or "in " in seg or "by " in seg,  # year
        "/" in seg,  # 12/03/2024
        "in" in seg or "by" in seg,  # _YEAR_ALONE_EN
    )


def _windows(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    if start == 0 and end == len(folded):  # the whole text: its digit runs are read once and shared
        clusters: list[tuple[int, int]] = []
        for a, b in digit_runs(folded):  # what _CLUSTER.finditer gives: runs joined over gaps of <= 2 margins
            if clusters and a - clusters[-1][1] <= 2 * _MARGIN:
                clusters[-1] = (clusters[-1][0], b)
            else:
                clusters.append((a, b))
    else:
        clusters = [m.span() for m in _CLUSTER.finditer(folded, start, end)]
    return [(max(start, a - _MARGIN), min(end, b + _MARGIN)) for a, b in clusters]


def find_dates(folded: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date mentions in ``folded[start:end]``, longest first where they overlap, in text order.

    The grammar only runs in windows around digits, and a pattern only where the window holds
    a word it cannot match without: the same matches, a fraction of the work.
    """
    end = len(folded) if end is None else end
    found: list[DateMention] = []
    for ws, we in _windows(folded, start, end):
        gates = _gates(folded[ws:we])
        taken = _Taken()  # windows are disjoint and no match leaves its window
        for (kind, pattern), may_match in zip(_PATTERNS, gates, strict=False):
            if not may_match:
                continue
            pos = ws
            while (m := pattern.search(folded, pos, we)) is not None:
                pos = max(m.end(), pos + 1)
                if taken.overlaps(m.start(), m.end()):
                    pos = taken.end_after(m.start())  # what lies past the date already read is read on
                    continue
                mention = _mention(kind, m)
                if mention is None:
                    continue
                found.append(mention)
                taken.add(*mention.span)
                pos = mention.span[1]  # a match cut short leaves its rest to be read again
        if gates[-1]:
            for m in _YEAR_ALONE_EN.finditer(folded, ws, we):
                if not taken.overlaps(m.start(1), m.end(1)):
                    found.append(DateMention("year", (m.start(1), m.end(1)), int(m.group(1)), None, None,
                                             precision="year"))
                    taken.add(m.start(1), m.end(1))
    found.sort(key=lambda d: d.span[0])
    return join_year_ranges(folded, found)


class _Taken:
    """Disjoint [start, end) spans, sorted: overlap test by bisection (a window may hold thousands)."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect_left(self.ends, a + 1)  # first span ending after a
        return i < len(self.starts) and self.starts[i] < b

    def end_after(self, a: int) -> int:
        """The end of the first span ending after ``a`` (one must)."""
        return self.ends[bisect_left(self.ends, a + 1)]

    def add(self, a: int, b: int) -> None:
        i = bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)
