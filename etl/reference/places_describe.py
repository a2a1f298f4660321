"""A sentence that describes a place rather than tells the event: where it lies ("Токтогул району суу
сактагычтын жээгинде жайгашкан", "район расположен в ...", "the district lies ..."), what it is known for,
or how far another place is ("the nearest laboratory is in Bishkek, 400 kilometres away").  Not a rank:
"биринчи орунду ... айылы алды" names a contest's winner, a place of the event.
The places of such background are not where the event happened (tests/fixtures/eval/README.md, "Places":
background statistics about a region)."""

from __future__ import annotations

import re

from etl.last_words import last_words, word_end

# Said of the place that opens the sentence: its location or what it is known for.
_DESCRIBES = re.compile(
    r"(?<![а-яa-z])(?:жайгашкан\w*|расположен\w*|находится|is\s+located|are\s+located|lies|"
    r"известн\w+\s+(?:своим|своей|своими)|known\s+for)(?![а-яa-z])")
# Said of any place in the sentence: how far it is.
_DISTANCE = re.compile(r"\d+\s*(?:километр\w*|км|kilometres?|kilometers?|km|чакырым\w*)\s+(?:away|from|от|алыс\w*)(?![а-яa-z])")
# The event's own verbs: "жашоочулар жайгашкан мектепте өттү" tells the event after all.
_EVENT = re.compile(
    r"(?<![а-яa-z])(?:прош[её]л|прошла|прошли|состоял\w*|провел\w*|провёл|организова\w*|[оө]тт[уү]|[оө]тк[оө]р\w*|"
    r"уюштур\w*|held|took\s+place|organi[sz]ed|hosted|visited|посетил\w*|катышты|приняли\s+участие|took\s+part|"
    r"открыл\w*|opened|ачылды|тапшырыл\w*|вручен\w*|handed|представил\w*|presented|вручил\w*|передал\w*)(?![а-яa-z])")


def describes_place(ft: str, s_start: int, s_end: int, pos: int) -> bool:
    """``ft[s_start:s_end]`` (folded text) describes the place at ``pos`` (its location when it opens the
    sentence, or a distance), and tells no event.  "Кооперативы расположены в ... айылных аймаках" says where
    the beneficiaries are: the place follows the verb and stays."""
    opens = pos - s_start <= 3 and bool(_DESCRIBES.search(ft, pos, s_end))
    if not opens and not _DISTANCE.search(ft, s_start, s_end):
        return False
    return not _EVENT.search(ft, s_start, s_end)


# A firm's seat: "Бишкектеги жеткирүүчү компаниядан сатылып алынган", "Ош шаарындагы «Ак-Бата» микрокаржы
# компаниясынын адиси", "поставщик из Бишкека", "a Bishkek supplier": where a company sits, not the event.
_KY_FIRM_AFTER = re.compile(
    r"(?:[дт][аео]г[ыиу])[^\S\n]+(?:[«\"“]?[\w-]+[»\"”]?[^\S\n]+){0,3}?"
    r"(?:компания\w*|ишкана\w*|фирма\w*|жеткируучу\w*|жеткирүүчү\w*|дуькон\w*|дүкөн\w*|банк\w*)(?![\w])")
_FIRM_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:компани[яиюей]\w*|фирм[аыуе]\w*|поставщик\w*|подрядчик\w*|строител[иь]\w*|supplier|contractors?|company|firm|"
    r"builders)"
    r"[^\S\n]+(?:из|from|based\s+in)[^\S\n]+$")


_FIRM_LAST = last_words(_FIRM_BEFORE)  # a window ending otherwise is not searched (last_words.py)


def firm_seat(ft: str, start: int, end: int) -> bool:
    """The place at ``[start, end)`` (``end`` after its level word, if any) is where a firm sits."""
    if _KY_FIRM_AFTER.match(ft, max(start, end - 4)):
        return True
    lo = max(0, start - 40)
    return ft.endswith(_FIRM_LAST, lo, word_end(ft, lo, start)) and _FIRM_BEFORE.search(ft, lo, start) is not None
