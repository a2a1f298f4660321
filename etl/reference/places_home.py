"""A place that says where one named person lives or works, or where a visiting expert came from:
"Баш-Кууганды айылынын малчысы Токтосун Асанов", "Чүй районунун Бурана айылынын тургуну, эки кыздын
энеси Айжан Бекмуратова", "Сокулук районунун фермери Айбек Токтогулов", "тренер HelpAge из Бишкека",
"an expert from Bishkek".  The labels count the places a group of participants came from, not the
home of one person the text singles out nor the seat of a trainer (tests/fixtures/eval/README.md,
"Places").  An akim or a head of an ayil okmotu is the territory's own body: its place stays."""

from __future__ import annotations

import re

from etl.last_words import last_words, word_end

# Kyrgyz: a genitive place, then a possessed noun (the person's role there), an optional apposition
# between commas, then the person's name.
_KY_GENITIVE = re.compile(r"(?:[ыиуүо]н|[ыиуүо]нун|[нд][ыиуүо]н|т[ыиуүо]н)$")
_PERSON = r"[A-ZА-ЯЁӨҮҢ][\w’']+[^\S\n]+[A-ZА-ЯЁӨҮҢ][\w’'.]*"
_KY_ROLE_THEN_PERSON = re.compile(
    rf"[^\S\n]+(?!(?:акими|башчысы|мэри|өкүлдөрү|окулдору|тургундары|жашоочулары)(?![\w]))"
    rf"[а-яёөүң-]+(?:сы|си|су|сү|ы|и|у|ү)(?:,(?:[^\S\n]+(?:[а-яёөүң-]+|\d{{1,3}}))(?:[^\S\n]+[а-яёөүң-]+){{0,3}},?)?[^\S\n]+{_PERSON}")
# "Сан-Таш айылындагы «Каркыра» тобунун жетекчиси Айнура Сатылганова": the village of the group one named person
# leads (a locative adjective, the group's quoted name in the genitive, the head's role, the name).
_KY_AT = re.compile(r"[дт][аеоө]г[ыиуү]$")
_KY_BODY_HEAD = re.compile(
    rf"[^\S\n]+«[^»\n]{{1,40}}»[^\S\n]+[а-яёөүң-]+(?:[нд][ыиуү]н|т[ыиуү]н)[^\S\n]+"
    rf"(?:жетекчиси|башчысы|т[өо]рагасы|т[өо]райымы|директору|м[үу]ч[өо]с[үу])[^\S\n]+{_PERSON}")
# Russian and English: a trainer, expert or consultant, their body (up to four words), then "из"/"from".
_EXPERT_FROM = re.compile(
    r"(?<![а-яa-z])(?:тренер\w*|эксперт\w*|консультант\w*|лектор\w*|спикер\w*|trainers?|experts?|consultants?|"
    r"speakers?|facilitators?)(?:[^\S\n]+[\w«»\"“”().’'-]+){0,4}?[^\S\n]+(?:из|from)[^\S\n]+$")

# "депутаты айылных кенешей, активистки и эксперты из Чуйской и Таласской областей": experts named last in a
# list of the groups taking part came with them, from where the groups came (the labels count that).
_GROUPS_BEFORE = re.compile(r"(?:,|(?<![а-яa-z])(?:и|and))[^\S\n]*$")
_FROM = re.compile(r"(?<![а-яa-z])(?:из|from)(?![а-яa-z])")


_EXPERT_FROM_LAST = last_words(_EXPERT_FROM)  # a window ending otherwise is not searched (last_words.py)

# One person the text singles out, then "из"/"from": "Ученица 9 класса из Кербена выступила с видеообращением", "a
# farmer from Kochkor told …" (singular nouns only: "ученики из трёх сёл" are a group, and where they came from
# counts).
_ONE_FROM = re.compile(
    r"(?:(?<![а-я])(?:ученица|ученик|школьница|школьник|студентка|студент|жительница|житель|фермер|учительница|"
    r"учитель|мать|пенсионерка|пенсионер|девушка|юноша|участница|предпринимательница)(?![а-я])"
    r"(?:[^\S\n]+[\w«»\"().’'-]+){0,3}?[^\S\n]+из|"
    r"(?<![a-z])(?:a|one)[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}?(?:pupil|student|farmer|teacher|mother|resident|girl|boy|"
    r"participant|woman|man|entrepreneur)(?:[^\S\n]+[\w’'-]+){0,3}?[^\S\n]+from)[^\S\n]+$")
