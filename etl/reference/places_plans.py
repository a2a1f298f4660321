"""Clauses that name a place the reported activity did not reach: a proposal to extend it there, and
statistics of how a figure changed in a region over years ("Neonatal mortality in Jalal-Abad Oblast
fell from 11.2 to 8.9 ... between 2018 and 2023"), and a name that only qualifies a natural feature
("санатории Иссык-Кульского побережья": the lake's shore, not the oblast).  The labels count none."""

from __future__ import annotations

import re
from functools import lru_cache

# "Министерство предложило распространить модель на Нарынскую и Таласскую области", "proposed extending
# the approach to Talas", "сунуш кылды ... жайылтуу": a proposal to take the activity elsewhere.
_PROPOSAL = re.compile(
    r"(?<![а-яёa-z])(?:предлож\w*|рекомендова\w*|рекоменду\w*|proposed|proposes?|recommend\w*|suggested)"
    r"[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:распростран\w*|расшир\w*|тиражирова\w*|охват\w*|внедр\w*|"
    r"extend\w*|expand\w*|scal\w*|replicat\w*|roll\w*)"
    r"|(?<![а-яё])жайылт\w*[^\S\n]+(?:сунуш|сунуштал\w*)"
    # a like project proposed elsewhere: "предложил рассмотреть аналогичный проект для города Кант",
    # "suggested a similar scheme for Kant", "ушундай долбоорду Кант шаарында да ишке ашырууну сунуш кылды"
    r"|(?<![а-яёa-z])(?:предлож\w*|рекомендова\w*|proposed|suggested|recommended)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:аналогичн\w*|подобн\w*|такой[^\S\n]+же|такие[^\S\n]+же|similar|such\s+an?)(?![а-яёa-z])"
    r"|(?<![а-яё])(?:ушундай|окшош)[^\S\n]+(?:[\w-]+[^\S\n]+){1,6}?сунуш"
    # an event proposed, not held: "предложили провести общественные слушания в …", "proposed holding hearings in …"
    r"|(?<![а-яёa-z])(?:предлож\w*|proposed|suggested)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:провести|организовать|"
    r"hold(?:ing)?|organi[sz]e|organi[sz]ing)(?![а-яёa-z])"
    # experience elsewhere told at the event: "рассказал об опыте партисипаторного бюджетирования в Караколе",
    # "shared the experience of Karakol", "Каракол шаарынын тажрыйбасы менен бөлүштү"
    r"|(?<![а-яёa-z])(?:рассказал\w*|поделил\w*|представил\w*)[^\S\n]+(?:об[^\S\n]+|своим[^\S\n]+)?опыт\w*"
    r"(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]+(?:в|во)[^\S\n]"
    r"|(?<![a-z])(?:shared|presented|described)[^\S\n]+(?:the[^\S\n]+|their[^\S\n]+|its[^\S\n]+)?experiences?"
    r"(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]+(?:of|in)[^\S\n]"
    r"|тажрыйба\w*[^\S\n]+(?:менен[^\S\n]+)?б[оө]л[уү]шт"
    # an infinitive of extending names a target, not a place reached: "... и распространить модель на
    # Узгенский и Араванский районы" (after a recommendation the pattern above cannot bridge)
    r"|(?<![а-яё])(?:распространить|расширить|тиражировать|to\s+(?:extend|expand|scale\s+up|replicate|roll\s+out))"
    r"[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:на|в|во|to|into)[^\S\n]+", re.IGNORECASE)
# A trend: a change verb and "from N to N" / "с N до N" / "N-дан N-га".
_TREND_VERB = re.compile(
    r"(?<![а-яёa-z])(?:fell|rose|dropped|declined|decreased|increased|grew|снизил\w*|вырос\w*|выросл\w*|сократил\w*|"
    r"увеличил\w*|уменьшил\w*|повысил\w*|томондо\w*|кобойд\w*|азайд\w*|осту)(?![а-яёa-z])")
