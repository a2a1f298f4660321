"""Organizations named by a descriptive noun phrase, without quotes or a legal form.

"Нарын облустук аялдар кеңешинин" → "Naryn Oblast Women's Council", "Кочкор айыл чарба
кооперативи" → "Kochkor Agricultural Cooperative", "Нарынский областной центр семейной медицины" →
"Naryn Oblast Family Medicine Centre", "Ассоциация фермеров Чуйской долины" → "Chui Valley Farmers
Association", "Ассоциация водопользователей «Ак-Суу»" → "Ak-Suu Water Users Association", "the
Naryn Women's Council" → "Naryn Women's Council".  A phrase is a head noun from a closed list
(``org_glossary``) with descriptive words the glossary translates, and a known place (or, in
Russian, a capitalized first word or a quoted name): a word the glossary does not know stops the
phrase, so an untranslatable phrase gives nothing rather than a half-English name.  The same body
gets the same name in every language: places by their gazetteer English name, words by the glossary.
A Kyrgyz head in the locative ("жаштар борборунда") or a Russian one after "в" is the venue, not a
body that takes part; plurals name several bodies and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.reference.org_context_places import district_bodies, level_place_before
from etl.reference.org_glossary import Entry, glossary
from etl.reference.org_municipal import city_hall_owner, unowned_state_body
from etl.reference.org_places import place_name
from etl.reference.org_titles import heading_line, in_title
from etl.reference.scan import Triggered
from etl.reference.unseen_names import latin_name
from etl.reference.unseen_orgs import quoted_span

# Kyrgyz head endings: possessive and one case, never the locative (a venue) or a plural.
_KY_END = re.compile(r"(?:[ыиуа]|с[ыиу])?(?:н[ыиу]н|н[аео]|г[аео]|к[аео]|н[ыиу]|н[аео]н|[дт][ыиу]н|[дт][аео]н)?")
_RU_END = re.compile(r"|а|у|ом|ем|е|ы|и|я|ю|ей|ой|ою|ию|ия|ии|ией|ие|ь|ью|ой|ы")
_EN_END = re.compile(r"|s")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-‐–'’][^\W\d_]+)*")
_GAP = re.compile(r"[^\S\n]+")
_KY_LEVEL = {"облустук": "Oblast", "облусунун": "Oblast", "райондук": "District", "районунун": "District",
             "шаардык": "City", "шаарынын": "City", "айылдык": "", "айылынын": ""}
_RU_LEVEL = (("областн", "Oblast"), ("районн", "District"), ("городск", "City"))
_RU_PLACE_ADJ = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)$")
_RU_AFTER_PLACE = re.compile(
    rf"({_TOKEN.pattern})(?:ск|цк)(?:ой|ого)[^\S\n]+(области|района|долины)|города[^\S\n]+({_TOKEN.pattern})"
    rf"|(?:села|с\.|айыла|поселка)[^\S\n]*({_TOKEN.pattern})|({_TOKEN.pattern})")
_LEVELS = {"Oblast": ("oblast",), "District": ("rayon",), "City": ("city", "town"),
           "": ("city", "town", "rayon", "oblast", "village", "ayil_aimak")}
_KY_GEN = re.compile(r"(?:[дтн][ыиу]н)$")
_EN_LEVEL = {"oblast": "Oblast", "region": "Oblast", "district": "District", "city": "City", "valley": "Valley"}
_KYRGYZSTAN = re.compile(r"[^\S\n]+(Кыргызстана|Кыргызской[^\S\n]+Республики|КР)(?!\w)")
# "и" joins a further complement only when a genitive plural follows ("фермеров и животноводов");
# "Ассоциации перевозчиков и активисты" lists a second group of people present.
_CONTINUES = re.compile(r"[^\S\n]+(?:(?:с|со|по|для|из|от)[^\S\n]+[а-яё]|и[^\S\n]+[а-яё]+(?:ов|ев|ей|ых|их)(?!\w))",
                        re.IGNORECASE)
# With no place, an association of people is written "Association of Foster Parents", as "Association of
# Crisis Centres"; a place puts the words before the head ("Chui Valley Farmers Association").
_OF_HEADS = frozenset({"Association", "Union", "League"})
_PUBLIC_HEADS = frozenset({"Association", "Organization"})  # коомдук бирикме, коомдук уюм
_VENUE_BEFORE = re.compile(r"(?:^|[^\w])(?:в|во|на|at|in)[^\S\n]+$", re.IGNORECASE)


@dataclass(slots=True)
class Phrase:
    start: int
    end: int
    name: str  # canonical English name
    kind: str
    quoted: bool = False  # "«Ак-Суу» суу пайдалануучулар бирикмеси": a proper name, no background phrase


def _fold(word: str) -> str:
    return (word.lower().replace("ң", "н").replace("ө", "о").replace("ү", "у").replace("ё", "е")
            .replace("’", "'").replace("-", " ").replace("‐", " ").replace("–", " "))


def _lang(word: str) -> str:
    if word.isascii():
        return "en"
    return "ky" if re.search(r"[өүңӨҮҢ]", word) else "cyr"


# One shared Aho-Corasick pass finds the words that open with a head stem; no regex walks the text.
_HEAD_SCAN = Triggered("org_phrase_heads", re.compile(r"[^\W\d_]+"),
                       sorted({stem for table in glossary().heads.values() for stem in table}))


def whole_phrase(name: str) -> Phrase | None:
    """``name`` read whole as one descriptive phrase: a Kyrgyz head last ("Ош ишкерлер борбору") or a
    Russian head first ("Центр предпринимателей Оша").  No scanner pass: a quoted name inside a
    document is read without displacing the document's own scan."""
    words = list(_TOKEN.finditer(name))
    if len(words) < 2:
        return None
    heads = glossary().heads
    last = words[-1]
    stem = _stem(_fold(last.group()), heads.get("ky", {}))
    found = _kyrgyz(name, last.start(), last.end(), heads["ky"][stem]) \
        if stem and _KY_END.fullmatch(_fold(last.group())[len(stem):]) else None
    # the Russian head first or after its adjectives ("Молодежный центр Ала-Бука", "Женский ресурсный центр")
    for word in words[:3] if found is None else ():
        if (stem := _stem(_fold(word.group()), heads.get("ru", {}))) \
                and _RU_END.fullmatch(_fold(word.group())[len(stem):]):
            found = _russian(name, word.start(), word.end(), heads["ru"][stem])
            break
    return found if found and found.start == 0 and found.end == len(name.rstrip()) else None


