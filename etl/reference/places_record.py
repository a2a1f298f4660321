"""A sentence that tells a body's record over earlier years rather than the reported event: an earlier
event held in another year ("The first forum was held in Batken in 2024", "в 2023 году фонд провел 5 акций
в Токмоке"), the work of a period that ends by the report's year ("за 2024–2025 годы обучение прошли
сотрудники ... Чуйской и Таласской областей", "2021–2024-жылдары"), or of years counted back from now
("over the past three years", "за последние годы", "акыркы беш жылда").  Its places are where that earlier
work was, not where the report's event happened (tests/fixtures/eval/README.md, "Places")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.text import main_year

# An earlier year told as such ("в 2023 году", "2023-жылы", "in 2024"); a full date ("5 мая 2023 года",
# "2023-жылдын 5-майында") is an event's own date and is left to the other rules.
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*(?:году|г\.)|[-\s]?жылы(?![а-я]))|(?<![a-z])in\s+((?:19|20)\d\d)(?!\d)")
# A past event's verb: held, organised, trained, visited, built ...
_DONE = re.compile(
    r"(?<![а-яa-z])(?:прош[её]л|прошла|прошли|провел\w*|провёл|проведен\w*|организова\w*|обучил\w*|построен\w*|"
    r"постро\w*л\w*|открыл\w*|открыт\w*|состоял\w*|[оө]тт[уү]|[оө]тк[оө]р\w*|[оө]тк[оө]н|окут\w*|куруп|курулган|ачылган|"
    r"ачкан|уюштур\w*|held|took\s+place|organi[sz]ed|trained|built|opened|hosted|ran|gathered|visited)(?![а-яa-z])")
# The year dates the body, not the event: "Фонд, основанный в 2010 году, провел ...", "2015-жылы түзүлгөн".
_FOUNDED = re.compile(r"(?<![а-яa-z])(?:основан\w*|создан\w*|учрежден\w*|зарегистрирован\w*|түзүлг\w*|негизделг\w*|"
                      r"уюшулг\w*|founded|established|created|registered|set\s+up)(?![а-яa-z])")
_DAY_MONTH = re.compile(r"(?<![\d])\d{1,2}(?:-|\s+)(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|"
                        r"ноябр|декабр|january|february|march|april|may|june|july|august|september|october|"
                        r"november|december)")
# (the place rules' folded text has spaces for dashes: "2024 2025 годы")
# A period that ends by the report's year: "за 2024–2025 годы", "в 2021–2024 годах", "2021–2024-жылдары",
# "in 2021–2024", "between 2021 and 2024"; not a project's term "с 2021 по 2024 год" (where it works).
_PERIOD = re.compile(
    r"(?<![а-яa-z])(?:за|в|in|during|over|between)?\s*((?:19|20)\d\d)(?:\s*(?:[-–—]|and)\s*|\s)((?:19|20)\d\d)"
    r"(?:\s*(?:годы|годах|гг\.?|год)|[-\s]?жылдар\w*|(?![\d-]))")
# Years counted back from now: "over the past three years", "in recent years", "за последние 5 лет",
# "в последние годы", "за годы работы", "акыркы беш жылда", "акыркы жылдары", "over the years".
_RECENT_YEARS = re.compile(
    r"(?<![а-яa-z])(?:over\s+the\s+(?:past|last)\s+(?:\w+\s+)?years|in\s+(?:the\s+)?(?:past|last|recent)\s+(?:\w+\s+)?years|"
    r"over\s+the\s+years|за\s+последние\s+(?:\w+\s+)?(?:лет|года|годы)|в\s+последние\s+(?:\w+\s+)?(?:лет|года|годы)|"
    r"за\s+годы\s+(?:работы|реализации|деятельности|существования)|акыркы\s+(?:\w+\s+)?жыл\w*)(?![а-яa-z])")
# One more of its forms, kept apart: "(any word) жылдан бери" opens with any word characters, which left re no
# first characters to scan for (the whole pattern was tried at every character of the sentence); alone, it is
# searched only where "жылдан" occurs.  Either one matching is the one pattern with both matching.
_YEARS_SINCE = re.compile(r"(?<![а-яa-z])(?:бир\s+нече|\w+)\s+жылдан\s+бери(?![а-яa-z])")


def _recent_years(ft: str, a: int, b: int) -> bool:
    return _RECENT_YEARS.search(ft, a, b) is not None or (
        ft.find("жылдан", a, b) >= 0 and _YEARS_SINCE.search(ft, a, b) is not None)


_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# An event that presents a programme's results: its record to date is the event's subject, and the
# places of that record with their figures are the activity's coverage (fixture 060, sample 002).
_RESULTS_EVENT = re.compile(
    r"(?<![а-яa-z])(?:present\w*\s+(?:the\s+)?(?:\w+\s+)?results|results\s+(?:\w+\s+){0,3}(?:were|was)\s+presented|"
    r"представ\w+\s+(?:\w+\s+)?(?:итоги|результаты)|(?:итоги|результаты)\s+(?:\w+\s+){0,3}представ\w+|"
    r"(?:подвел|обсудил|обсуждал|рассмотрел)\w*\s+(?:\w+\s+)?(?:итоги|результаты)|discuss\w*\s+(?:the\s+)?(?:\w+\s+)?results|жыйынтыктар\w*\s+(?:\w+\s+)?(?:тааныштыр|бөлүш|болуш|сунуш)\w*|"
    r"натыйжалар\w*\s+(?:\w+\s+)?(?:тааныштыр|бөлүш|болуш|сунуш)\w*)")


@lru_cache(maxsize=8)  # per text, like main_year: the place rules ask it of one document at a time
def presents_results(ft: str) -> bool:
    return bool(_RESULTS_EVENT.search(ft))


def record_kept(ft: str, s_start: int, s_end: int, counted: bool, said: bool) -> bool:
    """A record sentence with a counted figure, no speaker telling it, in a text that presents results:
    that record is what the event shows, its places the activity's coverage."""
    return counted and not said and presents_results(ft)