_FROM_TO = re.compile(
    r"(?<![a-zа-я])(?:from\s+\d[\d.,]*%?\s+to\s+\d|с\s+\d[\d.,]*%?\s+до\s+\d|"
    r"\d[\d.,]*%?\s*[-\s]?(?:дан|ден|тан|тен|дон|дөн)\s+\d[\d.,]*%?\s*[-\s]?(?:га|ге|ка|ке|го|гө))")

# "уровень безработицы ... остается одним из самых высоких в Иссык-Кульской области", "one of the highest
# rates in Naryn Region": a place ranked by a figure.
_RANKED_FIGURE = re.compile(
    r"(?<![а-яa-z])(?:одн\w+\s+из\s+самых\s+(?:высок|низк|бедн)\w*|one\s+of\s+the\s+(?:highest|lowest|poorest)|"
    r"эн\s+(?:жогорку|томонку)\s+(?:корсоткуч|денгээл)\w*|"
    # "вошла в тройку регионов с наибольшим числом заболевших", "among the three regions with the most cases"
    r"(?:в|во)\s+(?:тройк|пят[её]рк|десятк)\w*\s+(?:регион|област|район|лидер)\w*|с\s+наибольш\w+\s+(?:числ|количеств|показател|уровн)\w*|"
    r"(?:among|one\s+of)\s+the\s+(?:top\s+)?(?:three|five|ten|\d+)\s+(?:regions|provinces|districts)\s+with\s+the\s+(?:most|highest|largest)|"
    r"эн\s+коп\s+\w+\s+(?:аймак|облус|район)\w*\s+(?:катарына|ичинде))")


def proposed(ft: str, lo: int, hi: int) -> bool:
    """The clause ``ft[lo:hi]`` proposes to extend the activity."""
    return bool(_PROPOSAL.search(ft, lo, hi))


@lru_cache(maxsize=64)  # pure; asked again for the same span by the names (counts) of one sentence
def trend_sentence(ft: str, s_start: int, s_end: int) -> bool:
    """The sentence ``ft[s_start:s_end]`` (folded text: ө, ү, ң as о, у, н) reports how a figure changed,
    or ranks a place by a figure: background statistics."""
    if _TREND_VERB.search(ft, s_start, s_end) and _FROM_TO.search(ft, s_start, s_end):
        return True  # the verb first: it is rarer than a number
    return bool(_RANKED_FIGURE.search(ft, s_start, s_end))


# "Иссык-Кульского побережья", "Чуйской долины": a place adjective that qualifies a landscape.
_FEATURE_AFTER = re.compile(r"(?:ского|ской|ском|ских|ское|ская)[^\S\n]+(?:побережь\w*|берег[аеу]?|долин\w*|озер[аеу])(?![а-я])")


def feature_adjective(ft: str, start: int, end: int) -> bool:
    """The word at ``[start, end)`` is a place adjective before a landscape noun."""
    return bool(_FEATURE_AFTER.match(ft, end - 5) or _FEATURE_AFTER.match(ft, end - 4))


# "Манас Ордо комплексине", "Ala-Too Square": a place name that opens a site's own name.
_SITE_AFTER = re.compile(r"[^\S\n]+[A-ZА-ЯЁӨҮҢ][\w-]+[^\S\n]+(?:комплекс|мемориал|музей|complex|memorial|museum)", re.IGNORECASE)


def site_name(text: str, end: int) -> bool:
    """The name ending at ``end`` is the first word of a memorial's, museum's or complex's name."""
    return bool(_SITE_AFTER.match(text, end))


# "из-за близости к Бишкеку", "недалеко от Оша", "near Karakol": a place that only locates another one.
_NEAR_BEFORE = re.compile(r"(?<![а-яa-z])(?:близост\w*\s+к|вблизи|недалеко\s+от|неподал[её]ку\s+от|near|close\s+to|"
                          r"in\s+the\s+vicinity\s+of)[^\S\n]+(?:г\.|города|city\s+of|the\s+city\s+of)?[^\S\n]*$")


def near_another(ft: str, start: int) -> bool:
    """The name at ``start`` (folded text) follows "near", "недалеко от": it locates another place."""
    return bool(_NEAR_BEFORE.search(ft, max(0, start - 28), start))
