"""Regions of a normalized text that are not the report's own content (``Document.skip_spans``).

Nothing is deleted: the regions are marked so the extractor can ignore them while
the analyst still sees the whole text.  Only what a reader recognises at a glance
is marked, never a paragraph because it merely names an organization:

- a closing section that opens with a recognisable heading or phrase: "About UNDP",
  "О ЮНИСЕФ", "Фонд жөнүндө:", "Справка:", "Notes to editors", "Контакты для СМИ",
  "For more information", "###" ...  It runs to the end of its language part and
  must start well after the part's beginning (a memo titled "Справка о ..." is content);
- a related-news block: a heading such as "Читайте также", "Окшош жаңылыктар",
  "Related news" and the short headline lines under it;
- page furniture lines: copyright, share and tag lines (photo credits stay: "Фото: пресс-служба
  мэрии" names the report's source);
- fragments: view / comment counters and "Автор: ..." bylines (the rest of the
  line, often a dateline, stays readable).

One regex finds candidate line starts, so a text without any costs one search.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from etl.documents.boilerplate_trailing import trailing_headlines_span
from etl.documents.model import LanguagePart

_BULLET = r"[ \t]*(?:[•*·>|\-–—]+[ \t]*)?"
_KY_U = "[үу]"

# Phrases that open a closing "about / reference / contacts" section, anywhere in their line's start.
# Phrases that open a closing "about / reference / contacts" section.  Loose ones may run on
# ("For more information please contact ..."); strict ones must be a heading (alone or before ":").
_CLOSING_LOOSE = (
    r"notes?\s+(?:to|for)\s+(?:the\s+)?editors?|for\s+(?:more|further|additional)\s+information"
    r"|(?:media|press)\s+(?:contacts?|enquiries|inquiries)|contacts?\s+for\s+(?:the\s+)?(?:media|press)"
    r"|контакты\s+для\s+(?:сми|прессы|журналистов|медиа)|для\s+(?:получения\s+)?(?:более\s+подробной|"
    r"дополнительной)\s+информации|за\s+дополнительной\s+информацией"
    rf"|кошумча\s+маалымат\s+(?:{_KY_U}ч{_KY_U}н|алуу)|жмк\s+{_KY_U}ч{_KY_U}н"
    rf"|маалымат\s+каражаттары\s+{_KY_U}ч{_KY_U}н|байланыш(?:тар)?\s+{_KY_U}ч{_KY_U}н"
)
_CLOSING_STRICT = (
    r"для\s+справки|справочно|справочная\s+информация|справка|для\s+сми|дополнительная\s+информация"
    r"|background\s+information|fact\s+sheet|contacts?|контакты|адрес(?:\s+редакции)?|address"
    rf"|маалымат\s+{_KY_U}ч{_KY_U}н|маалымдама|кыскача\s+маалымат|байланыш(?:тар)?|дарек"
)
_END_MARK = r"#{3,}|-+\s*(?:30|ends?|end|конец)\s*-+|—\s*(?:end|ends|конец)\s*—"
_ABOUT_EN = r"about\s+(?!\d)(?P<en>[^\n:.!?]{1,70}?)"
_ABOUT_RU = r"об?\s+(?P<ru>[^\n:.!?\d]{1,60}?)"
_ABOUT_KY = r"(?P<ky>[^\n:.!?\d]{1,50}?)\s+(?:ж[өо]н{KY}нд[өо]|тууралуу)".replace("{KY}", _KY_U)
_RELATED = (
    r"читайте\s+(?:также|еще|ещё|далее)|смотрите\s+также|похожие\s+(?:новости|материалы|статьи|публикации)"
    r"|другие\s+(?:новости|материалы)|последние\s+новости|новости\s+по\s+теме|материалы\s+по\s+теме"
    r"|ещ[её]\s+(?:новости|по\s+теме)|по\s+теме|популярное|"
    r"related(?:\s+(?:news|articles|stories|posts|content|links))?|read\s+(?:also|more)|see\s+also|more\s+news"
    r"|more\s+(?:stories|from)|latest\s+news|other\s+news|you\s+may\s+also\s+like|recommended"
    r"|окшош\s+(?:жаңылыктар|жаныктар|жанылыктар|материалдар|макалалар)|башка\s+(?:жаңылыктар|жанылыктар)"
    r"|тектеш\s+(?:макалалар|жаңылыктар|материалдар)|акыркы\s+(?:жаңылыктар|жанылыктар)"
    r"|(?:ошондой\s+эле\s+|дагы\s+)?окуңуз|(?:ошондой\s+эле\s+|дагы\s+)?окунуз|тема\s+боюнча"
    r"|байланыштуу\s+(?:жаңылыктар|жанылыктар)"
)
_FURNITURE = (
    r"©|\(c\)\s*\d|copyright\b|все\s+права\s+защищены|all\s+rights\s+reserved|бардык\s+укуктар"
    r"|(?:поделиться|бөлүшүү|болушуу|share)\s*:"
    r"|теги\s*:|тегдер\s*:|tags\s*:"
)
_FLAGS = re.IGNORECASE | re.MULTILINE
_CLOSING_RE = re.compile(
    rf"{_BULLET}(?:(?P<closing>{_CLOSING_LOOSE})|(?P<strict>(?:{_CLOSING_STRICT})[ \t]*(?:[:—–]|-[ \t]|$))"
    rf"|(?P<end>{_END_MARK}))", _FLAGS)
_RELATED_RE = re.compile(rf"{_BULLET}(?P<related>{_RELATED})", _FLAGS)
_FURNITURE_RE = re.compile(rf"{_BULLET}(?P<furniture>{_FURNITURE})", _FLAGS)
_ABOUT_RE = re.compile(rf"{_BULLET}(?P<about>{_ABOUT_EN}|{_ABOUT_RU})[ \t]*(?::|$)", _FLAGS)
_ABOUT_KY_RE = re.compile(rf"{_BULLET}(?P<about>{_ABOUT_KY})[ \t]*(?::|$)", _FLAGS)
# The first word of every line (one fast pass: the pattern starts with a literal newline); a
# line's patterns are tried only when its first word can start one of their phrases.
_FIRST_WORD = re.compile(r"\n[ \t•*·>|\-–—]*([^\s:]{1,24})")
_CLOSING_WORDS = frozenset("""
notes note for media press contacts contact контакты для за кошумча жмк маалымат байланыш байланыштар
справочно справочная справка дополнительная background fact адрес address маалымдама кыскача дарек
30 end ends конец
""".split())
_RELATED_WORDS = frozenset("""
читайте смотрите похожие другие последние новости материалы ещё еще по популярное related read see more
latest other you recommended окшош башка тектеш акыркы ошондой дагы окуңуз окунуз тема байланыштуу
""".split())
_FURNITURE_WORDS = frozenset("copyright все all бардык поделиться бөлүшүү болушуу share теги тегдер tags".split())
_ABOUT_WORDS = frozenset(("about", "о", "об"))
_ALL_WORDS = _CLOSING_WORDS | _RELATED_WORDS | _FURNITURE_WORDS | _ABOUT_WORDS
_KY_ABOUT_HINTS = ("жөнүндө", "жонундо", "тууралуу")
_FRAGMENT = re.compile(
    r"(?:(?:просмотр(?:ы|ов)|көрүүлөр|коруулор|views|комментари(?:и|ев)|пикирлер|comments)[ \t]*:?[ \t]*"
    r"\(?\d[\d  ]{0,9}\)?|[👁💬][ \t]*\d[\d  ]{0,9}"
    r"|(?:автор|author|автору)[ \t]*:[ \t]*[^\n·|•]{1,60}"
    # a site's clock: "Бишкек убактысы 13:57", "по бишкекскому времени 13:57", "Bishkek time 13:57"
    r"|(?:бишкек\s+убактысы|по\s+бишкекскому\s+времени|bishkek\s+time)[ \t]*:?[ \t]*\d{1,2}:\d{2})",
    re.IGNORECASE,
)
# A site's rate or weather bar, one figure a line: "USD 85.80", "EUR 93,14 ▲", "Бишкек +5°C"; a report
# never gives an amount of money or a place alone on its line like that.
_TICKER_LINE = re.compile(
    r"[ \t]*(?:(?:usd|eur|rub|kzt|cny|gbp|try|доллар|евро|рубль|\$|€|₽)[ \t]*[:=]?[ \t]*\d{1,5}[.,]\d{1,4}"
    r"|[A-ZА-ЯЁӨҮҢ][\w-]{2,20}[ \t]*:?[ \t]*[+\-−–]?\d{1,2}[ \t]*°[ \t]*[CС]?)"
    r"[ \t]*(?:[▲▼↑↓+\-−–][ \t]*\d{0,3}(?:[.,]\d{1,4})?)?[ \t]*$", re.IGNORECASE)
_TICKER_MAX = 40
# Cheap literal hints of a counter or byline (case variants spelled out: no lower() of the whole text).
_FRAGMENT_HINTS = ("росмотр", "өрүүлөр", "оруулор", "iews", "омментари", "икирлер", "omments", "втор",
                   "uthor", "👁", "💬", "убактысы", "времени", "time")
# The heading of a block that is not the article (HTML cleaner): related news, comments, sharing, tags.
BLOCK_HEADING = re.compile(
    rf"(?:{_RELATED}|комментари(?:и|ев)?|пикирлер|comments?|(?:поделиться|бөлүшүү|болушуу|share)(?:\s+\w+)?"
    r"|теги|тегдер|tags|популярные\s+новости|most\s+read|популярдуу)\s*(?:\(\d+\))?\s*:?",
    re.IGNORECASE,
)
# Nouns that make "About the X" an organization/programme profile rather than content.
_ABOUT_NOUNS = re.compile(
    r"^(?:us|organi[sz]ation|foundation|fund|agency|company|project|programme|program|partners?)$"
    r"|^(?:нас|организации|фонде|агентстве|компании|проекте|программе|партн[её]рах)$"
    r"|^(?:биз|уюм|фонд|агенттик|компания|долбоор|программа|уюштуруучулар)$",
    re.IGNORECASE,
)
# "О мероприятии", "Иш-чара жөнүндө": a heading about the event itself is content.
_EVENT_WORDS = re.compile(
    r"мероприят|событи|встреч|тренинг|семинар|форум|конференц|круглом|обучени|иш-чара|иш чара|жолугушуу"
    r"|сынак|тегерек|event|training|meeting|workshop|conference|forum",
    re.IGNORECASE,
)
_CLOSING_MIN_OFFSET = 200   # characters of the part before a closing section may start
_CLOSING_MIN_SHARE = 0.3    # ...and at least this share of the part
_HEADLINE_MAX = 200         # related-news items are headline-length lines
_FURNITURE_MAX = 250
_META_LINE_MAX = 160        # counters and bylines sit on short lines, not inside paragraphs
_STARTS_LIKE_ITEM = re.compile(r"[ \t]*(?:[•*·\-–—]|\d)")


def boilerplate_spans(text: str, parts: Sequence[LanguagePart] = ()) -> list[tuple[int, int, str]]:
    """Sorted, non-overlapping ``(start, end, reason)`` regions of ``text`` to skip."""
    found: list[tuple[int, int, str]] = []
    ky_about = _ky_about_lines(text)
    for first in _FIRST_WORD.finditer("\n" + text):
        start = first.start()  # the line's start in ``text`` (one newline was prepended)
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - start <= _META_LINE_MAX:
            _fragments(text, start, line_end, found)
            if line_end - start <= _TICKER_MAX and _TICKER_LINE.match(text, start, line_end):
                found.append((start, line_end, "page_furniture"))
                continue
        word = first.group(1).lower()
        if not (word in _ALL_WORDS or word[0] in "#-–—©(" or start in ky_about):
            continue
        m = _line_match(text, start, word, start in ky_about)
        if m is None:
            continue
        part_start, part_end = _part_bounds(parts, m.start(), len(text))
        kind = m.lastgroup
        if kind in ("closing", "strict", "end", "about"):
            if kind == "about" and not _is_profile_heading(m, line_end):
                continue
            offset = m.start() - part_start
            if offset < _CLOSING_MIN_OFFSET or offset < _CLOSING_MIN_SHARE * (part_end - part_start):
                continue
            found.append((m.start(), _rstrip(text, m.start(), part_end), "closing_section"))
        elif kind == "related":
            if not _is_heading_line(text, m.end(), line_end):
                continue
            late = m.start() - part_start >= 0.5 * (part_end - part_start)
            found.append((m.start(), _related_end(text, line_end, part_end, late), "related_links"))
        elif line_end - m.start() <= _FURNITURE_MAX:
            found.append((m.start(), line_end, "page_furniture"))
    last_start = parts[-1].start if parts else 0
    trailing = trailing_headlines_span(text, last_start, len(text))
    if trailing is not None:
        found.append((*trailing, "related_links"))
    return _merge(found)


def _fragments(text: str, start: int, end: int, found: list[tuple[int, int, str]]) -> None:
    """Counters and bylines on a short (meta) line: "05.04.2024 · Автор: ... · Просмотры: 412"."""
    line = text[start:end]
    # every counter or byline has a colon, a bracket or an icon: most lines are dismissed here
    if not (":" in line or "(" in line or "·" in line or "|" in line or "👁" in line or "💬" in line):
        return
    if not any(hint in line for hint in _FRAGMENT_HINTS):
        return
    for m in _FRAGMENT.finditer(text, start, end):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            found.append((m.start(), _rstrip(text, m.start(), m.end()), "page_furniture"))


def _ky_about_lines(text: str) -> set[int]:
    """Starts of lines that open with "<name> жөнүндө" followed by a colon or the line's end."""
    starts: set[int] = set()
    for hint in _KY_ABOUT_HINTS:
        pos = text.find(hint)
        while pos >= 0:
            line_start = text.rfind("\n", 0, pos) + 1
            after = text[pos + len(hint):pos + len(hint) + 4].lstrip(" \t")
            if pos - line_start <= 64 and (not after or after[0] in ":\n"):
                starts.add(line_start)
            pos = text.find(hint, pos + 1)
    return starts