def noun_phrase_organizations(text: str) -> list[Phrase]:
    """Every descriptive-phrase organization in ``text``, with its English name and kind."""
    out: list[Phrase] = []
    heads = glossary().heads
    en, ky, ru = heads.get("en", {}), heads.get("ky", {}), heads.get("ru", {})
    from etl.reference.organizations import _match_text  # the folded text the scanner has read

    ft = _match_text(text)
    for m in _HEAD_SCAN.finditer(ft, 0, len(ft), _HEAD_SCAN.starts(ft)):
        word = m.group()
        found = None
        if word.isascii():
            stem = _stem(word, en)
            if stem and text[m.start()].isupper() and _EN_END.fullmatch(word[len(stem):]):
                found = _english(text, m.start(), m.end(), en[stem])
        else:
            stem = _stem(word, ky)
            if stem and _KY_END.fullmatch(word[len(stem):]):
                found = _kyrgyz(text, m.start(), m.end(), ky[stem])
            stem = _stem(word, ru)
            if found is None and stem and _RU_END.fullmatch(word[len(stem):]):
                found = _russian(text, m.start(), m.end(), ru[stem])
        if found and not (out and found.start < out[-1].end) and not in_title(text, found.start) \
                and (found.kind, found.name) not in _NO_ORGANIZATION and not heading_line(text, found.start, found.end, found.kind):
            out.append(found)
    return out + [Phrase(s, e, name, "government") for s, e, name in district_bodies(text)]


# "гражданское общество", "жарандык коом": civil society is a sector, no organization
_NO_ORGANIZATION = frozenset({("ngo", "Civic Society"), ("ngo", "Civic Society of Kyrgyzstan")})
def _stem(word: str, table: dict[str, Entry]) -> str | None:
    """The longest head stem of ``table`` the word opens with (ассоциациясы: ассоциация, not ассоциаци)."""
    for k in range(len(word), 2, -1):  # a plain loop: this runs for every word a head stem opens
        if word[:k] in table:
            return word[:k]
    return None


