"""Unicode clean-up of decoded text: the text every evidence span points into.

Only repairs that cannot change meaning are made: invisible and control
characters go, odd spaces become plain spaces, line ends become ``\\n``, Latin
look-alike letters inside Cyrillic-dominant words become Cyrillic, and foreign
stand-ins for the Kyrgyz letters ң ө ү become the real letters.  Plain н/о/у
typed instead of ң/ө/ү are left alone (ambiguous); matchers use ``etl.text.fold``.

Each step is guarded by a cheap regex search, so clean text costs almost nothing.
"""

from __future__ import annotations

import re
import unicodedata

# Characters removed outright: zero-width, bidi controls, soft hyphen, BOM, C0/C1
# controls (tab and newline are kept; form feed / vertical tab become newlines).
_DROP = (
    "\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\ufffe"
    + "".join(chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r\x0b\x0c")
    + "".join(chr(c) for c in range(0x7F, 0xA0))
)
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NEWLINES = "\x0b\x0c\u2028\u2029\u0085"

_TABLE: dict[int, str | None] = {ord(c): None for c in _DROP}
_TABLE.update({ord(c): " " for c in _SPACES})
_TABLE.update({ord(c): "\n" for c in _NEWLINES})

# Kyrgyz letters written with other scripts' letters.  The Cyrillic stand-ins
# (Altai/Khakas/Kazakh/old letters) are safe to replace everywhere; the Latin
# ones only inside words that are otherwise Cyrillic (a German "Müller" stays).
_KY_CYRILLIC_VARIANTS = str.maketrans({
    "ӈ": "ң", "Ӈ": "Ң", "ӊ": "ң", "Ӊ": "Ң", "ҥ": "ң", "Ҥ": "Ң", "ӻ": "ң",
    "ӧ": "ө", "Ӧ": "Ө", "ѳ": "ө", "Ѳ": "Ө",
    "ӱ": "ү", "Ӱ": "Ү", "ұ": "ү", "Ұ": "Ү",
})
_KY_VARIANT_CHARS = frozenset("ӈӇӊӉҥҤӻӧӦѳѲӱӰұҰ")

# Latin letters that look like Cyrillic ones (and the Latin/IPA stand-ins for ө ү ң).
_LATIN_TO_CYR = {
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У",
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к",
    "ö": "ө", "Ö": "Ө", "ɵ": "ө", "Ɵ": "Ө", "ü": "ү", "Ü": "Ү", "ŋ": "ң", "Ŋ": "Ң",
    "ë": "ё", "Ë": "Ё",
}
_CYR_TO_LATIN = {
    cyr: lat for lat, cyr in _LATIN_TO_CYR.items() if lat.isascii()
}
_LATIN_TO_CYR_T = str.maketrans(_LATIN_TO_CYR)
_CYR_TO_LATIN_T = str.maketrans(_CYR_TO_LATIN)

_CYR = "\u0400-\u04ff"
_LAT = "A-Za-z\u00c0-\u024f\u0250-\u02af"
_MIXED_PAIR = re.compile(f"[{_LAT}][{_CYR}]|[{_CYR}][{_LAT}]")
_WORD = re.compile(f"[{_LAT}{_CYR}0-9]+")
_LAT_RE = re.compile(f"[{_LAT}]")
_CYR_RE = re.compile(f"[{_CYR}]")
# "UNICEFтин", "USAIDдин": a Latin acronym with a Kyrgyz case suffix is correct as written.
_ACRONYM_SUFFIX = re.compile("[A-Z]{2,}[а-яёңөү]+")


_LATIN_EXT = "öÖɵƟüÜŋŊëË"
_SPECIAL = re.compile("[" + re.escape("".join(chr(k) for k in _TABLE) + "".join(sorted(_KY_VARIANT_CHARS)) + _LATIN_EXT) + "\r]")
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_SCAN_LIMIT = 2000  # Latin letters checked one by one before falling back to one regex pass


def normalize_text(text: str) -> str:
    """Return the normalized text (see module docstring)."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    found = set(_SPECIAL.findall(text))  # one pass tells which repairs are needed
    if found:
        if "\r" in found:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        for ch in found:
            if ord(ch) in _TABLE:
                text = text.replace(ch, _TABLE[ord(ch)] or "")
            elif ch in _KY_VARIANT_CHARS:
                text = text.replace(ch, ch.translate(_KY_CYRILLIC_VARIANTS))
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)  # a dropped control may have split a letter + mark
    if text.isascii():
        return text
    latin_ext = found.intersection(_LATIN_EXT)
    latin = text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS)
    if (latin or latin_ext) and _has_mixed_word(text, set(latin.decode("ascii")) | latin_ext):
        text = _WORD.sub(_repair_word, text)
    return text


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _has_mixed_word(text: str, letters: set[str]) -> bool:
    """Is some Latin letter right next to a Cyrillic one?  str.find per letter is far
    cheaper than a regex over the whole text when Latin letters are few."""
    budget = _SCAN_LIMIT
    last = len(text) - 1
    for ch in letters:
        pos = text.find(ch)
        while pos != -1:
            if (pos > 0 and _is_cyrillic(text[pos - 1])) or (pos < last and _is_cyrillic(text[pos + 1])):
                return True
            budget -= 1
            if budget <= 0:
                return _MIXED_PAIR.search(text) is not None
            pos = text.find(ch, pos + 1)
    return False


def _repair_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if not _MIXED_PAIR.search(word) or _ACRONYM_SUFFIX.fullmatch(word):
        return word
    latin = _LAT_RE.findall(word)
    cyrillic = _CYR_RE.findall(word)
    latin_lookalike = all(ch in _LATIN_TO_CYR for ch in latin)
    cyrillic_lookalike = all(ch in _CYR_TO_LATIN for ch in cyrillic)
    if latin_lookalike and (len(cyrillic) >= len(latin) or not cyrillic_lookalike):
        return word.translate(_LATIN_TO_CYR_T)  # "Бaткен", "OШ": a Cyrillic word
    if cyrillic_lookalike and len(latin) > len(cyrillic):
        return word.translate(_CYR_TO_LATIN_T)  # "Hеlvetas" with a Cyrillic е: a Latin word
    return word  # a genuine mix ("iPhone-ы" style); leave it
