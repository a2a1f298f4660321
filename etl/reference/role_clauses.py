"""Where a Kyrgyz list of organizations ends before a postposition further on.

"Окутууну X коомдук фонду Y ассоциациясы менен өнөктөштүктө, KOICAнын каржылоосу менен өткөрдү": the
comma after "менен өнөктөштүктө" closes the partner phrase, it does not join X to KOICA's list, so the
funding phrase governs KOICA alone and X keeps the verb at the end of the sentence.  The same holds for
the other role phrases that end on a postposition ("менен биргеликте,", "колдоосу менен,", "каржылоосу
менен,", "тарабынан,").  Folded text (ө → о, ү → у).
"""

from __future__ import annotations

import re

_CLOSED = re.compile(
    r"(?<!\w)(?:менен\s+(?:оноктош\w*|биргеликте|биргелешип|бирге|бирдикте|кызматташтыкта)"
    r"|(?:колдоо|каржылоо|жардам)\w*\s+менен|тарабынан|в\s+партн[её]рстве\s+с\s+[^,]{1,80}"
    r"|совместно\s+с\s+[^,]{1,80})\s*,")


def closed_clause(ft: str, start: int, end: int) -> bool:
    """A role phrase closed by a comma lies in ``ft[start:end]`` (the gap between two names of a
    supposed list)."""
    return _CLOSED.search(ft, start, end) is not None


# "Y менен өнөктөштүктө, KOICAнын каржылоосу менен": a Kyrgyz partner word in the locative closes its
# phrase with the comma; it governs the names before it, never a name after the comma.
_LOCATIVE_CUE_CLOSED = re.compile(r"\w+(?:та|те|то|да|де|до)\s*,")


def closed_cue(ft: str, cue_start: int, cue_end: int) -> bool:
    """The pre-cue at ``ft[cue_start:cue_end]`` is a Kyrgyz locative closed by a comma."""
    m = _LOCATIVE_CUE_CLOSED.match(ft, cue_start)
    return m is not None and m.end() - 1 <= cue_end + 2 and not ft[cue_start:cue_end].isascii()


# "«Жер-Эне» коомдук бирикмесинин төрагасы Гүлмира Абдыразакова долбоордун алкагында 12 кооператив
# түзүлгөнүн айтты": the genitive names the speaker's employer; what follows up to the verb is her speech
# (Kyrgyz reports it before "айтты", so no "что" marks it), and its words give the body no role.
_KY_SPEAKER = re.compile(
    r"[»\"”]?\s+(?:[\w-]+\s+)?(?:т[өо]рага|т[өо]райым|директор|жетекчи|башчы|[өо]к[үу]л|координатор|адис|кызматкер|президент"
    r"|менеджер|эксперт|тренер|мугалим)\w*\s+[A-ZА-ЯЁӨҮҢ][\w-]+(?:\s+[A-ZА-ЯЁӨҮҢ][\w.-]+)?")


_KY_SAID = re.compile(r"(?<!\w)(?:айтты|айтып|билдирди|белгиледи|баса\s+белгиледи|деди|маалымдады|кабарлады"
                      r"|т[үу]ш[үу]нд[үу]рд[үу]|эскертти|сүйлөдү|сөз\s+кылды)(?!\w)")


def speaker_after(raw: str, end: int, cue_start: int) -> bool:
    """A Kyrgyz title and a personal name follow the name ending at ``end`` before the cue at ``cue_start``,
    and the sentence ends on a verb of saying: the cue is in the speaker's words."""
    if _KY_SPEAKER.match(raw, end, cue_start) is None:
        return False
    stop = raw.find(". ", cue_start)
    return _KY_SAID.search(raw, cue_start, stop if stop >= 0 else len(raw)) is not None


# "Своими продуктами поделились банки X и Y, а учёные Z представили результаты": a contrastive
# conjunction after a comma opens a clause with its own subject, so a verb after it is not the banks'
# ("а также" only lengthens the list).  Folded text.
_CONTRAST = re.compile(r",\s*(?:а(?!\s+также)|но|тогда\s+как|whereas|while|but)\s")


def contrast_between(ft: str, start: int, end: int) -> bool:
    """A contrastive clause opens in ``ft[start:end]`` (between a name and a clause-final verb)."""
    return _CONTRAST.search(ft, start, end) is not None


# "Эксперт МОТ Динара Абдыкадырова представила обзор", "ЭЭУнун эксперти … тааныштырды", "ILO expert X presented",
# "a representative of UNDP spoke": one staff member of the body speaks at another's event; the body sent a
# speaker, it did not run the event (a head — director, chair — speaks for an organizer, so only staff titles).
_STAFF_BEFORE = re.compile(
    r"(?<!\w)(?:эксперт|специалист|консультант|представител[ья]|сотрудни(?:к|ца)|expert|specialist|consultant"
    r"|representative|officer|staff\s+member)(?:\s+(?:of|from)(?:\s+the)?)?\s+"
    # the acronym in brackets after the full name is the same body: "Эксперт Международной организации труда (МОТ)"
    r"(?:[^()\n.]{2,80}\(\s*)?$")
_STAFF_AFTER = re.compile(
    r"[\s»”\"']*(?:\([^()]{1,20}\)\s*)?(?:эксперти|адиси|окулу|кызматкери|консультанты|expert|specialist|consultant"
    r"|representative|officer)(?!\w)")


def staff_speaker(ft: str, start: int, end: int) -> bool:
    """A single staff member's title stands right before the name at ``start:end`` or right after it."""
    return _STAFF_BEFORE.search(ft, max(0, start - 120), start) is not None or _STAFF_AFTER.match(ft, end) is not None