def _words_before(text: str, start: int, limit: int = 8) -> list[tuple[int, int]]:
    """Spans of the words right before ``start``, nearest last, separated by spaces only."""
    out: list[tuple[int, int]] = []
    pos = start
    for _ in range(limit):
        gap = pos
        while gap > 0 and text[gap - 1] in " \t\u00a0":
            gap -= 1
        if gap == pos or gap == 0:
            break
        end = gap
        s = end
        while s > 0 and (text[s - 1].isalpha() or text[s - 1] in "-‐–'’" and s > 1 and text[s - 2].isalpha()):
            s -= 1
        if s == end or not text[s].isalpha():
            break
        out.append((s, end))
        pos = s
    out.reverse()
    return out


def _words_after(text: str, end: int, limit: int = 8) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = end
    for _ in range(limit):
        gap = _GAP.match(text, pos)
        if gap is None:
            break
        m = _TOKEN.match(text, gap.end())
        if m is None:
            break
        out.append((m.start(), m.end()))
        pos = m.end()
    return out


def _desc_left(text: str, words: list[tuple[int, int]], table: dict[str, Entry], stems: bool = False,
               ky_gen: bool = False) -> tuple[int, list[Entry]]:
    """The descriptors that end right before the head, read leftwards (longest entry first):
    the index of the first one and the entries in text order."""
    i = len(words)
    found: list[Entry] = []
    longest = glossary().longest
    # each word folded once, not once per candidate run of words (the fold maps characters one by one,
    # and a space stays a space, so joining folded words is folding the joined words)
    folded = [_fold(text[s:e]) for s, e in words]
    while i > 0:
        for n in range(min(longest, i), 0, -1):
            key = " ".join(folded[i - n:i])
            entry = table.get(key)
            if entry is None and ky_gen and _KY_GEN.search(key):
                entry = table.get(key[:-3])  # "аялдардын кеңеши", "суу пайдалануучулардын": a genitive modifier
            if entry is None and stems and n == 1:
                entry = next((v for k, v in table.items() if key.startswith(k) and len(key) - len(k) <= 3), None)
            if entry is not None:
                found.insert(0, entry)
                i -= n
                break
        else:
            break
    return i, found


def _compose(place: str | None, level: str, descs: list[Entry], head: Entry, proper: str = "") -> Phrase | None:
    words = [w for w in (proper, place or "", level if place else "") if w]
    english = [d.english for d in descs]
    deduped = [w for k, w in enumerate(english) if k == 0 or w != english[k - 1]]
    name = " ".join([*words, *deduped, head.english])
    kind = "government" if any(d.kind == "government" for d in descs) else head.kind
    return Phrase(0, 0, name, kind)


