"""Names that stand for something else in their sentence or on their line.

A name alone in quotes right after or before an event or project noun titles that event: the
national campaign «Жашыл мурас» shares its words with the Jashyl Muras Public Foundation, but
"«Жашыл мурас» акциясы" and "республиканской акции «Жашыл мурас»" are the campaign.  A descriptive phrase inside an open quote is a title's words, and a state body
alone on its line is the page's heading (``org_phrases``).
"""

from __future__ import annotations

import re

from etl.reference.unseen_orgs import form_before_quote

# Up to three Kyrgyz words between ("«Жашыл мурас» республикалык акциясы", "«Таза суу» дарак отургузуу
# акциясы"), none a legal form ("«X» коомдук фонду акцияны …" names the foundation) nor a finite verb or
# participle ("«X» уюштурган акция": X organized it).
_BETWEEN_WORD = (r"(?!(?:коомдук|фонд|бирикме|уюм|борбор|ассоциац|кооператив|компания|коом|менен|тарабынан|public"
                 r"|foundation|association|fund|organi[sz]ation)[^\W\d]*[^\S\n])"
                 # Kyrgyz participles and past verbs, Russian past and present verbs ("«X» провёл акцию")
                 r"(?![^\W\d]*(?:[гк][аеоө]н|[дт][ыиуү]|[дт][ыиуү]м|л[аиоь]?|[еиюуя]т|ют|ят|ed)[^\S\n])"
                 r"[^\W\d]+(?:-[^\W\d]+)?[^\S\n]+")
_EVENT_AFTER = re.compile(r"[^\S\n]*(?:" + _BETWEEN_WORD + r"){0,3}(?:акци|кампани|сынаг|сынак|конкурс"
                          r"|форум|фестивал|марафон|челлендж|долбоор|программ|проект|флешмоб|жарыш|турнир|campaign|contest|competition|festival|marathon"
                          r"|project|programme)\w*", re.IGNORECASE)
# Before the quotes only Russian and English word order titles an event: "Форумду «X» уюштурду" has X as subject.
_EVENT_BEFORE = re.compile(r"(?<!\w)(?:акци(?:я|и|ей|ю)|кампани(?:я|и|ей|ю)|конкурс(?:а|е|ом)?|форум(?:а|е|ом)?"
                           r"|фестивал(?:ь|я|е|ем)|марафон(?:а|е|ом)?|проект(?:а|е|ом)?|программ(?:а|ы|е|у|ой)"
                           r"|campaign|contest|festival|project|programme)[^\S\n]+$", re.IGNORECASE)


# A Kyrgyz genitive closing the quotes makes the name the owner of what follows: "«Бакай Банктын» кайрымдуулук
# программасы" is Bakai Bank's charity programme, a title would stand in the nominative ("«Жашыл мурас» акциясы").
_GENITIVE_END = re.compile(r"\w{3,}(?:[ндт][ыиуү]н)$")


def titled_event(text: str, s: int, e: int) -> bool:
    """The name at ``text[s:e]`` is quoted alone as the title of an event or project."""
    if s == 0 or text[s - 1] not in "«“\"" or form_before_quote(text, s - 1):
        return False  # "ОО «X» в рамках проекта": the public association X, no project titled X
    close = e if e < len(text) and text[e] in "»”\"" else e - 1 if text[e - 1] in "»”\"" else -1
    if close < 0:
        return False  # the quotes go on: «Жашыл мурас» is only part of a longer title or name
    if _GENITIVE_END.search(text[s:close].lower()):
        return False
    return _EVENT_AFTER.match(text, close + 1) is not None \
        or _EVENT_BEFORE.search(text, max(0, s - 40), s - 1) is not None


_MARKUP = re.compile(r"[\W_]*")


def heading_line(text: str, start: int, end: int, kind: str) -> bool:
    """A state body alone on its line ("**Жалал-Абад облусунун жаштар саясаты бөлүмү** 📢"): a page's
    heading or signature, which says who posts, not who took part (other phrases need a role cue)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return kind == "government" and _MARKUP.fullmatch(text, line_start, start) is not None \
        and _MARKUP.fullmatch(text, end, line_end) is not None


def in_title(text: str, pos: int) -> bool:
    """Inside an open quote on its line: words of a project or event title («Активные женские
    организации гражданского общества Кыргызстана за мир»), not an organization's own name."""
    line = text.rfind("\n", 0, pos) + 1
    before = text[line:pos]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") or before.count("\"") % 2 == 1
