"""A sentence about what is still to come names no participant of the reported event.

"ACTED планирует совместно с районным управлением образования провести уроки", "Келерки айда ушундай
өнөктүк Ысык-Ата районунда өтөт", "UNICEF plans to extend the training": the bodies named only there take
part in a plan, not in what the report tells.  Like a sentence about the past, the sentence gives no role;
a body named elsewhere in the report keeps its part.
"""

from __future__ import annotations

import re

# Folded text (ө ү ң as о у н).  Plan verbs, future forms and the words that date a sentence ahead; the
# verb's finite forms only: "Международная федерация планируемого родительства" is a name.
_PLAN = re.compile(
    r"(?<![\w-])(?:планиру(?:ет|ют|ем|ется|ются)(?![\w-])|запланирован\w*|намерен\w*|намечен\w*|предстоит|пройд(?:ет|ут|[её]т)"
    r"|состоится|состоятся|будет\s+проведен\w*|будут\s+проведен\w*|в\s+следующем\s+году|в\s+дальнейшем"
    r"|пландап\w*|пландалууда|пландалган|келерки\s+(?:жылы|айда)|кийинки\s+(?:жылы|айда|этапта)"
    r"|(?:отот|откорулот|уюштурулат|откорууну\s+пландап)(?![\w-])"
    r"|plans?\s+to|planned\s+(?:for|to)|will\s+(?:be\s+)?(?:hold|held|organi[sz]e|conduct|extend|take)\w*"
    r"|next\s+(?:year|month|phase))")


# "мэрия … пландап жатканын айтты", "the mayor said the city plans to …": a speaker at the event tells
# the plan, and the body whose head speaks took part.
_SPOKEN = re.compile(r"(?<![\w-])(?:деди|айтты|билдирди|белгиледи|маалымдады|сказал\w*|отметил\w*|сообщил\w*"
                     r"|рассказал\w*|заявил\w*|said|says|noted|announced|told)(?![\w-])")


# A report's section of plans ("6. План на декабрь 2021 г.", "## Next steps", "Кийинки пландар:"): its lines,
# up to the next numbered or marked heading, are plans whatever their verbs ("- Круглый стол с участием
# Министерства образования").
_PLAN_HEADING = re.compile(
    r"(?m)^[^\S\n]*(?:\d{1,2}[.)][^\S\n]*|#+[^\S\n]*)?(?:план(?:ы|ов)?(?:\s+(?:на|работы)\b[^\n.]{0,30})?"
    r"|next\s+steps|plans(?:\s+for\b[^\n.]{0,30})?|кийинки\s+(?:кадамдар|пландар)|пландар)[^\S\n]*[.:]?[^\S\n]*$")
_ANY_HEADING = re.compile(r"(?m)^[^\S\n]*(?:\d{1,2}[.)]|#+)[^\S\n]*\w")


def in_plan_section(ft: str, pos: int) -> bool:
    """``pos`` lies in a section headed as plans (within 800 characters of its heading)."""
    heads = list(_PLAN_HEADING.finditer(ft, max(0, pos - 800), pos))
    return bool(heads) and _ANY_HEADING.search(ft, heads[-1].end(), pos) is None


def plan_sentence(ft: str, lo: int, hi: int, pos: int | None = None) -> bool:
    """The sentence ``ft[lo:hi]`` (folded text) tells a plan or a future event, not in a speaker's words.
    The splitter wants a capital after a full stop, so "… өткөрдү. 2025-жылы дагы өтөт." is one sentence:
    only the stretch between full stops around the name at ``pos`` is read."""
    if pos is not None and in_plan_section(ft, pos):
        return True
    if pos is not None:
        stop = ft.rfind(". ", lo, pos)
        lo = stop + 2 if stop >= 0 else lo
        nxt = ft.find(". ", pos, hi)
        hi = nxt if nxt >= 0 else hi
    plan = _PLAN.search(ft, lo, hi)
    if plan is not None and plan.group(0) in _KY_AORIST and _YEARLY.search(ft, lo, hi):
        plan = _PLAN.search(ft, plan.end(), hi)  # "жыл сайын … өткөрүлөт": held every year, this time too
    return plan is not None and _SPOKEN.search(ft, lo, hi) is None


# The Kyrgyz present-future tells a habit as well as a plan: with "every year" it is the habit, which
# includes the event reported ("Турнир … администрациясынын колдоосу менен жыл сайын өткөрүлөт").
_KY_AORIST = frozenset({"отот", "откорулот", "уюштурулат"})
_YEARLY = re.compile(r"(?<![\w-])(?:жыл\s+сайын|ар\s+жылы|жыл\s+бою)(?![\w-])")
