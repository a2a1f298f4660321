"""Kyrgyz / Russian / English by paragraph, and the document's language parts.

No library knows Kyrgyz, and Kyrgyz is often typed without ң ө ү, so each line
is scored from evidence a reader would use: the Kyrgyz letters, function words
of both languages and endings typical of one language only (Kyrgyz genitive
-нын/-дын, locative -ында, verbal nouns -уу/-үү, participles -ган/-гон; Russian
adjective and noun endings).  Lines with too little evidence (titles,
datelines, hashtags, "———" separators) take a neighbour's language.  A run of
another language becomes a part of its own only when it is substantial (at
least 20 % of the document's letters, or 2000 letters), so a stray Russian
quote or an English organization name keeps a document single-language.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from etl.documents.model import LanguagePart

if TYPE_CHECKING:
    from etl.documents.model import Document

KY_WORDS = frozenset("""
жана менен үчүн учун боюнча болуп тарабынан болгон ошондой эле бул деп да дагы ал алар анын
алардын аларга аны ага ошол бирге ар бир бардык жок бар болот болду болгондо кийин чейин аркылуу
жөнүндө жонундо алкагында ичинде арасында тууралуу катары жылы жылдын жылга жылдан куну күнү
өттү отту өткөн откон катышты катышуусу менен эмне кандай канча ким эч биз биздин силер сиз
мен сен керек эмес деген дейт ошондуктан бирок анткени себеби же болсо башка көп коп аз жаңы
жаны өз оз тургай ошону ушул мындай андай кызматкерлери уюштурулду айтты белгиледи
""".split())

RU_WORDS = frozenset("""
и в во на с со по для был была было были которые который которая которых которой которым также
года году что не от из к о об при за до как это этих этой этот эти его ее её их а но или уже
более ходе рамках между через после они она он мы вы все всех так же только ещё еще где когда
чтобы был будет будут является являются может могут очень того том тем свой своих своей своим
прошел прошла прошло состоялся состоялась состоялось приняли приняла участие участники
""".split())

_WORD = re.compile(r"[^\W\d_]+")
_PUNCT = "\"'«»“”„‘’()[]{}.,;:!?—–-…/\\*•#"
# Endings of one language only (checked when function words and letters leave a line undecided).
_KY_ENDINGS = frozenset(
    "нын нин нун нүн дын дин дун дүн тын тин тун түн ында инде унда үндө ондо өндө дан ден нан нен дон "
    "дөн уу үү оо өө ышты ишти ушту үштү ган ген гон гөн кан кен кон көн лар лер дар лор лөр дор дөр".split()
)
_RU_ENDINGS = frozenset(
    "ого его ому ему ыми ими ость ости ение ения ении ании ский ская ское ских ого ться тся ются ешь "
    "ый ий ые ие ых их ую юю ей ями ами ах ях".split()
)
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_SHORT_LETTERS = 40  # below this a line is a title, dateline, caption: weak evidence
_PREFIX_CHARS = 240
_DECISIVE = 6
_SUBSTANTIAL_SHARE = 0.2
_SUBSTANTIAL_LETTERS = 2000


def _scores(line: str) -> tuple[int, int, int, int]:
    """(letters, latin letters, Kyrgyz score, Russian score) of one stripped line.

    Only the first ``_PREFIX_CHARS`` characters are scored (a paragraph's
    language shows in its first sentences); letters of long lines are
    estimated as non-space characters, so no per-character loop runs."""
    head = line[:_PREFIX_CHARS]
    latin = len(head.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if len(line) < 2 * _SHORT_LETTERS:
        letters = sum(map(len, _WORD.findall(line)))
    else:
        letters = len(line) - line.count(" ")
        latin = latin * len(line) // len(head)
    if not letters:
        return 0, 0, 0, 0
    low = head.lower()
    ky = 3 * (low.count("ң") + low.count("ө") + low.count("ү"))
    tokens = low.split()
    ky += 2 * sum(map(KY_WORDS.__contains__, tokens))
    ru = 2 * sum(map(RU_WORDS.__contains__, tokens))
    if abs(ky - ru) < _DECISIVE:
        # the last 2, 3 and 4 letters of every word longer than the ending + 1, in one list: each
        # ending is counted as before, with one pass per language instead of three
        words = [w for w in map(str.strip, tokens, [_PUNCT] * len(tokens)) if len(w) > 3]
        ends = [w[-2:] for w in words]
        ends += [w[-3:] for w in words if len(w) > 4]
        ends += [w[-4:] for w in words if len(w) > 5]
        ky += sum(map(_KY_ENDINGS.__contains__, ends))
        ru += sum(map(_RU_ENDINGS.__contains__, ends))
    return letters, latin, ky, ru


def _label(letters: int, latin: int, ky: int, ru: int) -> str | None:
    if not letters:
        return None
    if latin * 2 > letters:
        return "en" if letters >= _SHORT_LETTERS else None
    strong = letters >= _SHORT_LETTERS
    if ky > ru and (strong or ky >= 4 + 2 * ru):
        return "ky"
    if ru > ky and (strong or ru >= 4 + 2 * ky):
        return "ru"
    return None


def detect_language(text: str) -> str | None:
    """``ky``, ``ru``, ``en`` for a paragraph, or None when it gives too little evidence."""
    return _label(*_scores(text))


def language_parts(text: str) -> list[LanguagePart]:
    """Contiguous parts covering ``text``, each in one language, in document order."""
    lines: list[tuple[int, str | None, str, int]] = []  # start, label, kind, letters
    totals = [0, 0, 0, 0]
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        letters, latin, ky, ru = _scores(stripped)
        totals[0] += letters
        totals[1] += latin
        totals[2] += ky
        totals[3] += ru
        kind = "sep" if not letters else ("tail" if stripped.startswith("#") else "head")
        lines.append((start, _label(letters, latin, ky, ru), kind, letters))
    if not lines:
        return []
    labels = _fill_unknown([lab for _, lab, _, _ in lines], [kind for _, _, kind, _ in lines])
    if labels is None:  # no line is decisive: judge the document as a whole
        whole = _label(max(totals[0], _SHORT_LETTERS), totals[1], totals[2], totals[3]) if totals[0] else None
        if whole is None:
            return []  # no letters, or no evidence at all: better unknown than invented
        labels = [whole] * len(lines)
    runs: list[list] = []  # [lang, start, letters]
    for (start, _, _, letters), lang in zip(lines, labels, strict=True):
        if runs and runs[-1][0] == lang:
            runs[-1][2] += letters
        else:
            runs.append([lang, start if runs else 0, letters])
    runs = _merge_small(runs)
    ends = [r[1] for r in runs[1:]] + [len(text)]
    return [LanguagePart(lang, start, end) for (lang, start, _), end in zip(runs, ends, strict=True)]


def _fill_unknown(labels: list[str | None], kinds: list[str]) -> list[str] | None:
    """Give weak lines a neighbour's language: closing hashtags and separators go with the
    text above them, titles and datelines with the text below."""
    known = [i for i, lab in enumerate(labels) if lab is not None]
    if not known:
        return None
    out: list[str] = list(labels)  # type: ignore[arg-type]
    for i in range(known[0]):
        out[i] = labels[known[0]]  # type: ignore[assignment]
    for i in range(known[-1] + 1, len(labels)):
        out[i] = labels[known[-1]]  # type: ignore[assignment]
    for left, right in zip(known, known[1:], strict=False):
        if right - left < 2:
            continue
        before, after = labels[left], labels[right]
        cut = left + 1
        if before != after:
            closing = [i for i in range(left + 1, right) if kinds[i] in ("sep", "tail")]
            cut = closing[-1] + 1 if closing else left + 1
        for i in range(left + 1, right):
            out[i] = before if (before == after or i < cut) else after  # type: ignore[assignment]
    return out


def _merge_small(runs: list[list]) -> list[list]:
    total = sum(r[2] for r in runs) or 1
    while len(runs) > 1:
        small = [i for i, r in enumerate(runs)
                 if r[2] < _SUBSTANTIAL_LETTERS and r[2] < _SUBSTANTIAL_SHARE * total]
        if not small:
            break
        i = min(small, key=lambda k: runs[k][2])
        left = runs[i - 1] if i > 0 else None
        right = runs[i + 1] if i + 1 < len(runs) else None
        if left is not None and (right is None or left[2] >= right[2]):
            left[2] += runs[i][2]
            del runs[i]
        else:
            assert right is not None
            right[1] = runs[i][1]
            right[2] += runs[i][2]
            del runs[i]
        merged: list[list] = []
        for r in runs:
            if merged and merged[-1][0] == r[0]:
                merged[-1][2] += r[2]
            else:
                merged.append(r)
        runs = merged
    return runs


def document_languages(doc: Document) -> list[str]:
    """Languages of ``doc`` in order of appearance (ISO 639-1)."""
    seen: list[str] = []
    for part in doc.parts:
        if part.lang not in seen:
            seen.append(part.lang)
    return seen
