"""Russian descriptive phrases: a head first with its adjectives before it and genitive complements
after it ("Ассоциация фермеров Чуйской долины" → "Chui Valley Farmers Association", "Нарынский
областной центр семейной медицины" → "Naryn Oblast Family Medicine Centre").

Split from ``org_phrases`` (which was over 400 lines).
"""

from __future__ import annotations

import re

from etl.reference.org_context_places import level_place_before
from etl.reference.org_glossary import Entry, glossary
from etl.reference.org_municipal import city_hall_owner, unowned_state_body
from etl.reference.org_phrase_words import (
    GAP,
    LEVELS,
    TOKEN,
    Phrase,
    complete_head,
    compose,
    desc_left,
    fold_word,
    words_after,
    words_before,
)
from etl.reference.org_places import place_name
from etl.reference.unseen_names import latin_name
from etl.reference.unseen_orgs import quoted_span

_RU_LEVEL = (("областн", "Oblast"), ("районн", "District"), ("городск", "City"))
_RU_PLACE_ADJ = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)$")
_RU_AFTER_PLACE = re.compile(
    rf"({TOKEN.pattern})(?:ск|цк)(?:ой|ого)[^\S\n]+(области|района|долины)|города[^\S\n]+({TOKEN.pattern})"
    rf"|(?:села|с\.|айыла|поселка)[^\S\n]*({TOKEN.pattern})|({TOKEN.pattern})")
_KYRGYZSTAN = re.compile(r"[^\S\n]+(Кыргызстана|Кыргызской[^\S\n]+Республики|КР)(?!\w)")
# "и" joins a further complement only when a genitive plural follows ("фермеров и животноводов");
# "Ассоциации перевозчиков и активисты" lists a second group of people present.
_CONTINUES = re.compile(r"[^\S\n]+(?:(?:с|со|по|для|из|от)[^\S\n]+[а-яё]|и[^\S\n]+[а-яё]+(?:ов|ев|ей|ых|их)(?!\w))",
                        re.IGNORECASE)
# With no place, an association of people is written "Association of Foster Parents", as "Association of
# Crisis Centres"; a place puts the words before the head ("Chui Valley Farmers Association").
_OF_HEADS = frozenset({"Association", "Union", "League"})
_VENUE_BEFORE = re.compile(r"(?:^|[^\w])(?:в|во|на|at|in)[^\S\n]+$", re.IGNORECASE)


