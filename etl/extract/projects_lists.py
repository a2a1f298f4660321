"""Project names next to event titles, initiatives and lists, read through ``etl.extract.projects_hooks``.

* An event's, a campaign's or an organization's quoted title next to a project word is not the project's.
* A named initiative is a programme ("«…» демилгесинин алкагында", "в рамках инициативы «…»").
* A plural project word over a list of quoted names that frames the event names each of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.extract.projects_forms import owner_between
from etl.gates import Gate
from etl.reference.scan import find_all, windows


def _near(ft: str, triggers: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    """Windows around the triggers' occurrences: the regexes run only there, not over the whole text."""
    return windows((i for t in triggers for i in find_all(ft, t)), before, after, len(ft))

# ---------------------------------------------------------------- event and organization titles

# An event's, a contest's or a campaign's own title stands between its noun and the project word:
# "Тренинг «Лидерство для девушек» проекта «…»", "«Лидер болуу» тренинги долбоордун алкагында",
# "Проекттин «Аялдар үнү» аттуу кампаниясы"; an organization's: "«Youth Alliance» NGO project",
# "«Ынтымак» борборунун долбоору".
_EVENT_RU_EN = (r"тренинг\w*|семинар\w*|вебинар\w*|мастер-класс\w*|кругл\w+\s+стол\w*|конференци\w*|выставк\w*"
                r"|ярмарк\w*|встреч\w*|лагер\w*|урок\w*|квест\w*|флешмоб\w*|челлендж\w*|турнир\w*|соревновани\w*"
                r"|чемпионат\w*|концерт\w*|спектакл\w*|хакатон\w*|слет\w*|слёт\w*|training|workshop|seminar"
                r"|webinar|round\s+table|conference|exhibition|fair|camp|bootcamp|hackathon|tournament|concert"
                r"|session|game")
_EVENT_KY = (r"тренинг|семинар|окуу|сабак|тегерек\s+стол|жыйын|жолугушуу|көргөзмө|коргозмо|жарманке|конференция"
             r"|лагер|оюн|турнир|мелдеш|концерт|кампания|акция|сынак|сынаг|конкурс|фестивал|форум|марафон"
             r"|челлендж|флешмоб")
_KY_POSSESSIVE = r"(?:сы|си|су|сү|ы|и|у|ү)\w*"
# Russian and English name an event before its title ("тренинг «…»"); a Kyrgyz noun before a quote is
# the sentence's subject ("Жарманке «…» долбоорунун алкагында өттү").
_EVENT_BEFORE = re.compile(rf"(?<!\w)(?:{_EVENT_RU_EN})[^\S\n]*(?:[—–-][^\S\n]*)?$", re.IGNORECASE)
_KY_WORD = re.compile(r"долбоор\w*|программа(?:сы|нын|сынын|сынын|сына|сында|сынан|ны|га|да)\w*", re.IGNORECASE)
_ORG_FORM = (r"коомдук|бирикме\w*|фонд\w*|уюм\w*|КБ\w*|КФ\w*|ОФ|ОО|ОсОО|НПО|НКО|ассоциаци\w*|союз\w*|центр\w*"
             r"|борбор\w*|кооператив\w*|ишкана\w*|компани\w*|ngo|foundation|association|centre|center|network"
             r"|union|cooperative|company")
_MID_TITLE = re.compile(rf"(?<!\w)(?:{_EVENT_RU_EN}|{_EVENT_KY}|{_ORG_FORM})(?!\w)", re.IGNORECASE)
_KY_TITLE_AFTER = re.compile(
    rf"[^\S\n]*(?:(?:аттуу|деген|атындагы|аталыштагы)[^\S\n]+)?(?:{_EVENT_KY}){_KY_POSSESSIVE}", re.IGNORECASE)


def titles_another_thing(text: str, name_span: tuple[int, int], word_span: tuple[int, int],
                         mid: str) -> bool:
    """The quoted name at ``name_span`` next to a project word at ``word_span`` is an event's,
    a campaign's or an organization's title (see above), not the project's."""
    s, e = name_span
    if word_span[0] > s:  # «X» [mid] долбоору / проекта
        q = text.rfind("«", 0, s) if text[s - 1:s] != '"' else s - 1
        q = q if q >= 0 else s
        ky = _KY_WORD.fullmatch(text, *word_span) is not None
        return bool((not ky and _EVENT_BEFORE.search(text, max(0, q - 30), q)) or _MID_TITLE.search(mid))
    close = e
    while close < len(text) and text[close] in "»”\"“ ":
        close += 1
    return _KY_TITLE_AFTER.match(text, close) is not None


