"""Sentences that tell what a place is like rather than what happened there: what recurs every year
("сели, которые в Баткенской области случаются ежегодно", "каждый год паводок отрезает Кара-Тоо",
"жыл сайын Ысык-Көлдө ..."), a reminder of a fact ("Ысык-Көл районунда 2024-жылы 9 жер титирөө
катталганын эске салабыз"), and a portrait of a region that opens a sentence or a quote ("Batken Oblast
remains one of the regions most dependent on ...", "«Нарын облусу — өлкөнүн эң бийик аймагы»").  The
labels count none of these places: they frame an event the text places elsewhere.

Every pattern reads the folded match text (lowercase, ө ү ң as о у н, dashes as spaces) of one sentence;
the habitual and reminder words are rare, so most sentences stop at the first search."""

from __future__ import annotations

import re

_HABITUAL = re.compile(
    r"(?<![а-яa-z])(?:каждый\s+год|каждую\s+(?:весну|зиму|осень)|каждое\s+лето|ежегодно|every\s+(?:year|spring|"
    r"winter|summer|autumn)|each\s+year|year\s+after\s+year|жыл\s+сайын|ар\s+жылы|(?:жаз|кыш|куз|жай)\s+сайын|"
    # the tourist season is a place's yearly cycle: "сезон на Иссык-Куле длится три месяца", "during the tourist season"
    r"(?:туристическ\w+|курортн\w+|tourist|туристтик)\s+(?:сезон\w*|season))"
    r"(?![а-яa-z])")
_REMINDER = re.compile(
    r"(?<![а-яa-z])(?:эске\s+салабыз|эске\s+салалы|эскерте\s+кетели|напоминаем|напомним|we\s+recall|"
    r"it\s+is\s+worth\s+recalling)(?![а-яa-z])")
# A rank or a lasting state said right after the place that opens the sentence (or a quote).
_PORTRAIT = re.compile(
    r"[а-яa-z\s]{0,40}?(?<![а-яa-z])(?:remains|is|остается|остаётся|является|считается|эн|одн(?:им|ой|а|о|ин)\s+из|"
    r"one\s+of|among\s+the|самы\w+|наиболее)(?![а-яa-z])")
_OPENER = re.compile(r"[.!?:«\"“\n]\s*$")
# The sentence tells the event itself.
_EVENT = re.compile(
    r"(?<![а-яa-z])(?:прош[её]л|прошла|прошли|состоял\w*|провел\w*|провёл|провела|организовал\w*|отту|откорулду|"
    r"уюштурулду|уюштурду|held|took\s+place|hosted|opened|visited|took\s+part|открыл\w*|посетил\w*|вручил\w*|"
    r"приняли\s+участие|катышты|катышышты|ачылды|тапшырылды)(?![а-яa-z])")


def habitual_sentence(ft: str, s_start: int, s_end: int, pos: int) -> bool:
    """The sentence ``ft[s_start:s_end]`` holding the place at ``pos`` tells what recurs there, reminds
    of a fact, or portrays the place that opens it; and tells no event."""
    recurs = _HABITUAL.search(ft, s_start, s_end) or _REMINDER.search(ft, s_start, s_end)
    opens = pos <= s_start + 1 or _OPENER.search(ft, max(s_start, pos - 3), pos) is not None
    portrait = not recurs and opens and bool(
        _PORTRAIT.match(ft, ft.find(" ", pos, s_end) + 1 if " " in ft[pos:s_end] else s_end))
    if not recurs and not portrait:
        return False
    return not _EVENT.search(ft, s_start, s_end)
