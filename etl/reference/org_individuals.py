"""A body named only as the employer of one person who takes part as an individual.

"— отметила бухгалтер Кара-Булакского айыл окмоту Айжан Т.", "эксперт ОО «Эко-Чуй» Эрмек Алыбаев",
"Калыстар тобунун төрагасы, Талас мамлекеттик университетинин доценти Бакыт Осмонов", "said Aida
Sultanova, a lecturer at the Naryn State University": a staff member with a working title (accountant,
expert, lecturer, teacher, student) speaks, trains or judges in person; her employer did not take part
by that mention.  A head (глава, председатель, башчысы, director) or representatives speak for the body,
and plural staff ("специалисты фонда провели") act for it: both are left to the role cues.  State bodies
are left to the caller: the labels count a specialist of a district department or an ayil okmotu at the
event as the state taking part.
"""

from __future__ import annotations

import re

_TITLE_RU_EN = (r"(?:бухгалтер\w*|эксперт(?:а|ом|у)?|специалист(?:а|ом|у)?|преподавател(?:ь|ем|я|ю)|лектор\w*"
                r"|доцент\w*|профессор\w*|студент(?:ка|ки|кой|а|ом)?|тренер(?:а|ом)?|учител(?:ь|ем|я|ница)"
                r"|accountant|expert|lecturer|professor|student|trainer|teacher|specialist)")
# "эксперт ОО «Эко-Чуй»", "a lecturer at the Naryn State University"
_TITLE_BEFORE = re.compile(rf"(?<!\w){_TITLE_RU_EN}\s+(?:(?:at|of|from)\s+)?(?:the\s+)?$", re.IGNORECASE)
# Kyrgyz: "<университетинин> доценти / окутуучусу / бухгалтери / адиси / мугалими / студенти"
_KY_TITLE_AFTER = re.compile(
    r"[»\"”]?\s+(?:бухгалтер|эксперт|адис|окутуучу|доцент|профессор|мугалим|студент|тренер)"
    r"(?:и|ы|су|сү|у)(?!\w)")
_CHEAP = ("бухгалтер", "эксперт", "специалист", "преподават", "лектор", "доцент", "профессор", "студент",
          "тренер", "учител", "адис", "окутуучу", "мугалим", "accountant", "expert", "lecturer", "professor",
          "student", "trainer", "teacher", "specialist")


def staff_member_only(text: str, start: int, end: int) -> bool:
    """The mention at ``text[start:end]`` only says where one person taking part works."""
    window = text[max(0, start - 30):min(len(text), end + 20)].lower()
    if not any(c in window for c in _CHEAP):
        return False
    return (_TITLE_BEFORE.search(text, max(0, start - 30), start) is not None
            or _KY_TITLE_AFTER.match(text, end, min(len(text), end + 20)) is not None)
