"""Role hints beyond the cue words: firms that support, and verbs in reported speech.

"При поддержке компании «Ала-Тоо Агро»", "ОсОО «Нур Трейд» колдоосу менен": a company that supports
an NGO's event sponsors it (money, goods, prizes), so it is the donor; an NGO, a university or a
business association that supports it lends its people or expertise (a partner, see ``roles``).
"""

from __future__ import annotations

import re

from etl.text import fold

# Legal forms of a firm (folded, lower case, in the dictionary form ``unseen_orgs`` gives them).
_FIRM_FORMS = ("компани", "осоо", "жчк", "аак", "жоопкерчилиги", "общество с ограниченной", "оао", "зао", "llc")


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


# "в рамках проекта «…», который реализует ОО «Айыл Өнүгүү»": a relative clause whose verb is followed by
# its own subject; the verb tells who carries out the project, not what the names before the pronoun did.
_RELATIVE = re.compile(r"(?<!\w)(?:котор(?:ый|ая|ое|ые|ого|ой|ому|ым|ую|ых)|which|whose)(?!\w)")
_SUBJECT_GAP = re.compile(r"[^\w«\"“]{0,3}(?:(?:\w{1,5}|компани\w*|company|the)[^\w«\"“]{1,3})?[«\"“]?")


def relative_subject_after(ft: str, start: int, cue_start: int, cue_end: int,
                           others: list[tuple[int, int]]) -> bool:
    """A relative pronoun lies between a name (ending at ``start``) and a verb at ``cue_start``, and
    another organization follows the verb as its subject ("…, который реализует ОО X")."""
    if _RELATIVE.search(ft, start, cue_start) is None:
        return False
    return any(s2 >= cue_end and _SUBJECT_GAP.fullmatch(ft, cue_end, s2) is not None for s2, _ in others)


# A sentence that opens on an earlier time ("Ранее KOICA реализовал подобный проект", "Буга чейин ТИКА
# Ноокатта мектеп курган", "Last year the foundation held …") tells the organization's history: its
# verbs say what it did before, not what it did at this event (folded text).
_BACKGROUND_OPENING = re.compile(
    r"[\W\d_]*(?:(?:а|и|also|and|но|же)\s+)?(?:ранее|прежде|до\s+этого|в\s+прошл(?:ом|ые|ых)\s+(?:году|годы|годах)"
    r"|буга\s+чейин|мурда(?:рак)?|мурунку\s+жыл\w*|откон\s+жыл\w*|былтыр\w*"
    r"|earlier|previously|last\s+year|in\s+previous\s+years|in\s+the\s+past)(?!\w)")
_KY_BACKGROUND_EARLY = re.compile(r"(?<!\w)(?:буга\s+чейин|мурда(?:рак)?|былтыр\w*|откон\s+жылы)(?!\w)")


def background_sentence(ft: str, lo: int, hi: int) -> bool:
    """The sentence ``ft[lo:hi]`` recalls an earlier time: at its opening, or (Kyrgyz puts the time after
    the subject: "ТИКА буга чейин …") within its first four words."""
    if _BACKGROUND_OPENING.match(ft, lo, hi):
        return True
    head_end = lo
    for _ in range(5):
        nxt = ft.find(" ", head_end + 1, hi)
        if nxt < 0:
            break
        head_end = nxt
    return _KY_BACKGROUND_EARLY.search(ft, lo, max(head_end, lo)) is not None


# "при финансовой поддержке УВКБ ООН ведёт общественное объединение X": a funding phrase has its own
# name right after it; a later name is a second funder only when the list runs on to it ("и", a comma,
# "and to our friends from"), not when a verb comes between.  Any other phrase ("вместе с акимом", "в
# партнёрстве с МОМ работает фонд X") reaches on to the subject of its verb, but not into a
# subordinate clause ("…, где ознакомился с работой кооператива X").
# ", а саженцы предоставило …", ", but …": a contrastive conjunction after the comma opens a clause, no list item
_LIST_START = re.compile(r"[\s»”\"')\]]*(?:[,;&](?!\s*(?:а(?!\s+также)|но|однако|but|while|whereas)(?!\w))"
                         r"|(?:и|а\s+также|жана|and|as\s+well\s+as)(?!\w))")
_SUBCLAUSE = re.compile(r"[,;]\s*(?:где|когда|котор\w+|which|where|who|when)(?!\w)")
_OPEN_GAP = re.compile(r"[\W\d]*(?:(?:оф|оо|роо|моо|осоо|кф|кб|буа|анпо|нпо|оюл|ngo|the)(?!\w)[\W\d]*)?")