def _kyrgyz(text: str, hs: int, he: int, head: Entry) -> Phrase | None:
    words = _words_before(text, hs)
    # "«Баетов-Суу» айылдык суу пайдалануучулардын коомдук бирикмеси": "коомдук" is the legal form's
    public = bool(words) and head.english in _PUBLIC_HEADS and _fold(text[words[-1][0]:words[-1][1]]) == "коомдук"
    i, descs = _desc_left(text, words[:-1] if public else words, glossary().desc.get("ky", {}), ky_gen=True)
    if not descs and not _complete(head):
        return None
    first = words[i][0] if i < len(words) else hs
    rural = i > 0 and _fold(text[words[i - 1][0]:words[i - 1][1]]) == "айылдык"
    quoted = _quoted_before(text, words[i - 1][0] if rural else first) if descs else None
    if quoted:  # "«Ак-Ниет» аялдар кеңеши": the quoted name is the body's own
        if rural:  # "айылдык суу пайдалануучулар": the village's users, a rural association
            descs = [Entry("Rural", ""), *descs]
        phrase = _with_span(_compose(None, "", descs, head, latin_name(quoted[0])), quoted[1], he)
        if phrase:
            phrase.quoted = True
        return phrase
    if public:
        return None  # a public association named by its words alone is an unseen name, not a phrase
    if i == 0:
        return None
    level = ""
    if _fold(text[words[i - 1][0]:words[i - 1][1]]) in _KY_LEVEL:
        level = _KY_LEVEL[_fold(text[words[i - 1][0]:words[i - 1][1]])]
        i -= 1
        if level and (i == 0 or place_name(text[words[i - 1][0]:words[i - 1][1]], _LEVELS[level]) is None) \
                and (place := level_place_before(text, words[i][0], level)):  # "райондук билим берүү бөлүмү"
            return _with_span(_compose(place, level, descs, head), words[i][0], he)
        if i == 0:
            return None
    ps, pe = words[i - 1]
    written = text[ps:pe]
    if not written[0].isupper():
        return None
    place = place_name(written, _LEVELS[level])
    if place is None:
        return None
    # A line that is the name alone (a post's author, "Жашыл Каракол жаштар тобу"): capitalized words
    # before the place belong to it; within a sentence they may be anything ("Бүгүн Каракол …")
    line, line_end = text.rfind("\n", 0, ps) + 1, text.find("\n", he)
    before = text[line:ps].split()
    if 0 < len(before) <= 2 and all(w[:1].isupper() and w.isalpha() for w in before) \
            and not text[he:line_end if line_end >= 0 else len(text)].strip():
        return _with_span(_compose(place, level, descs, head, " ".join(latin_name(w) for w in before)), line, he)
    return _with_span(_compose(place, level, descs, head), ps, he)


def _complete(head: Entry) -> bool:
    """A head that names the body whole ("ЦСМ", "ҮМБ": a family medicine centre) needs no other word."""
    return " " in head.english


def _with_span(phrase: Phrase | None, start: int, end: int) -> Phrase | None:
    if phrase:
        phrase.start, phrase.end = start, end
    return phrase


_QUOTE_BEFORE = re.compile(r"«([^«»\n]{2,60})»[^\S\n]*$")


def _quoted_before(text: str, pos: int) -> tuple[str, int] | None:
    m = _QUOTE_BEFORE.search(text, max(0, pos - 70), pos)
    return (m.group(1), m.start()) if m else None


def _russian(text: str, hs: int, he: int, head: Entry) -> Phrase | None:
    gl = glossary()
    words = _words_before(text, hs, 5)
    i, left = _desc_left(text, words, gl.desc.get("ru_adj", {}), stems=True)
    start = words[i][0] if i < len(words) else hs
    place, level = None, ""
    if i > 0:
        w = _fold(text[words[i - 1][0]:words[i - 1][1]])
        lv = next((name for stem, name in _RU_LEVEL if w.startswith(stem)), None)
        if lv and i > 1 and _RU_PLACE_ADJ.search(text, words[i - 2][0], words[i - 2][1]):
            place = place_name(text[words[i - 2][0]:words[i - 2][1]], _LEVELS[lv])
            if place:
                level, start = lv, words[i - 2][0]
        elif lv and (place := level_place_before(text, words[i - 1][0], lv)):  # "районное управление занятости"
            level, start = lv, words[i - 1][0]
    after = _words_after(text, he)
    gen_table = gl.desc.get("ru", {})
    right: list[Entry] = []
    j = 0
    end = he
    while j < len(after):
        for n in range(min(gl.longest, len(after) - j), 0, -1):
            entry = gen_table.get(_fold(" ".join(text[s:e] for s, e in after[j:j + n])))
            if entry is not None:
                right.append(entry)
                end = after[j + n - 1][1]
                j += n
                break
        else:
            break
    if not left and not right and not _complete(head):
        return None
    if right and _CONTINUES.match(text, end):
        return None  # "Ассоциация родителей детей с инвалидностью": words the glossary cannot render follow
    proper = ""
    if place is None and (right or left or _complete(head)):
        place, level, end, ok = _place_after(text, end)
        if not ok:
            return None
    q = _GAP.match(text, end)
    if q and q.end() < len(text) and text[q.end()] in "«“\"„":
        quoted = quoted_span(text, q.end())
        if quoted:
            proper, end = latin_name(quoted[0]), quoted[1]
    country = _KYRGYZSTAN.match(text, end) if place is None and not proper else None
    capital = text[start].isupper() and not _sentence_start(text, start)
    if place is None and not proper and not country and not (capital and (right or len(left) > 1)):
        return None
    if _VENUE_BEFORE.search(text, max(0, start - 4), start):
        return None
    phrase = _compose(place, level, [*reversed(right), *left], head, proper)
    if phrase is None or unowned_state_body(phrase.kind, place, proper, country is not None):
        return None
    if right and place is None and not proper and not country and head.english in _OF_HEADS:
        phrase.name = " ".join([*(d.english for d in left), head.english, "of", *(d.english for d in right)])
    if country:
        phrase.name += " of Kyrgyzstan"
        end = country.end()
    if (number := _NUMBERED.match(text, end)) is not None:  # "центр семейной медицины №8" is one of many
        phrase.name += f" No. {number.group(1)}"
        end = number.end()
    phrase.start, phrase.end = start, end
    return phrase