# ---------------------------------------------------------------- initiatives

# A named initiative is a programme: «…» демилгесинин алкагында, в рамках инициативы (ПРООН) «…», the "…"
# initiative.  "по инициативе «…»" and "«…» демилгеси менен/боюнча" say whose idea it was, and an
# initiative group ("демилгелүү топ", "инициативная группа") is no programme.
# The look-behinds follow the word they guard ("инициатив(?<!\wинициатив)" is "(?<!\w)инициатив"): re tries
# the pattern at every character of a ±300-character window, and a leading look-behind ran at each (2.5x slower).
_INITIATIVE = re.compile(
    r"(?:инициатив(?<!по\sинициатив)(?<!\wинициатив)(?:а|ы|у|ой|е)[^\S\n]+(?P<mid>(?:[\w-]+,?[^\S\n]+){0,4}?)[«“\"„][^\S\n]*(?P<ru>(?:[^«»“”\"„\n]|«[^«»\n]{1,80}»){3,160}?)"
    r"[^\S\n]*[»”\"“]"
    r"|[«“\"„][^\S\n]*(?P<ky>(?:[^«»“”\"„\n]|«[^«»\n]{1,80}»){3,160}?)[^\S\n]*[»”\"“][^\S\n]*"
    r"(?:демилге(?:си|синин|сине|синде|син|сини)|initiative)(?![\w-])(?![^\S\n]+(?:менен|боюнча|of)(?!\w)))",
    re.IGNORECASE)
_INITIATIVE_TRIGGERS = ("инициатив", "демилге", "initiative")
_INITIATIVE_GATE = Gate(_INITIATIVE_TRIGGERS)