def russian_phrase(text: str, hs: int, he: int, head: Entry) -> Phrase | None:
    gl = glossary()
    words = words_before(text, hs, 5)
    i, left = desc_left(text, words, gl.desc.get("ru_adj", {}), stems=True)
    start = words[i][0] if i < len(words) else hs
    place, level = None, ""
    adj_place = ""
    from_context = False  # the place comes from the text before, not the name ("районной больницы")
    if i > 0:
        w = fold_word(text[words[i - 1][0]:words[i - 1][1]])
        lv = next((name for stem, name in _RU_LEVEL if w.startswith(stem)), None)
        if lv and i > 1 and _RU_PLACE_ADJ.search(text, words[i - 2][0], words[i - 2][1]):
            place = place_name(text[words[i - 2][0]:words[i - 2][1]], LEVELS[lv])
            if place:
                level, start = lv, words[i - 2][0]
        elif lv and (place := level_place_before(text, words[i - 1][0], lv)):  # "районное управление занятости"
            level, start, from_context = lv, words[i - 1][0], True
        elif lv is None and _RU_PLACE_ADJ.search(text, words[i - 1][0], words[i - 1][1]):
            # "Араванской территориальной больницы", "Токмокского центра семейной медицины": a state
            # institution takes its place's adjective alone (checked below, once its complements are read)
            adj_place = text[words[i - 1][0]:words[i - 1][1]]
    after = words_after(text, he)
    gen_table = gl.desc.get("ru", {})
    right: list[Entry] = []
    j = 0
    end = he
    while j < len(after):
        for n in range(min(gl.longest, len(after) - j), 0, -1):
            entry = gen_table.get(fold_word(" ".join(text[s:e] for s, e in after[j:j + n])))
            if entry is not None:
                right.append(entry)
                end = after[j + n - 1][1]
                j += n
                break
        else:
            break
    if not left and not right and not complete_head(head) and not (place and not from_context and head.english == "Hospital"):
        return None  # "Каракольской городской больницы" is one hospital; "областное управление" no one department
    if adj_place and (head.kind == "government" or complete_head(head) or any(d.kind == "government" for d in right)):
        place, level = _adjective_place(adj_place, bool(left))
        if place:
            start = words[i - 1][0]
    if right and _CONTINUES.match(text, end):
        return None  # "Ассоциация родителей детей с инвалидностью": words the glossary cannot render follow
    proper = written = ""
    if place is None and (right or left or complete_head(head)):
        place, level, end, ok = _place_after(text, end)
        if not ok:
            return None
    q = GAP.match(text, end)
    if q and q.end() < len(text) and text[q.end()] in "«“\"„":
        quoted = quoted_span(text, q.end())
        if quoted:
            proper, end = latin_name(quoted[0]), quoted[1]
            written = quoted[0]
    country = _KYRGYZSTAN.match(text, end) if place is None and not proper else None
    capital = text[start].isupper() and not _sentence_start(text, start)
    if place is None and not proper and not country and not (capital and (right or len(left) > 1)):
        return None
    if _VENUE_BEFORE.search(text, max(0, start - 4), start):
        return None
    # "территориального центра семейной медицины": the territorial level qualifies the whole name
    first = [d for d in left if d.english in _WHOLE_NAME_ADJ]
    phrase = compose(place, level, [*first, *reversed(right), *(d for d in left if d not in first)], head, proper)
    if phrase is None or unowned_state_body(phrase.kind, place, proper, country is not None):
        return None
    if right and place is None and not proper and head.english in _OF_HEADS:
        # "Ассоциация учителей немецкого языка Кыргызстана" → "Association of German Language Teachers of
        # Kyrgyzstan", as the labels write every national association and union
        of = [d.english for d in reversed(right) if not d.english.startswith("of ")]  # "перевозчиков юга"
        phrase.name = " ".join([*(d.english for d in left), head.english, "of", *(_OF_FORM.get(w, w) for w in of),
                                *(d.english for d in right if d.english.startswith("of "))])
    if country:
        phrase.name += " of Kyrgyzstan"
        end = country.end()
    if (number := _NUMBERED.match(text, end)) is not None:  # "центр семейной медицины №8" is one of many
        phrase.name += f" No. {number.group(1)}"
        end = number.end()
    # "ассоциации водопользователей «Кок-Арт»": a quoted proper name makes a members' body a named one, not
    # background; a centre or club may be the facility opened ("открытие молодёжного центра «Жаштар үйү»")
    phrase.start, phrase.end, phrase.proper = start, end, written
    # ("Центр социальных исследований «Тенир-Тоо»" does research: a body, no building)
    phrase.quoted = bool(written) and (head.english not in _FACILITY_HEADS or any(d.english.endswith("Research")
                                                                                  for d in right))
    return phrase


_WHOLE_NAME_ADJ = frozenset({"Territorial", "Central", "Regional"})
_OF_FORM = {"Businesswomen's": "Business Women", "Women's": "Women", "Children's": "Children"}
_TOWN_LEVELS = (("City", ("city", "town")), ("District", ("rayon",)), ("Oblast", ("oblast",)))


def _adjective_place(written: str, described: bool) -> tuple[str | None, str]:
    """The place of "Токмокского центра семейной медицины" and its level ("Tokmok City"); a described
    institution ("территориальной больницы", "Territorial") names its place alone."""
    for level, units in _TOWN_LEVELS:
        if (place := place_name(written, units)) is not None:
            return place, "" if described else level
    return None, ""


_FACILITY_HEADS = frozenset({"Centre", "Club"})
_NUMBERED = re.compile(r"[^\S\n]*№[^\S\n]*(\d{1,3})(?!\d)")


def _place_after(text: str, end: int) -> tuple[str | None, str, int, bool]:
    """A place in the genitive after the complements: "Чуйской долины", "Таласской области",
    "города Ош", "Баткена".  A capitalized word that is no known place is an unknown proper name:
    the phrase cannot be named (``ok`` False)."""
    gap = GAP.match(text, end)
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
        place = place_name(m.group(1), LEVELS["Oblast" if kind == "Valley" else kind])
        return place, kind, m.end(), place is not None
    if m.group(3):
        place = place_name(m.group(3), LEVELS["City"], genitive=True)
        return place, "City" if place else "", m.end(), place is not None
    if m.group(4):  # "Совет аксакалов села Ак-Суу": a village the gazetteer must know
        place = place_name(m.group(4), LEVELS[""] + ("ayil_aimak",), genitive=True)
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
