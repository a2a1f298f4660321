"""Sections of a report whose figures are not the event's: an "About …" block, a plans heading and,
in an NGO's periodic report, its finance section (the month's spending, salaries, the balance left).

A heading alone on its line covers the paragraph after it; a numbered one ("5. План на II квартал",
"4. Финансовая информация") covers everything up to the next numbered heading, since a docx renders
its list items as paragraphs of their own, without the bullet.
"""

from __future__ import annotations

import re

from etl.extract.indicators_vocab import ABOUT_HEADING
from etl.extract.segments import line_start_matches


def about_sections(folded: str) -> list[tuple[int, int]]:
    """"About WFP" / "Фонд жөнүндө:" / "Notes to editors" blocks: the organization's standing figures,
    not the event's.  A heading on its own line covers the paragraph after it as well."""
    out = []
    for m in iter_headings(folded):
        heading_end = m.start() + len(m.group().rstrip())
        if _NUMBERED.match(folded, m.start()) and folded.startswith("\n", heading_end):
            nxt_head = _NEXT_NUMBERED.search(folded, heading_end + 1)
            out.append((m.start(), nxt_head.start() if nxt_head else len(folded)))
            continue
        end = folded.find("\n\n", m.end())
        end = len(folded) if end < 0 else end
        line_end = folded.find("\n", m.end())
        if line_end == end and not folded[m.end():end].strip():  # a heading alone in its paragraph
            nxt = folded.find("\n\n", end + 2)
            end = len(folded) if nxt < 0 else nxt
        while end < len(folded) and _LIST_ITEM.match(folded, end):  # "- передача … 20 участникам;" items under it
            nxt = folded.find("\n\n", end + 2)
            end = len(folded) if nxt < 0 else nxt
        out.append((m.start(), end))
    return out


_LIST_ITEM = re.compile(r"\s*(?:[-—–•*]|\d{1,2}[.)])\s")
_NUMBERED = re.compile(r"[ \t#*]*\d{1,2}[.)]\s")
# The next section of a numbered report: "5. Сложности и риски", "## 3. Results" (not "2.1." sub-sections
# of the same part, which a plans or finance section does not have).
_NEXT_NUMBERED = re.compile(r"^[ \t#*]*\d{1,2}[.)][ \t]+\S[^\n]{0,100}$", re.MULTILINE)
# A plans heading ("4. Планы на ноябрь", "Next steps", "Кийинки пландар") opens figures still to come.
_PLANS_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)]\s*)?(?:планы\s+на\s+[^\n]{1,30}|дальнейшие\s+планы|следующие\s+шаги|план\s+на\s+[^\n]{1,30}|"
    r"what'?s\s+next|next\s+steps|plans\s+for\s+[^\n]{1,30}|кийинки\s+(?:пландар|кадамдар)|пландар|"
    # "Что ещё запланировано", "What is planned", "Coming up", "Алдыда эмне күтүлөт", "Пландалган иш-чаралар"
    r"(?:что\s+(?:еще|дальше)\s+)?(?:запланировано|планируется)|what\s+is\s+(?:planned|ahead)|what'?s\s+(?:planned|ahead)|"
    r"coming\s+up|upcoming\s+(?:events|activities)|алдыда[^\n]{0,25}|пландалган\s+(?:иштер|иш-чаралар))\s*:?[ \t]*$",
    re.MULTILINE)
# A periodic report's finance section: the period's spending and the balance, not money of the event
# (what an activity cost is told in that activity's own section).
_FINANCE_HEADING = re.compile(
    r"^[ \t#*]*(?:\d{1,2}[а-я]?[.)]\s*)?(?:финансов(?:ая|ый|ые)\s+(?:информация|отч[её]т|данные|вопросы)|финансы|"
    r"financial\s+(?:information|report|summary|overview)|finances?|каржылык\s+(?:маалымат|отчет|абал)|каржы)"
    r"\s*:?[ \t]*$",
    re.MULTILINE)


# The Kyrgyz "… жөнүндө" alternative backtracks cubically over a long run of spaces (boilerplate masked
# out of a page: 30 ms for a 1 KB report); a text without the word cannot match it, so there it is left
# out of the pattern (same matches).
_ABOUT_NO_KY = re.compile(ABOUT_HEADING.pattern.replace(r"|[^\n:.]{1,40}\s+жонундо\s*(?::|$)", ""),
                          ABOUT_HEADING.flags)


def iter_headings(folded: str) -> list[re.Match[str]]:
    out = line_start_matches(ABOUT_HEADING if "жонундо" in folded else _ABOUT_NO_KY, folded)
    if "план" in folded or "next" in folded or "planned" in folded or "coming" in folded or "алдыда" in folded \
            or "ahead" in folded:
        out.extend(line_start_matches(_PLANS_HEADING, folded))
    if "финанс" in folded or "financ" in folded or "каржы" in folded:
        out.extend(line_start_matches(_FINANCE_HEADING, folded))
    return out
