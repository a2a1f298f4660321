"""Organizations the registry does not know, found by their legal form around a quoted name.

"ОФ «Ынтымак»", "общественным объединением «Алга»" (→ ОО «Алга»), "«Жаш Муун» коомдук фондунун"
(→ «Жаш Муун» коомдук фонду), "«Нур» КФнын" (→ «Нур» КФ), "ОсОО «Агро Трейд»" (a business);
nested quotes are read whole (ОФ «Центр «Интербилим»», ОО "Центр "Данко""); English names
written with their form and no quotes ("Eco-Naryn Public Foundation") keep the words as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from etl.reference.org_english_forms import form_before_english
from etl.reference.org_form_lists import listed_after_plural_form
from etl.reference.org_form_lists_ky import listed_before_plural_form_ky
from etl.reference.org_roles_support import sponsor_hint
from etl.reference.scan import find_all
from etl.reference.unseen_names import english_name
from etl.text import fold


@dataclass(slots=True)
class Unseen:
    start: int
    end: int
    name: str  # as displayed: the legal form in its dictionary form and the quoted name
    kind: str  # "ngo" or "business"
    quoted: str  # the name inside its quotes ("" for an English name without quotes)
    form_first: bool  # "ОФ «X»" rather than "«X» коомдук фонду"
    role_hint: str = ""  # "sponsor": a firm, whose "support" of an event is money or goods


_Q_OPEN, _Q_CLOSE = "«“\"„", "»”\"“"
_FORM_BEFORE = re.compile(
    r"(?<![\w])(ОФ|ОО|РОО|МОО|ОБ|ОЮЛ|НПО|АНПО|НКО|ОсОО|ОАО|ЗАО|МОФ|ЖЧК|БУА|КФ|КБ|АВП|СПА|"
    r"[Оо]бщественн\w+\s+(?:фонд|объединени|организаци)\w*|[Мм]еждународн\w+\s+(?:общественн\w+\s+)?(?:фонд|организаци|центр)\w*|"
    r"[Мм]униципальн\w+\s+предприяти\w*|МП|[Бб]лаготворительн\w+\s+фонд\w*|[Мм]олод[её]жн\w+\s+движени\w*|"
    r"[Ии]нициативн\w+\s+групп\w*|[Cc]haritable\s+[Ff]ound\w*|[Гг]ражданск\w+\s+инициатив\w*|"
    r"[Мм]олод[её]жн\w+\s+(?:сет|групп)\w*|"
    r"[Мм]икро(?:кредитн|финансов)\w+\s+компани\w*|[Фф]онд\w*|[Аа]ссоциаци\w*|[Кк]ризисн\w+\s+центр\w*|[Рр]есурсн\w+\s+центр\w*|Центр\w*|[Кк]омпани\w*|[Кк]ооператив\w*|"
    r"[Оо]бществ\w+\s+с\s+ограниченной\s+ответственностью|[Cc]risis\s+[Cc]ent(?:re|er)|"
    r"[Pp]ublic\s+[Ff]oundation|[Pp]ublic\s+[Aa]ssociation|NGO|[Mm]unicipal\s+(?:[Ee]nterprise|[Cc]ompany)|"
    # an all-capitals heading ("ОБЩЕСТВЕННЫЙ ФОНД «ЖАРАНДЫК ДЕМИЛГЕ»", "PUBLIC FOUNDATION «…»")
    r"ОБЩЕСТВЕНН[А-Я]+\s+(?:ФОНД|ОБЪЕДИНЕНИ|ОРГАНИЗАЦИ)[А-Я]*|PUBLIC\s+(?:FOUNDATION|ASSOCIATION))\s*"
    + f"(?=[{_Q_OPEN}])")
def form_before_quote(text: str, quote: int) -> bool:
    """A legal form right before the opening quote at ``quote`` ("ОО «Ресурсный центр для пожилых»"): the
    quoted words name that organization, whatever follows them."""
    return any(m.end() == quote for m in _FORM_BEFORE.finditer(text, max(0, quote - 60), quote + 1))


_FORM_AFTER = re.compile(
    r"[^\S\n]*((?:эл\s+аралык\s+)?коомдук\s+(?:фонд|бирикме)\w*|(?:эл\s+аралык\s+)?(?:фонд|бирикме)\w*|"
    r"ассоциациясы\w*|муниципалдык\s+ишкана\w*|(?:микрокаржы|микрокредиттик)\s+компания\w*|компания\w*|кайрымдуулук\s+фонд\w*|жаштар\s+кыймыл\w*|жарандык\s+демилге\w*|"
    r"(?:жаштар\s+)?демилге(?:л[үу][үу])?\s+то[бп]\w*|жаштар\s+(?:то[бп]|тармаг)\w*|(?:улуттук\s+)?(?:т[үу]й[үу]н|тармаг)\w*|демилгел[үу][үу]\s+то[бп]\w*|[Бб]ейөкмөт\s+уюмдарын\w*\s+ассоци\w+|коомдук\s+уюм\w*|борбору\w*|уюму\w*|"
    r"КООМДУК\s+(?:ФОНД|БИРИКМЕ)[А-ЯӨҮҢ]*|жоопкерчилиги\s+чектелген\s+коом\w*|ЖЧК|ОсОО|ААК[а-яөүң]{0,6}(?!\w)|(?:КФ|КБ|БӨУ|СПА)[а-яөүң]{0,5}(?!\w)|айыл\s+чарба\s+кооператив\w*|кооперативи\w*|[Pp]ublic\s+[Ff]oundation|[Ff]oundation|[Aa]ssociation)")
_CLOSE_THEN_FORM = re.compile(rf"[{_Q_CLOSE}]" + _FORM_AFTER.pattern)
_LEGAL_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), f) for p, f in (
    # a name kept as written keeps its form as written, in the nominative (labels list them so)
    (r"международн\w*\s+общественн\w*\s+фонд\w*", "международный общественный фонд"),
    (r"жаштар\s+демилгел[үу][үу]\s+то[бп]\w*", "жаштар демилгелүү тобу"), (r"жаштар\s+демилге\s+то[бп]\w*", "жаштар демилге тобу"), (r"демилге\s+то[бп]\w*", "демилге тобу"),
    (r"общественн\w*\s+фонд\w*", "общественный фонд"), (r"общественн\w*\s+объединени\w*", "общественное объединение"),
    (r"общественн\w*\s+организаци\w*", "общественная организация"), (r"коомдук\s+уюм\w*", "коомдук уюму"),
    (r"эл\s+аралык\s+коомдук\s+фонд\w*", "эл аралык коомдук фонду"),
    (r"коомдук\s+фонд\w*", "коомдук фонду"), (r"коомдук\s+бирикме\w*", "коомдук бирикмеси"),
    (r"жоопкерчилиги\s+чектелген\s+коом\w*", "жоопкерчилиги чектелген коому"),
    (r"обществ\w*\s+с\s+ограниченной\s+ответственностью", "общество с ограниченной ответственностью"),
    (r"crisis\s+cent(?:re|er)", "crisis centre"),
    (r"кризисн\w*\s+центр\w*", "Кризисный центр"), (r"ресурсн\w*\s+центр\w*", "Ресурсный центр"),
    (r"фонд\w*", "фонд"), (r"ассоциаци\w*", "ассоциация"), (r"ассоциациясы\w*", "ассоциациясы"),
    (r"муниципальн\w*\s+предприяти\w*", "муниципальное предприятие"), (r"компани\w*", "компания"),
    (r"благотворительн\w*\s+фонд\w*", "благотворительный фонд"), (r"кайрымдуулук\s+фонд\w*", "кайрымдуулук фонду"),
    (r"молод[её]жн\w*\s+движени\w*", "молодёжное движение"), (r"жаштар\s+кыймыл\w*", "жаштар кыймылы"),
    (r"гражданск\w*\s+инициатив\w*", "гражданская инициатива"), (r"жарандык\s+демилге\w*", "жарандык демилгеси"),
    (r"молод[её]жн\w*\s+сет\w*", "молодёжная сеть"), (r"жаштар\s+тармаг\w*", "жаштар тармагы"),
    # "«Кыргызстандын лидер аялдары» улуттук түйүнү", "«Аялдар үнү» тармагы": a network of member bodies
    (r"улуттук\s+т[үу]й[үу]н\w*", "улуттук түйүнү"), (r"улуттук\s+тармаг\w*", "улуттук тармагы"),
    (r"т[үу]й[үу]н\w*", "түйүнү"), (r"тармаг\w*", "тармагы"),
    (r"молод[её]жн\w*\s+групп\w*", "молодёжная группа"), (r"жаштар\s+то[бп]\w*", "жаштар тобу"),
    (r"инициативн\w*\s+групп\w*", "инициативная группа"), (r"демилгел[үу][үу]\s+то[бп]\w*", "демилгелүү тобу"),
    (r"муниципалдык\s+ишкана\w*", "муниципалдык ишканасы"), (r"кооператив\w*", "кооператив"),
    (r"айыл\s+чарба\s+кооператив\w*", "айыл чарба кооперативи"),
    (r"бирикме\w*", "бирикмеси"), (r"борбор\w*", "борбору"), (r"уюм\w*", "уюму"), (r"центр\w*", "центр"),
))
_BUSINESS_FORMS = ("осоо", "оао", "зао", "жчк", "аак", "жоопкерчилиги", "общество с ограниченной", "компани", "кооператив",
                   "айыл чарба кооператив", "микро")
_WORD = re.compile(r"\w+")


def unseen_organizations(text: str) -> list[Unseen]:
    """Organizations not in the registry, named in quotes with a legal form before or after the
    quotes ("ОФ «Ынтымак»", "«Ынтымак» коомдук фонду"), or in English "Eco-Naryn Public Foundation"."""
    hits = _english_unseen(text)
    hits += [Unseen(s, e, name, "state_company" if name.endswith("Municipal Enterprise") else "ngo", "", True)
             for s, e, name in form_before_english(text)]
    quotes = [i for q in _Q_OPEN for i in find_all(text, q)]
    if not quotes:
        return hits
    last_end = 0
    # the legal form is one of the (at most four: "общество с ограниченной ответственностью") words
    # right before a quote
    for q in sorted(quotes):
        for w in list(_WORD.finditer(text, max(0, q - 120), q))[-4:]:
            if w.start() < last_end:
                continue
            before = _FORM_BEFORE.match(text, w.start())
            quoted = quoted_span(text, before.end()) if before else None
            if before and quoted and _OWNERS_PROJECT.match(before.group(1)) and (
                    _PROJECT_AFTER.match(text, quoted[1]) or _FORM_AFTER.match(text, quoted[1])):
                # a genitive form before the quotes belongs to another phrase: "Тоолуу аймактар фондунун «…»
                # долбоору" (the owner's form, the project's quotes), "байге фондун «Ак-Турпак Агро» ЖЧКсы" (the
                # prize fund; the firm's own form follows)
                break
            if before and quoted:
                hits.append(_quoted_hit(text, before.start(), quoted[1], before.group(1), quoted[0], True))
                last_end = quoted[1]
                break
    last_end = 0
    closes = [m.start() for m in _CLOSE_THEN_FORM.finditer(text)]
    for q in sorted(quotes):  # the pattern opens with the quote: try it only there
        k = bisect_left(closes, q + 1)
        if q < last_end or k == len(closes) or closes[k] > q + _MAX_QUOTED + 8:
            continue  # no closing quote with a legal form after it within reach: no character walk
        if (quoted := quoted_span(text, q)) is None:
            continue
        if (after := _FORM_AFTER.match(text, quoted[1])) and not (
                after.group(1).lower().startswith("компания") and any(h.end == quoted[1] for h in hits)):
            # "ОсОО «Агро Трейд» компаниясы": the legal form before names the firm, "компания" is a word
            hits.append(_quoted_hit(text, q, after.end(), after.group(1), quoted[0], False))
            last_end = after.end()
    taken = [(h.start, h.end) for h in hits]
    for s, e, form, name in listed_after_plural_form(text, quoted_span):
        if all(e <= a or s >= b for a, b in taken):  # "предприятий «A» и «B»": B has A's form
            hits.append(_quoted_hit(text, s, e, form, name, True))
    for s, e, form, name in listed_before_plural_form_ky(text):
        if all(e <= h.start or s >= h.end for h in hits):  # "«A» жана «B» коомдук бирикмелери": A as B
            hits.append(_quoted_hit(text, s, e, form, name, False))
    return hits


_MAX_QUOTED = 90
# a Kyrgyz genitive form before quotes that a project word follows
_OWNERS_PROJECT = re.compile(r"(?i).*(?:нун|нын|дун|дин|тун|тин|нин|нүн|дүн|түн)$")
_PROJECT_AFTER = re.compile(r"\s*(?:долбоор|программа|проект)", re.IGNORECASE)


def quoted_span(text: str, q: int) -> tuple[str, int] | None:
    """The name inside the quotes opening at ``q`` and the end of its closing quote, reading
    nested quotes whole: ОФ «Центр «Интербилим»», ОО "Центр "Данко"" (a straight or curly
    quote before a letter opens, any other closes).  The inner quotes become «»."""
    if q >= len(text) or text[q] not in _Q_OPEN:
        return None
    depth = 0
    inner: list[str] = []
    for i in range(q, min(len(text), q + _MAX_QUOTED + 8)):
        ch = text[i]
        if ch == "\n":
            return None
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in "«„" or (ch in "\"“" and (i == q or nxt.isalnum() and not text[i - 1].isalnum())):
            depth += 1
            if i > q:
                inner.append("«")
            continue
        if ch in _Q_CLOSE:
            depth -= 1
            if depth == 0:
                name = re.sub(r"\s+", " ", "".join(inner)).strip()
                return (name, i + 1) if 2 <= len(name) <= _MAX_QUOTED else None
            inner.append("»")
            continue
        inner.append(ch)
    return None


_FARM_BEFORE = re.compile(r"(?:сельскохозяйственн|молочн|фермерск|животноводческ|пастбищн|плодоовощн|агро)\w*\s+$",
                          re.IGNORECASE)

# A report about farm cooperatives ("фермерских кооперативов", "айыл чарба кооперативдери", "farmers")
# names a bare "кооператив «X»" among them; a housing or credit cooperative says so right before.
_FARM_TEXT = re.compile(r"(?:сельскохозяйствен|фермер|айыл\s+чарба|дыйкан|agricultur|farmer)", re.IGNORECASE)
_KY_FARM_COOPS = re.compile(r"айыл\s+чарба\s+кооперативдер", re.IGNORECASE)
_OTHER_COOP_BEFORE = re.compile(r"(?:жилищн|кредитн|потребительск|строительн|гаражн|housing|credit)\w*\s+$",
                                re.IGNORECASE)


def _quoted_hit(text: str, s: int, e: int, form: str, name: str, form_first: bool) -> Unseen:
    """Unseen organization: its name as written, the legal form in its dictionary form
    ("общественным объединением «Алга»" -> "ОО «Алга»", "«Х» коомдук фондунун" -> "«Х» коомдук фонду")."""
    kind = "business" if fold(form).startswith(_BUSINESS_FORMS) else "ngo"
    form = raw_form = re.sub(r"\s+", " ", form).strip()
    form = re.sub(r"^([A-ZА-ЯЁӨҮҢ]{2,})[а-яёөүң]+$", r"\1", form)  # "КФнын" -> "КФ"
    for pat, canonical in _LEGAL_FORMS:
        if pat.fullmatch(form):
            form = canonical
            break
    name = re.sub(r"\s+", " ", name).strip()
    if raw_form.isupper() and len(raw_form) > 6 and name.isupper():
        name = name.title()  # an all-capitals heading: the name as the text writes it elsewhere
    # The Kyrgyz "«Көк-Ой Сүт» кооперативи" among farmers says no more than "cooperative" (labelled so in two
    # sets, its farm sibling in the same list written "айыл чарба кооперативи"); only a report about farm
    # cooperatives as such ("айыл чарба кооперативдеринин форуму") makes it one.  A farm report's Russian
    # "кооператив «X»" is read as a farm cooperative.
    # (the whole-text search last: most names are no cooperative's)
    if form == "кооператив" and (_FARM_BEFORE.search(text, max(0, s - 40), s) or (
            not _OTHER_COOP_BEFORE.search(text, max(0, s - 40), s)
            and (_KY_FARM_COOPS.search(text) if not form_first else _FARM_TEXT.search(text)))):
        form = "айыл чарба кооперативи"  # "молочный кооператив «Ак-Сүт»": a farm cooperative
    display = english_name(form, name) or (f"{form} «{name}»" if form_first else f"«{name}» {form}")
    if fold(form).lower().startswith(("муниципал", "мп", "municipal")):
        kind = "state_company"
    return Unseen(s, e, display, kind, name, form_first, sponsor_hint(form))


# "Eco-Naryn Public Foundation", "the Women's Initiative Public Association": capitalized words
# right before an English legal form (a bare "Foundation" is too common a word to go by).
_ENGLISH_FORM = re.compile(r"Public\s+(?:Foundation|Association|Fund)\b")
_CAPITALIZED_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[^\S\n]+){1,4})$")
_ENGLISH_SKIP = frozenset({"The", "A", "An", "And", "Of", "In", "On", "By", "With", "For", "At", "Public", "Monday",
                           "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                           # "the local NGO Chatkal Eco Tour Public Association": what the body is, not its name
                           "NGO", "INGO", "CSO", "CBO"})


def _english_unseen(text: str) -> list[Unseen]:
    out = []
    for i in find_all(text, "Public "):
        form = _ENGLISH_FORM.match(text, i)
        before = _CAPITALIZED_BEFORE.search(text, max(0, i - 80), i) if form else None
        if form is None or before is None:
            continue
        words = before.group(1).split()
        cut = max((k + 1 for k, w in enumerate(words) if w in _ENGLISH_SKIP), default=0)
        words = words[cut:]  # "On Monday the Eco-Naryn Public Foundation": the name starts after the article
        if not words:
            continue
        s = before.start(1) + before.group(1).index(words[0])
        out.append(Unseen(s, form.end(), f"{' '.join(words)} {' '.join(form.group().split())}", "ngo", "", False))
    return out


def bare_repeats(text: str, names: list[str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Later mentions of an unseen organization by its quoted name alone ("the public foundation
    "Community Development Alliance" … implemented by Community Development Alliance"): ``(start,
    end, name)`` of each one outside ``taken`` spans.  Only names of two or more capitalized words:
    a one-word name ("Ынтымак", "Мурас") is also an ordinary word."""
    out: list[tuple[int, int, str]] = []
    for name in sorted(set(names)):
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3):
            continue
        i = text.find(name)
        while i >= 0:
            e = i + len(name)
            if (i == 0 or not text[i - 1].isalnum()) and (e == len(text) or not text[e].isalnum()) \
                    and not any(s < e and i < t for s, t in taken):
                out.append((i, e, name))
            i = text.find(name, e)
    return out