def initiative_titles(text: str, ft: str, covers: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of quoted names of initiatives (see above), not organizations'."""
    if not _INITIATIVE_GATE.any_in(ft):
        return []
    out = []
    for m in (m for lo, hi in _near(ft, _INITIATIVE_TRIGGERS, 300, 300) for m in _INITIATIVE.finditer(text, lo, hi)):
        group = "ru" if m.group("ru") else "ky"
        s, e = m.span(group)
        name = m.group(group).strip()
        if group == "ru" and not owner_between(text, *m.span("mid"), covers):
            continue  # "инициативы жителей села «…»": the quote is not the initiative's
        if name[:1].isalnum() and not covers(s, e) and not _MID_TITLE.fullmatch(name.split()[-1]):
            out.append((s, s + len(name), name))
    return out


# ---------------------------------------------------------------- several projects under one word

# "в рамках проектов «A» и «B»", "«A» жана «B» долбоорлорунун алкагында", 'the "A" and "B" projects':
# a plural project word over two or more quoted names names each of them ("конкурс проектов «…»",
# with one name, stays a contest's title).
_Q = r"[«“\"„][^\S\n]*(?:[^«»“”\"„\n]|«[^«»\n]{1,80}»){3,160}?[^\S\n]*[»”\"“]"
_LIST = rf"{_Q}(?:[^\S\n]*,[^\S\n]*{_Q})*[^\S\n]*(?:,[^\S\n]*)?(?:и|and|жана|,)[^\S\n]+{_Q}"
_PLURAL_AFTER = re.compile(rf"(?<!\w)(?:проект(?:ов|ы|ам|ах)|программ(?:ы|ам|ах)|projects|programmes|programs)"
                           rf"[^\S\n]+(?P<list>{_LIST})", re.IGNORECASE)
_PLURAL_BEFORE = re.compile(rf"(?P<list>{_LIST})[^\S\n]*(?P<word>долбоорлор\w*|программалар\w*|projects|programmes"
                            r"|programs)(?!\w)", re.IGNORECASE)
_ONE_Q = re.compile(r"[«“\"„][^\S\n]*(?P<name>(?:[^«»“”\"„\n]|«[^«»\n]{1,80}»){3,160}?)[^\S\n]*[»”\"“]")
# Projects that frame an event: "в рамках / при поддержке проектов …", "… долбоорлорунун алкагында /
# колдоосу менен", "part of / under the … projects"; other plural uses name participants' entries.
_FRAME_BEFORE = re.compile(r"(?<!\w)(?:рамках|поддержк\w+|участии|линии|реализации|финансировании|средства)"
                           r"(?:[^\S\n]+\w+){0,2}[^\S\n]*$", re.IGNORECASE)
_KY_FRAME_AFTER = re.compile(r"[^\S\n]+(?:алкагында|колдоосу|каржылоосу)", re.IGNORECASE)
_EN_FRAME_BEFORE = re.compile(r"(?<!\w)(?:part\s+of|under|within|by|through|from|funded\s+by|of)\s+the[^\S\n]*$",
                              re.IGNORECASE)
_AFTER_TRIGGERS = ("проектов", "проекты", "проектам", "проектах", "программы", "программам", "программах",
                   "projects", "programmes", "programs")
_BEFORE_TRIGGERS = ("долбоорлор", "программалар", "projects", "programmes", "programs")
_PLURAL_TRIGGERS = ("проектов", "проекты", "проектам", "проектах", "программ", "долбоорлор", "projects",
                    "programmes", "programs")
_PLURAL_GATE = Gate(_PLURAL_TRIGGERS)


def coordinated_titles(text: str, ft: str, covers: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each quoted name in a list under one plural project word."""
    if not _PLURAL_GATE.any_in(ft):
        return []
    out = []
    after = (_PLURAL_AFTER.match(text, i) for i in sorted({i for t in _AFTER_TRIGGERS for i in find_all(ft, t)}))
    before = (m for lo, hi in _near(ft, _BEFORE_TRIGGERS, 400, 40) for m in _PLURAL_BEFORE.finditer(text, lo, hi))
    for pattern, found in ((_PLURAL_AFTER, after), (_PLURAL_BEFORE, before)):
        for m in filter(None, found):
            lo, hi = m.span("list")
            if pattern is _PLURAL_AFTER and not _FRAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "конкурс проектов «A» и «B»", "представили проекты «A» и «B»": entries, not frames
            ky_frame = m.group("word").lower().endswith(("нун", "нын")) if pattern is _PLURAL_BEFORE else False
            if pattern is _PLURAL_BEFORE and not ((ky_frame and _KY_FRAME_AFTER.match(text, m.end()))
                                                  or _EN_FRAME_BEFORE.search(text, max(0, lo - 30), lo)):
                continue
            for q in _ONE_Q.finditer(text, lo, hi):
                s, e = q.span("name")
                name = q.group("name").strip()
                if name[:1].isalnum() and not covers(s, e):
                    out.append((s, s + len(name), name))
    return out


# ---------------------------------------------------------------- single quotes

# English (and some Russian and Kyrgyz) copy quotes a name in single quotes: "the ‘Safe Mountains’
# project", "the project 'Safe Mountains'", "‘Коопсуз тоолор’ долбоорунун".  An apostrophe inside a
# word ("Women’s") does not close the name.
_SQ_NAME = r"(?<!\w)[‘'](?P<name>(?:[^‘’'\n]|[’'](?=\w)){3,160}?)[’'](?!\w)"
_SQ_BEFORE = re.compile(rf"{_SQ_NAME}[^\S\n]+(?:(?:аттуу|деген)[^\S\n]+)?(?P<word>долбоор\w*|программа\w*|проект\w*"
                        r"|project|programme|program|initiative|activity)(?!\w)", re.IGNORECASE)
_SQ_AFTER = re.compile(rf"(?<!\w)(?P<word>проект\w*|программ\w*|project|programme|program|initiative)[^\S\n]+"
                       rf"{_SQ_NAME}", re.IGNORECASE)
_SQ_PLURAL = re.compile(r"проект(?:ы|ов|ам|ами|ах)|программ(?:ам|ами|ах)|долбоорлор\w*|projects|programmes",
                        re.IGNORECASE)


_SQ_TRIGGERS = ("проект", "программ", "долбоор", "project", "program", "initiative", "activity")


def single_quoted_titles(text: str, ft: str, covers: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of names in single quotes right next to a singular project word."""
    if "‘" not in text and "'" not in text:
        return []
    out = []
    near = _near(ft, _SQ_TRIGGERS, 200, 200)
    for pattern in (_SQ_BEFORE, _SQ_AFTER):
        for m in (m for lo, hi in near for m in pattern.finditer(text, lo, hi)):
            s, e = m.span("name")
            name = m.group("name").strip()
            if _SQ_PLURAL.fullmatch(m.group("word")) or not name[:1].isalnum() or covers(s, e) \
                    or titles_another_thing(text, (s, e), m.span("word"), ""):
                continue
            out.append((s, s + len(name), name))
    return out
