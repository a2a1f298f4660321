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

from etl.reference.org_context_places import district_bodies, level_place_before
from etl.reference.org_glossary import Entry, glossary
from etl.reference.org_phrase_ru import russian_phrase
from etl.reference.org_phrase_words import (
    LEVELS,
    TOKEN,
    Phrase,
    complete_head,
    compose,
    desc_left,
    fold_word,
    head_stem,
    with_span,
    words_before,
)
from etl.reference.org_places import place_name
from etl.reference.org_schools import school_bodies
from etl.reference.org_titles import heading_line, in_title
from etl.reference.scan import Triggered
from etl.reference.unseen_names import latin_name

__all__ = ["Phrase", "noun_phrase_organizations", "place_name", "whole_phrase"]

# Kyrgyz head endings: possessive and one case, never the locative (a venue) or a plural.
_KY_END = re.compile(r"(?:[ыиуа]|с[ыиу])?(?:н[ыиу]н|н[аео]|г[аео]|к[аео]|н[ыиу]|н[аео]н|[дт][ыиу]н|[дт][аео]н)?")
_RU_END = re.compile(r"|а|у|ом|ем|е|ы|и|я|ю|ей|ой|ою|ию|ия|ии|ией|ие|ь|ью|ой|ы")
_EN_END = re.compile(r"|s")
_KY_LEVEL = {"облустук": "Oblast", "облусунун": "Oblast", "райондук": "District", "районунун": "District",
             "шаардык": "City", "шаарынын": "City", "айылдык": "", "айылынын": "",
             # "Кара-Суу шаарындагы аймактык оорукана": the institution in that place is the place's
             "шаарындагы": "", "айылындагы": "", "районундагы": ""}
_EN_LEVEL = {"oblast": "Oblast", "region": "Oblast", "district": "District", "city": "City", "valley": "Valley"}
_BRANCH_AFTER = re.compile(r"[^\S\n]+филиал", re.IGNORECASE)
_PUBLIC_HEADS = frozenset({"Association", "Organization"})  # коомдук бирикме, коомдук уюм


# One shared Aho-Corasick pass finds the words that open with a head stem; no regex walks the text.
_HEAD_SCAN = Triggered("org_phrase_heads", re.compile(r"[^\W\d_]+"),
                       sorted({stem for table in glossary().heads.values() for stem in table}))


def whole_phrase(name: str) -> Phrase | None:
    """``name`` read whole as one descriptive phrase: a Kyrgyz head last ("Ош ишкерлер борбору") or a
    Russian head first ("Центр предпринимателей Оша").  No scanner pass: a quoted name inside a
    document is read without displacing the document's own scan."""
    words = list(TOKEN.finditer(name))
    if len(words) < 2:
        return None
    heads = glossary().heads
    last = words[-1]
    stem = head_stem(fold_word(last.group()), heads.get("ky", {}))
    found = _kyrgyz(name, last.start(), last.end(), heads["ky"][stem]) \
        if stem and _KY_END.fullmatch(fold_word(last.group())[len(stem):]) else None
    # the Russian head first or after its adjectives ("Молодежный центр Ала-Бука", "Женский ресурсный центр")
    for word in words[:3] if found is None else ():
        if (stem := head_stem(fold_word(word.group()), heads.get("ru", {}))) \
                and _RU_END.fullmatch(fold_word(word.group())[len(stem):]):
            found = russian_phrase(name, word.start(), word.end(), heads["ru"][stem])
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
            stem = head_stem(word, en)
            if stem and text[m.start()].isupper() and _EN_END.fullmatch(word[len(stem):]):
                found = _english(text, m.start(), m.end(), en[stem])
        else:
            stem = head_stem(word, ky)
            if stem and _KY_END.fullmatch(word[len(stem):]):
                found = _kyrgyz(text, m.start(), m.end(), ky[stem])
            stem = head_stem(word, ru)
            if found is None and stem and _RU_END.fullmatch(word[len(stem):]):
                found = russian_phrase(text, m.start(), m.end(), ru[stem])
        if found and not (out and found.start < out[-1].end) and not in_title(text, found.start) \
                and (found.kind, found.name) not in _NO_ORGANIZATION and not heading_line(text, found.start, found.end, found.kind):
            out.append(found)
    return out + [Phrase(s, e, name, "government") for s, e, name in district_bodies(text)] + school_bodies(text)


# "гражданское общество", "жарандык коом": civil society is a sector, no organization
_NO_ORGANIZATION = frozenset({("ngo", "Civic Society"), ("ngo", "Civic Society of Kyrgyzstan")})