def _line_match(text: str, start: int, word: str, ky_about: bool) -> re.Match[str] | None:
    """The boilerplate phrase opening the line at ``start`` (only patterns its first word allows)."""
    bare = word.strip("-–—#")
    m = None
    if bare in _CLOSING_WORDS or word[0] in "#-–—":
        m = _CLOSING_RE.match(text, start)
    if m is None and word in _RELATED_WORDS:
        m = _RELATED_RE.match(text, start)
    if m is None and (word in _FURNITURE_WORDS or word[0] in "©("):
        m = _FURNITURE_RE.match(text, start)
    if m is None and word in _ABOUT_WORDS:
        m = _ABOUT_RE.match(text, start)
    if m is None and ky_about:
        m = _ABOUT_KY_RE.match(text, start)
    return m


def _part_bounds(parts: Sequence[LanguagePart], pos: int, length: int) -> tuple[int, int]:
    for p in parts:
        if p.start <= pos < p.end:
            return p.start, p.end
    return 0, length


def _is_profile_heading(m: re.Match[str], line_end: int) -> bool:
    """"About UNDP", "О ЮНИСЕФ", "ЮНИСЕФ жөнүндө", "About the project": a short name, not a sentence."""
    groups = m.groupdict()
    name = (groups.get("en") or groups.get("ru") or groups.get("ky") or "").strip(" \t\"'«»“”")
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    if not name or len(name.split()) > 7 or _EVENT_WORDS.search(name):
        return False
    if groups.get("ky") is not None:
        # Kyrgyz lines start with a capital anyway: ask for an acronym, a Latin name or an organization noun.
        return bool(_ABOUT_NOUNS.match(name) or re.match(r"[A-ZА-ЯЁҢӨҮ]{2,}\b|[A-Z]", name)
                    or name[:1] in "«\"“")
    head = m.group(0).lstrip(" \t•*·>|-–—")
    if groups.get("en") is not None and not head.startswith("About"):
        return False  # a lower-case "about" continues a sentence
    return bool(_ABOUT_NOUNS.match(name) or name[:1].isupper() or name[:1] in "«\"“")