# "financed by IDA, the World Bank's fund for the poorest countries": a possessor after a comma
# describes the name before it (whose fund, whose office); it is no second item of the cue's list.
_POSSESSOR_AFTER = re.compile(r"['’]s?(?!\w)|(?:\s+(?:office|fund|agency|branch|arm|programme|program)\w*)\s*(?:in|for|of)(?!\w)")
_APPOSITION_GAP = re.compile(r"[\s»”\"')\]]*,\s*(?:the\s+)?")


def possessive_apposition(ft: str, cue_end: int, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """The name at ``start:end`` only says whose the name before it is ("IDA, the World Bank's fund")."""
    between = [o for o in others if cue_end <= o[0] and o[1] <= start]
    return bool(between) and _APPOSITION_GAP.fullmatch(ft, max(between)[1], start) is not None \
        and _POSSESSOR_AFTER.match(ft, end) is not None


def pre_cue_spent(ft: str, cue_end: int, start: int, others: list[tuple[int, int]], role: str,
                  end: int | None = None) -> bool:
    """The pre-cue ending at ``cue_end`` (of ``role``) already governs a name right after it, and the
    name at ``start`` is no further item of that phrase."""
    between = sorted(o for o in others if cue_end <= o[0] and o[1] <= start)
    if not between or _OPEN_GAP.fullmatch(ft, cue_end, between[0][0]) is None:
        return False
    if end is not None and possessive_apposition(ft, cue_end, start, end, others):
        return True
    if role in ("donor", "support"):
        return _LIST_START.match(ft, between[-1][1], start) is None
    return _SUBCLAUSE.search(ft, between[-1][1], start) is not None


# a parenthesised gloss ("программасынын (Direct Aid Program) каржылоосу") counts as little as a quoted title
_QUOTED = re.compile(r"«[^«»\n]{0,200}»|“[^“”\n]{0,200}”|\"[^\"\n]{0,200}\"|\([^()\n]{0,80}\)")


def unquoted_length(ft: str, start: int, end: int) -> int:
    """Length of ``ft[start:end]`` without quoted titles and parenthesised glosses: "X-тин «Тоолуу аймактарда туруктуу мал
    чарбачылык» долбоору" has X's postposition as near as "X-тин долбоору"."""
    return (end - start) - sum(m.end() - m.start() for m in _QUOTED.finditer(ft, start, end))


# "при поддержке Helvetas, которая реализует проект": a relative clause right after a name, with no
# subject of its own, says what that organization does (folded text).
_OWN_RELATIVE = re.compile(r"[\s»”\"')]*,\s*(?:котор(?:ый|ая|ое|ые)|which|who)\s+(?:\w+\s+){0,2}?")


def own_relative_clause(ft: str, end: int, cue_start: int) -> bool:
    """The cue at ``cue_start`` is the verb of a relative clause opening right after a name ending at ``end``."""
    return _OWN_RELATIVE.fullmatch(ft, end, cue_start) is not None


# "«Нур» коомдук фонду Германиянын Экономикалык кызматташтык жана өнүктүрүү министрлигинин (BMZ)
# тапшырмасы боюнча": a "жана" inside the long name written before an acronym in brackets joins that
# name's words, not the organization before it to the acronym's.
_LIST_AT_START = re.compile(r"[\W\d]*(?:(?:оф|оо|кф|кб)(?!\w)[\W\d]*)?(?:,|;|&|(?:жана|и|and)(?!\w))")
_BEFORE_BRACKET = re.compile(r"\(\s*$")


def list_link_inside_name(ft: str, start: int, end: int) -> bool:
    """The gap ``ft[start:end]`` runs up to a bracketed acronym and its list word is no list separator."""
    return _BEFORE_BRACKET.search(ft, start, end) is not None and _LIST_AT_START.match(ft, start, end) is None \
        and _WORD.search(ft, start, end) is not None


_WORD = re.compile(r"[^\W\d_]{2,}")


# "Общественный фонд «Тогуз-Торо Өнүгүү»" over "В отчетном квартале фонд продолжил работу": a report
# that names its author on the first line and then calls it by its kind speaks of itself.
SELF_BY_KIND = re.compile(
    r"(?<![\w«\"])(?:фонд|объединение|ассоциация|организация|фонду|бирикме|бирикмеси|уюм|уюму"
    # a Kyrgyz verb closes its clause: the place and the object stand between ("фонд Нарын шаарында
    # дарыянын жээгин тазалоо акциясын өткөрдү")
    r"|the\s+foundation|the\s+association|the\s+organi[sz]ation)\s+(?:[^\W\d]+\s+){0,8}?"
    r"(?:пров[её]л\w*|продолжил\w*|организовал\w*|реализ\w+|[өо]тк[өо]рд[үу]|уюштурду|улантты|held|organi[sz]ed"
    r"|conducted|continued)(?!\w)")