def _kyrgyz(text: str, hs: int, he: int, head: Entry) -> Phrase | None:
    words = words_before(text, hs)
    # "«Баетов-Суу» айылдык суу пайдалануучулардын коомдук бирикмеси": "коомдук" is the legal form's
    public = bool(words) and head.english in _PUBLIC_HEADS and fold_word(text[words[-1][0]:words[-1][1]]) == "коомдук"
    i, descs = desc_left(text, words[:-1] if public else words, glossary().desc.get("ky", {}), ky_gen=True)
    if not descs and not complete_head(head):
        return None
    first = words[i][0] if i < len(words) else hs
    rural = i > 0 and fold_word(text[words[i - 1][0]:words[i - 1][1]]) == "айылдык"
    quoted = _quoted_before(text, words[i - 1][0] if rural else first) if descs else None
    if quoted:  # "«Ак-Ниет» аялдар кеңеши": the quoted name is the body's own
        if rural:  # "айылдык суу пайдалануучулар": the village's users, a rural association
            descs = [Entry("Rural", ""), *descs]
        elif public:  # "«Жаш Балыкчы» жаштар коомдук бирикмеси": a Youth Public Association, as the labels write it
            head = Entry(f"Public {head.english}", head.kind)
        phrase = with_span(compose(None, "", descs, head, latin_name(quoted[0])), quoted[1], he)
        if phrase:
            phrase.quoted, phrase.proper = True, quoted[0]
        return phrase
    if public:
        return None  # a public association named by its words alone is an unseen name, not a phrase
    if i == 0:
        return None
    level = ""
    if fold_word(text[words[i - 1][0]:words[i - 1][1]]) in _KY_LEVEL:
        level = _KY_LEVEL[fold_word(text[words[i - 1][0]:words[i - 1][1]])]
        i -= 1
        if level and (i == 0 or place_name(text[words[i - 1][0]:words[i - 1][1]], LEVELS[level]) is None) \
                and (place := level_place_before(text, words[i][0], level)):  # "райондук билим берүү бөлүмү"
            return with_span(compose(place, level, descs, head), words[i][0], he)
        if i == 0:
            return None
    ps, pe = words[i - 1]
    written = text[ps:pe]
    if _BRANCH_AFTER.match(text, he):
        return None  # "… медицина борборунун филиалына барды": the visit went to a branch, a facility
    if not written[0].isupper():
        return None
    place = place_name(written, LEVELS[level])
    if place is None:
        return None
    # A line that is the name alone (a post's author, "Жашыл Каракол жаштар тобу"): capitalized words
    # before the place belong to it; within a sentence they may be anything ("Бүгүн Каракол …")
    line, line_end = text.rfind("\n", 0, ps) + 1, text.find("\n", he)
    before = text[line:ps].split()
    if 0 < len(before) <= 2 and all(w[:1].isupper() and w.isalpha() for w in before) \
            and not text[he:line_end if line_end >= 0 else len(text)].strip():
        return with_span(compose(place, level, descs, head, " ".join(latin_name(w) for w in before)), line, he)
    return with_span(compose(place, level, descs, head), ps, he)


# «…», "…" and “…”: posts typed on a phone use straight quotes ('"Арал-Суу" ичүүчү суу пайдалануучулардын …')
_QUOTE_BEFORE = re.compile(r"(?:«([^«»\n]{2,60})»|\"([^\"«»\n]{2,60})\"|“([^“”\n]{2,60})”)[^\S\n]*$")


def _quoted_before(text: str, pos: int) -> tuple[str, int] | None:
    m = _QUOTE_BEFORE.search(text, max(0, pos - 70), pos)
    return (next(g for g in m.groups() if g), m.start()) if m else None


def _english(text: str, hs: int, he: int, head: Entry) -> Phrase | None:
    words = words_before(text, hs, 6)
    table = glossary().desc.get("en", {})
    descs: list[Entry] = []
    i = len(words)
    while i > 0 and text[words[i - 1][0]].isupper():
        entry = table.get(fold_word(text[words[i - 1][0]:words[i - 1][1]]))
        if entry is None:
            break
        descs.insert(0, entry)
        i -= 1
    if not descs:
        return None
    level = ""
    if i > 0 and fold_word(text[words[i - 1][0]:words[i - 1][1]]) in _EN_LEVEL:
        level = _EN_LEVEL[fold_word(text[words[i - 1][0]:words[i - 1][1]])]
        i -= 1
    if i == 0 or not text[words[i - 1][0]].isupper():
        return None
    written = text[words[i - 1][0]:words[i - 1][1]]
    place = place_name(written, LEVELS["Oblast" if level == "Valley" else level]) if written.isascii() else None
    if place is None:
        return None
    phrase = compose(place, level, descs, head)
    if phrase:
        phrase.start, phrase.end = words[i - 1][0], he
    return phrase