# "Другие новости министерства", "Похожие новости региона": a word or two completing the heading
# (letters only, no sentence after it).
_HEADING_TAIL = re.compile(r"[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?[^\S\n]*:?")


def _is_heading_line(text: str, pos: int, line_end: int) -> bool:
    """The related-news phrase is the line's heading (alone, or before a colon / dash and one link)."""
    rest = text[pos:line_end].strip()
    return (not rest or rest[0] in ":—–-»" or (rest[0] == "(" and rest[-1:] == ")")
            or bool(_HEADING_TAIL.fullmatch(rest)))


def _related_end(text: str, line_end: int, part_end: int, late: bool) -> int:
    """Extend over the headline lines listed under the heading; stop at the first prose paragraph."""
    end = line_end
    pos = line_end + 1
    while pos < part_end:
        nxt = text.find("\n", pos, part_end)
        nxt = part_end if nxt < 0 else nxt
        line = text[pos:nxt]
        if line.strip():
            if len(line) > _HEADLINE_MAX or not (late or _STARTS_LIKE_ITEM.match(line)):
                break
            end = nxt
        pos = nxt + 1
    return end


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(spans):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            last = out[-1]
            if reason == "closing_section" != last[2] and start > last[0]:
                # a related-links block that ran into a closing section: each keeps its own reason
                out[-1] = (last[0], start, last[2])
                out.append((start, max(end, last[1]), reason))
            elif end > last[1]:
                out[-1] = (last[0], end, last[2])
            continue
        out.append((start, end, reason))
    return out


def masked_text(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """``text`` with every skipped region blanked (same length, line breaks kept): offsets stay valid."""
    if not spans:
        return text
    pieces: list[str] = []
    pos = 0
    for start, end, _ in spans:
        pieces.append(text[pos:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
