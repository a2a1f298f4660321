"""Bodies whose Russian or Kyrgyz name is followed by their own Latin-script name in parentheses.

"Фонда международной солидарности (Solidarity Fund PL)", "LEGO Фондунун (LEGO Foundation)",
"Нидерландского центра содействия импорту из развивающихся стран (CBI)", "Кореянын Эл аралык айыл
чарба программасынын (KOPIA) … каржылоосу менен", "Фонд «Лайонс Клабс Интернешнл» (Lions Clubs
International Foundation, LCIF)": the press translates a foreign body's name and gives the body's
own in brackets; an analyst writes that own name (the full one before its acronym).  The mention
spans the translated phrase and the brackets, so the phrase's cue ("при финансовой поддержке",
"каржылоосу менен") gives its role.  A registry name inside the span wins (``_choose``).

The same own name also follows a Russian noun for the body's kind with no bracket: "при финансировании
международной организации Frontline AIDS", "Партнёр: итальянская неправительственная организация CESVI"
(``latin_after_kind``).

Only phrases headed by a word for a fund, centre, agency, bank, programme, mission or organization;
a state body ("Министерство здравоохранения (MoH)") is named by the government patterns.  A
programme is a body only when the bracket gives its acronym ("… айыл чарба программасынын (KOPIA)
Кыргызстандагы борбору"); its English title ("Түз жардам программасы (Direct Aid Program)") names
a donor's programme, a project.
"""

from __future__ import annotations

import re

from etl.reference.scan import find_all

# "(Solidarity Fund PL)", "(CBI)", "(Lions Clubs International Foundation, LCIF)"
_LATIN_PAREN = re.compile(r"\(\s*(?P<name>[A-Z][A-Za-z&'’.-]*(?:[^\S\n]+[A-Za-z&'’.-]+){0,7})"
                          r"(?:\s*,\s*(?P<acr>[A-Z]{2,8}))?\s*\)")
_WORD = re.compile(r"[«»\"“”]?[\w'’-]+[«»\"“”]?")
_HEAD = re.compile(r"[«\"“]?(?:фонд|центр|борбор|агентств|агенттиг|агенттик|банк|программ|организаци|уюм|"
                   r"миссия|миссии|ассоциаци|корпораци)\w*", re.IGNORECASE)
_STATE = re.compile(r"министерств|министрлиг|государствен|мамлекеттик|администраци|мэри|кенеш|кеңеш|окмот|өкмөт|"
                    r"правительств|департамент|инспекц|служб|кызмат", re.IGNORECASE)
_MAX_WORDS = 7  # the head within this many words of the bracket
_LEAD_WORDS = 6  # and the phrase's first capitalized word within this many before the head
# words that end the phrase looking back: prepositions, conjunctions and the cue nouns before a funder
_STOP = re.compile(r"(?i)при|с|со|от|для|в|во|на|по|из|к|у|поддержк\w*|финансов\w*|средств\w*|помощ\w*|"
                   r"менен|тарабынан|каржылоо\w*|колдоо\w*|жардам\w*|by|from|of|with")
_SENTENCE_END = re.compile(r"(?:^|[.!?\n])[\s«\"“]*$")


def latin_named_bodies(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each translated body name followed by its Latin name in brackets."""
    out: list[tuple[int, int, str]] = []
    for i in find_all(text, "("):
        m = _LATIN_PAREN.match(text, i)
        if m is None or not re.search(r"[а-яёөүң]", text[max(0, i - 60):i], re.IGNORECASE):
            continue
        name = " ".join(m.group("name").split())
        if " " not in name and not (name.isupper() and 2 <= len(name) <= 8):
            continue  # "(Germany)", "(Bishkek)": a country or place, not the body's name
        line_start = max(text.rfind("\n", 0, i) + 1, text.rfind(".", 0, i - 2) + 1, i - 160)
        words = list(_WORD.finditer(text, line_start, i))
        if not words or words[-1].end() < i - 2:
            continue  # punctuation between the phrase and the bracket
        words = words[-_MAX_WORDS:]
        head = next((k for k in range(len(words) - 1, -1, -1) if _HEAD.fullmatch(words[k].group())), None)
        if head is None or _STATE.search(text, words[head].start(), i):
            continue
        if words[head].group().lower().lstrip("«\"“").startswith("программ") and not name.isupper():
            continue  # "Түз жардам программасынын (Direct Aid Program)": a donor's programme is a project
        start = words[head].start()
        for k in range(head - 1, max(-1, head - 1 - _LEAD_WORDS), -1):
            w = words[k]
            if _STOP.fullmatch(w.group()) or w.group()[-1] in "»\"“”":
                break  # "«Тең Укук» при финансовой поддержке …": the cue and the body before it are no part
            if w.group()[:1].isupper() and not _SENTENCE_END.search(text, line_start, w.start()):
                start = w.start()
        out.append((start, m.end(), name))
    return out


# "международной организации Frontline AIDS", "итальянская неправительственная организация CESVI": the adjectives
# that say what kind of body, its noun, then its Latin-script name (connecting "of", "the", "for", "and" inside)
_KIND_THEN_LATIN = re.compile(
    r"(?<![\w-])(?:[а-яё]+(?:н|ск)(?:ая|ой|ую|ый|ого|ому|ом|ым|ые|ых)\s+){1,3}"
    r"(?P<noun>организаци|фонд|компани)\w*[^\S\n]+"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[^\S\n]+(?:(?:of|the|for|and|&)[^\S\n]+)?[A-Z][\w&'’.-]*){0,5})")


_CYRILLIC_WORD_AFTER = re.compile(r"[^\S\n]+[А-ЯЁӨҮҢ]")
# What every match of _KIND_THEN_LATIN holds: its noun, then a Latin capital.  _KIND_THEN_LATIN opens with a
# look-behind and a class of most letters (re tries it at every character of the text, ~4 % of a document's
# regex time); this opens with three literals re scans for in C, and finds nothing in ~97 % of documents.
_NOUN_THEN_LATIN = re.compile(r"(?:организаци|фонд|компани)\w*[^\S\n]+[A-Z]")


def latin_after_kind(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, kind)`` of each Latin-script name right after a Russian phrase saying the body's kind."""
    out: list[tuple[int, int, str, str]] = []
    if not _NOUN_THEN_LATIN.search(text):
        return out
    for m in _KIND_THEN_LATIN.finditer(text):
        name = " ".join(m.group("name").rstrip(".").split())
        if _CYRILLIC_WORD_AFTER.match(text, m.end()):
            continue  # "общественный фонд CAMP Алатоо": the name goes on in Cyrillic (the registry's)
        if " " not in name and not (name.isupper() and 2 <= len(name) <= 8):
            continue  # "организации Kyrgyzstan": one capitalised word is no name unless an acronym
        kind = "business" if m.group("noun") == "компани" else "international_org"
        out.append((m.start(), m.start("name") + len(m.group("name").rstrip(".")), name, kind))
    return out