_NUMBERED = re.compile(r"[^\S\n]*№[^\S\n]*(\d{1,3})(?!\d)")


def _place_after(text: str, end: int) -> tuple[str | None, str, int, bool]:
    """A place in the genitive after the complements: "Чуйской долины", "Таласской области",
    "города Ош", "Баткена".  A capitalized word that is no known place is an unknown proper name:
    the phrase cannot be named (``ok`` False)."""
    gap = _GAP.match(text, end)
    if gap is not None and (owner := city_hall_owner(text, gap.end())):
        return owner[0], "City", end, True  # the city hall stays a body of its own
    if gap is None or gap.end() >= len(text) or not text[gap.end()].isupper() and \
            not text.startswith(("города", "села", "с.", "айыла", "поселка"), gap.end()):
        return None, "", end, True
    m = _RU_AFTER_PLACE.match(text, gap.end())
    if m is None:
        return None, "", end, True
    if m.group(1):
        kind = {"области": "Oblast", "района": "District", "долины": "Valley"}[m.group(2)]
        place = place_name(m.group(1), _LEVELS["Oblast" if kind == "Valley" else kind])
        return place, kind, m.end(), place is not None
    if m.group(3):
        place = place_name(m.group(3), _LEVELS["City"], genitive=True)
        return place, "City" if place else "", m.end(), place is not None
    if m.group(4):  # "Совет аксакалов села Ак-Суу": a village the gazetteer must know
        place = place_name(m.group(4), _LEVELS[""] + ("ayil_aimak",), genitive=True)
        return place, "", m.end(), place is not None
    word = m.group(5)
    if _KYRGYZSTAN.match(text, end):
        return None, "", end, True
    place = place_name(word, ("city", "town", "oblast", "rayon"), genitive=True)  # "Молодежный центр Ала-Буки": a district too
    return place, "", m.end(), place is not None




def _sentence_start(text: str, pos: int) -> bool:
    k = pos
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n:;•–—-\"«(" or text[k - 1].isdigit()


def _english(text: str, hs: int, he: int, head: Entry) -> Phrase | None:
    words = _words_before(text, hs, 6)
    table = glossary().desc.get("en", {})
    descs: list[Entry] = []
    i = len(words)
    while i > 0 and text[words[i - 1][0]].isupper():
        entry = table.get(_fold(text[words[i - 1][0]:words[i - 1][1]]))
        if entry is None:
            break
        descs.insert(0, entry)
        i -= 1
    if not descs:
        return None
    level = ""
    if i > 0 and _fold(text[words[i - 1][0]:words[i - 1][1]]) in _EN_LEVEL:
        level = _EN_LEVEL[_fold(text[words[i - 1][0]:words[i - 1][1]])]
        i -= 1
    if i == 0 or not text[words[i - 1][0]].isupper():
        return None
    written = text[words[i - 1][0]:words[i - 1][1]]
    place = place_name(written, _LEVELS["Oblast" if level == "Valley" else level]) if written.isascii() else None
    if place is None:
        return None
    phrase = _compose(place, level, descs, head)
    if phrase:
        phrase.start, phrase.end = words[i - 1][0], he
    return phrase