@lru_cache(maxsize=64)  # pure; the several names of one sentence ask it the same question
def earlier_record(ft: str, s_start: int, s_end: int, counted: bool, said: bool) -> bool:
    """``ft[s_start:s_end]`` (folded text) tells work of earlier years than the text's own; ``counted``:
    the sentence counts what was covered, ``said``: a speaker tells it."""
    if _recent_years(ft, s_start, s_end):
        return not record_kept(ft, s_start, s_end, counted, said)
    if not _ANY_YEAR.search(ft, s_start, s_end):
        return False
    year = main_year(ft)  # cached per text: asked only of a sentence that names a year
    if year is None:
        return False
    for m in _PERIOD.finditer(ft, s_start, s_end):
        first, last = int(m.group(1)), int(m.group(2))
        if first < last <= year:
            return not record_kept(ft, s_start, s_end, counted, said)
    if str(year) in ft[s_start:s_end]:
        return False
    years = [int(a or b) for a, b in _YEAR.findall(ft, s_start, s_end)]
    if not years or not all(y < year for y in years):
        return False
    lead = _ANY_YEAR.search(ft)
    if lead and s_start <= lead.start() < s_end:
        return False  # the first sentence that names a year dates the report's own event
    return bool(_DONE.search(ft, s_start, s_end)) and not _FOUNDED.search(ft, s_start, s_end) \
        and not _DAY_MONTH.search(ft, s_start, s_end)


# "подала заявку на грант для открытия второго такого центра в Тюпском районе", "plans another such centre
# in ...", "экинчи ушундай борборду ... ачууну көздөйт": one more of the same thing, elsewhere.
_ANOTHER_SUCH = re.compile(
    r"(?<![а-яa-z])(?:втор\w+|треть\w+|ещ[её]\s+одн\w+|another|a\s+second|экинчи|дагы\s+бир)\s+"
    r"(?:так\w+|such|ушундай|мындай)(?![а-яa-z])")


def another_such(ft: str, s_start: int, s_end: int) -> bool:
    """The sentence speaks of one more of the same thing (the caller checks that it tells no held event)."""
    return bool(_ANOTHER_SUCH.search(ft, s_start, s_end))
