"""An embassy named with its host country or city between the country and the noun.

"Германиянын Кыргызстандагы элчилигинин каржылоосу менен", "Улуу Британиянын Бишкектеги элчилиги",
"Посольство Японии в Кыргызской Республике", "the Embassy of Japan to the Kyrgyz Republic": the
registry names an embassy as "Германиянын элчилиги" / "Посольство Германии"; the host place is read
here.  The ambassador alone ("Япониянын Кыргызстандагы элчиси", "Посол Турции", "the Ambassador of
Japan attended") is a person on a visit, which the labels do not count as the embassy taking part.
Patterns run on the folded match text (lower case, ө ү ң ё as о у н е), and only when the noun occurs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# (registry id, Russian genitive, Kyrgyz genitive, English country, English adjective), folded.
_EMBASSIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("german_embassy", r"германии|фрг|федеративной\s+республики\s+германия", r"германиянын|гфрдин",
     r"germany|the\s+federal\s+republic\s+of\s+germany", r"german"),
    ("uk_embassy", r"великобритании|соединенного\s+королевства", r"улуу\s+британиянын|британиянын",
     r"the\s+united\s+kingdom|the\s+uk|great\s+britain", r"british|uk"),
    ("us_embassy", r"сша|соединенных\s+штатов(?:\s+америки)?", r"акшнын|америка\s+кошмо\s+штаттарынын",
     r"the\s+united\s+states(?:\s+of\s+america)?|the\s+u\.s\.", r"u\.s\.|american"),
    ("japan_embassy", r"японии", r"япониянын|жапониянын", r"japan", r"japanese"),
    ("swiss_embassy", r"швейцарии", r"швейцариянын", r"switzerland", r"swiss"),
    ("france_embassy", r"франции", r"франциянын", r"france", r"french"),
    ("turkey_embassy", r"турции|турецкой\s+республики", r"туркиянын", r"turkey|turkiye|türkiye", r"turkish"),
    ("china_embassy", r"китая|кнр|китайской\s+народной\s+республики", r"кытайдын|кытай\s+эл\s+республикасынын",
     r"china|the\s+people's\s+republic\s+of\s+china", r"chinese"),
    ("russia_embassy", r"россии|российской\s+федерации|рф", r"россиянын|россия\s+федерациясынын|орусиянын",
     r"russia|the\s+russian\s+federation", r"russian"),
    ("korea_embassy", r"республики\s+корея|кореи", r"корея\s+республикасынын|кореянын",
     r"the\s+republic\s+of\s+korea|korea", r"korean"),
    ("india_embassy", r"индии", r"индиянын", r"india", r"indian"),
    ("italy_embassy", r"италии", r"италиянын", r"italy", r"italian"),
    ("hungary_embassy", r"венгрии", r"венгриянын", r"hungary", r"hungarian"),
    ("czech_embassy", r"чехии|чешской\s+республики", r"чехиянын", r"the\s+czech\s+republic|czechia", r"czech"),
    ("poland_embassy", r"польши", r"польшанын", r"poland", r"polish"),
    ("kazakhstan_embassy", r"казахстана|республики\s+казахстан", r"казакстандын|казакстан\s+республикасынын",
     r"kazakhstan", r"kazakh"),
    ("uzbekistan_embassy", r"узбекистана|республики\s+узбекистан", r"озбекстандын|узбекстандын", r"uzbekistan",
     r"uzbek"),
)
_HOST_KY = r"(?:(?:кыргыз\s+республикасындагы|кыргызстандагы|бишкектеги|кр(?:дагы|даги))\s+)?"
_HOST_RU = r"(?:\s+в\s+(?:кыргызской\s+республике|кыргызстане|кр|бишкеке|г\.\s*бишкек))?"
_HOST_EN = r"(?:\s+(?:to|in)\s+(?:the\s+)?(?:kyrgyz\s+republic|kyrgyzstan|bishkek))?"
_RU_NOUN = r"посольств\w*"


def _pattern() -> re.Pattern[str]:
    alts = []
    for i, (_, ru, ky, en, adj) in enumerate(_EMBASSIES):
        alts.append(f"(?P<k{i}>(?:{ky})\\s+{_HOST_KY}элчилиг\\w*)")
        alts.append(f"(?P<r{i}>{_RU_NOUN}\\s+(?:{ru}){_HOST_RU})")
        alts.append(f"(?P<e{i}>(?:the\\s+)?(?:{adj})\\s+embassy{_HOST_EN}"
                    f"|(?:the\\s+)?embassy\\s+of\\s+(?:{en}){_HOST_EN})")
    return re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")(?!\w)")


_PATTERN = _pattern()
_NOUNS = ("элчилиг", "посольств", "embassy")


@dataclass(slots=True)
class EmbassyMention:
    start: int
    end: int
    org_id: str


# A match is made of word characters, spaces, points and apostrophes ("people's") only, and holds one of
# ``_NOUNS``: it lies inside the run of such characters around a noun, and the pattern is run there
# instead of over the whole text.
_BREAK = re.compile(r"[^\w\s.']")


def _noun_runs(folded: str) -> list[tuple[int, int]]:
    """The maximal runs of such characters that hold a noun (in order, disjoint)."""
    nouns = sorted(i for noun in _NOUNS for i in _find_all(folded, noun))
    if not nouns:
        return []
    breaks = [m.start() for m in _BREAK.finditer(folded)]
    runs: list[tuple[int, int]] = []
    for q in nouns:
        k = bisect_left(breaks, q)
        lo = breaks[k - 1] + 1 if k else 0
        hi = breaks[k] if k < len(breaks) else len(folded)
        if not runs or runs[-1][0] != lo:
            runs.append((lo, hi))
    return runs


def _find_all(text: str, word: str) -> list[int]:
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def embassy_mentions(folded: str) -> list[EmbassyMention]:
    """Embassies named in the folded match text ``folded`` (spans index the original text)."""
    out = []
    # a run ends at a character no match holds, so the look-around at its edges reads what the whole text gives
    for lo, hi in _noun_runs(folded):
        for m in _PATTERN.finditer(folded, lo, hi):
            group = next(g for g, v in m.groupdict().items() if v is not None)
            out.append(EmbassyMention(m.start(), m.end(), _EMBASSIES[int(group[1:])][0]))
    return out