_ONE_FROM_LAST = last_words(_ONE_FROM)


def person_home(text: str, ft: str, start: int, end: int) -> bool:
    """The place at ``[start, end)`` (``end`` after its level word) is one person's home or workplace,
    or where a trainer came from."""
    if _KY_GENITIVE.search(ft, max(start, end - 6), end) and _KY_ROLE_THEN_PERSON.match(text, end):
        return True
    if _KY_AT.search(ft, max(start, end - 6), end) and _KY_BODY_HEAD.match(text, end):
        return True
    if ranked_winner(ft, start, end):
        return True
    lo = max(0, start - 70)
    last = word_end(ft, lo, start)
    m = _EXPERT_FROM.search(ft, lo, start) if ft.endswith(_EXPERT_FROM_LAST, lo, last) else None
    if m is not None and not _groups_list(ft, m.start()):
        return True
    return ft.endswith(_ONE_FROM_LAST, lo, last) and _ONE_FROM.search(ft, lo, start) is not None


# "Биринчи орунду Халмион айылындагы мектептин командасы алды", "үчүнчү орун Үч-Коргон айылынын командасына
# ыйгарылды", "второе место заняла команда школы села Ак-Талаа", "third place went to the team from Kemin": the
# home of the one team or school a prize's rank singles out (folded text)
_RANK = re.compile(r"(?<![а-яa-z])(?:(?:биринчи|экинчи|учунчу|1|2|3)-?\s*орун\w*|(?:перв|втор|трет)[а-я]+\s+мест[а-я]*|"
                   r"(?:first|second|third)\s+(?:place|prize)|гран-при|grand\s+prix)(?![а-яa-z])")
_HELD_BETWEEN = re.compile(r"(?<![а-яa-z])(?:отту|откорулду|прош[её]л|прошла|прошли|состоял\w*|held|took\s+place)(?![а-яa-z])")
_RANK_REACH = 80
_CLAUSE_END = re.compile(r"[.!?](?=\s)|[\n;:]")
_TEAM = re.compile(r"(?<![а-яa-z])(?:команд|мектеп|школ|лице|гимнази|team|school|club|клуб)")


def ranked_winner(ft: str, start: int, end: int) -> bool:
    lo = max(ft.rfind(c, max(0, start - _RANK_REACH), start) for c in ".!?\n;") + 1
    stop = _CLAUSE_END.search(ft, end, min(len(ft), end + _RANK_REACH))  # not an initial's dot ("Ж.Шеримбеков")
    hi = stop.start() if stop else min(len(ft), end + _RANK_REACH)
    rank = _RANK.search(ft, max(lo, start - _RANK_REACH), min(hi, end + _RANK_REACH))
    if rank is None:
        return False
    a, b = (rank.end(), start) if rank.start() < start else (end, rank.start())
    # the prize is the team's or school's of the place, not the place's own (a contest of villages or aimaks
    # ranks the places themselves, and those are the event's)
    return _HELD_BETWEEN.search(ft, a, b) is None and _TEAM.search(ft, end, min(hi, end + _RANK_REACH)) is not None


def _groups_list(ft: str, pos: int) -> bool:
    """The expert word at ``pos`` ends a list of groups with no origin of their own ("тренер из Оша и эксперт
    из Бишкека" lists two people, each from somewhere)."""
    if not _GROUPS_BEFORE.search(ft, max(0, pos - 12), pos):
        return False
    head = ft[max(0, pos - 120):pos]
    return not _FROM.search(head, max(head.rfind(c) for c in ".;:!?\n") + 1)
