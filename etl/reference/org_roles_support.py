"""Role hints beyond the cue words: firms that support, and verbs in reported speech.

"При поддержке компании «Ала-Тоо Агро»", "ОсОО «Нур Трейд» колдоосу менен": a company that supports
an NGO's event sponsors it (money, goods, prizes), so it is the donor; an NGO, a university or a
business association that supports it lends its people or expertise (a partner, see ``roles``).
"""

from __future__ import annotations

import re

from etl.text import fold

# Legal forms of a firm (folded, lower case, in the dictionary form ``unseen_orgs`` gives them).
_FIRM_FORMS = ("компани", "осоо", "жчк", "жоопкерчилиги", "общество с ограниченной", "оао", "зао", "llc")


def sponsor_hint(form: str) -> str:
    """``"sponsor"`` for a firm's legal form, else ``""`` (a cooperative or NGO is a peer)."""
    return "sponsor" if fold(form).lower().startswith(_FIRM_FORMS) else ""


# "Руководитель ОО «Нур» Айгуль Маматова рассказала, что в прошлом году организация провела опрос": the
# verb in reported speech tells the speaker's story, it does not say who held this event (folded text).
_REPORTED = re.compile(r"(?<!\w)(?:рассказал|сообщил|отметил|заявил|подчеркнул|напомнил|пояснил|добавил"
                       r"|said|noted|told|explained|recalled|added)\w*(?:\s+\w+){0,3}?\s*,?\s+(?:что|that)(?!\w)")


def reported_between(ft: str, start: int, end: int) -> bool:
    """A reported-speech clause opens between a name (ending at ``start``) and a cue at ``end``."""
    return _REPORTED.search(ft, start, end) is not None


# A Kyrgyz post speaks as "we" through its verbs, without "биз": "окутуу өткөрдүк", "эсептерди чогуу
# жасадык", "уюштурдук".  Only event verbs: "-дык/-дик" alone is also a noun suffix (ишкердик).
# Written with or without Kyrgyz letters (о for ө, у for ү).
KY_WE_VERBS = (r"(?:[өо]тк[өо]рд[үу]к|уюштурдук|жасадык|ачтык|тапшырдык|тазаладык|отургуздук|чогулттук"
               r"|баштадык|[өо]тк[өо]р[өо]б[үу]з|уюштурабыз|жасайбыз|пландадык)")
