"""Where one participant, winner or entry comes from: a place that tells who someone is, not where
the reported activity happened or what it covered.

The labels count the areas a group of participants or grantees comes from ("Ага Ош, Жалал-Абад жана
Баткен облустарынан 150гө жакын аял ишкер катышты", "гранты получили предприниматели из сёл ..."):
that is the activity's coverage.  They do not count the home of a single person, team, school or
app that the text singles out ("a solar engineer from Osh", "a Karakol team", "второе — гимназия из
Нарына", "Ноокаттан Айпери Асанова"), nor where entries sent to a contest came from.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.last_words import last_words, word_end

_PERSON = r"[A-ZА-ЯЁӨҮҢ][\w’']+[^\S\n]+[A-ZА-ЯЁӨҮҢ]\w+(?:ов|ев|ёв|ова|ева|ёва|ин|ина|уулу|кызы|ov|ev|ova|eva|in|ina|uulu|kyzy)\b"
# "Ноокаттан Айпери Асанова": a Kyrgyz ablative name right before a named person.
_KY_ABLATIVE = ("дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "нон", "нөн")
_PERSON_NEXT = re.compile(rf"[^\S\n]+{_PERSON}")
# "Кыргыз-Ата айылындагы фермер Айжамал Бекташова": a locative that introduces a person by role.
_LOCATIVE_ROLE_PERSON = re.compile(
    rf"(?:[^\S\n]+[а-яёөүң]+(?:дагы|дэги|даги|тагы|теги|тегі|догу|дөгү|тогу|төгү))?[^\S\n]+"
    rf"(?:[а-яёөүң]+[^\S\n]+){{1,2}}{_PERSON}")
_LOCATIVE_SUFFIX = ("дагы", "даги", "дегі", "деги", "тагы", "теги", "догу", "дөгү", "тогу", "төгү")
# "a 27-year-old solar engineer from Osh", "a team from Naryn": one person or entity from the place.
_EN_ONE_FROM = re.compile(
    r"(?<![A-Za-z])(?:an?|one)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:engineer|farmer|teacher|student|mentor|doctor|"
    r"nurse|girl|boy|woman|man|entrepreneur|activist|volunteer|team|school|startup|app|company|cooperative|"
    r"participant|finalist|winner|pupil|journalist|resident|developer|designer|programmer|specialist|expert|"
    r"official|mother|father|pensioner|businesswoman|businessman|artisan|coach|librarian|leader|midwife|"
    r"veterinarian|herder|beekeeper|economist|lawyer|"
    # any other singular agent noun ("agronomist", "trainer", "director", "technician")
    r"[a-z]{3,}(?:ist|er|or|ian))[^\S\n]+from[^\S\n]+(?:the[^\S\n]+)?$")
# "a Karakol team", "a Bishkek app": an indefinite article, the place, then what comes from it.
_EN_ARTICLE = re.compile(r"(?<![A-Za-z])(?:an?|one)[^\S\n]+$")
_EN_ENTITY_AFTER = re.compile(
    r"[^\S\n]+(?:[a-z-]+[^\S\n]+)?(?:team|app|startup|school|company|cooperative|group|student|girl|boy|"
    r"entrepreneur|project|initiative)s?\b")
# "второе — гимназия из Нарына", "команда «Жаш агроном» из Манасского района": one entity from the place.
_RU_ONE_FROM = re.compile(
    r"(?<![а-яё])(?:гимназия|школа|лицей|команда|школьница|школьник|ученица|ученик|студентка|студент|"
    r"участница|участник|финалистка|финалист|победительница|победитель|инженер|фермер|учитель|учительница|"
    r"предприниматель|активистка|активист|врач|журналистка|журналист|"
    # a head of one institution: "директор школы из села …", "заведующая детским садом из …"
    r"(?:директор|руководитель|заведующая|заведующий|председатель)(?:[^\S\n]+[а-яё]+){0,2}|"
    # any singular agent noun in an oblique case: "вместе с геоботаником из Оша", "обратились к тренеру из
    # Нарына" (a genitive "специалиста из" may be a plural after a numeral: "24 лидера из ... районов")
    r"[а-яё]{3,}(?:ист|ник|лог|ер|тор|ант|ач)(?:ом|ем|у|ой))(?:[^\S\n]+«[^»\n]{1,40}»)?"
    r"[^\S\n]+из[^\S\n]+$", re.IGNORECASE)
_RU_PRE_LEVEL_BEFORE = re.compile(r"(?<![а-яё])(?:села|с\.|поселка|посёлка)[^\S\n]*$")
# "из села Кызыл-Туу " right before a district or oblast in the genitive.
_FROM_VILLAGE_BEFORE = re.compile(r"(?<![а-яё])из[^\S\n]+(?:села[^\S\n]+|с\.[^\S\n]*|поселка[^\S\n]+|посёлка[^\S\n]+)?"
                                  r"([А-ЯЁӨҮҢ][а-яёөүң]+(?:-[А-ЯЁӨҮҢа-яёөүң][а-яёөүң]+)*)[^\S\n]+$")
# "Первое место заняла ..., второе — ..., третье — школа села ...": a ranking names the winners' homes
# (the folded text writes the dash as a space).
_RANK = re.compile(
    r"(?<![а-яёa-z])(?:(?:перв|втор|трет|четв[её]рт|пят)(?:ое|ье|ым|ьим)\s+мест\w*|(?:второе|третье|четв[её]ртое|пятое)\s*[—–-]|(?:второе|третье|четв[её]ртое|пятое)\s{2,}|"
    r"(?:first|second|third)\s+place|(?:биринчи|экинчи|үчүнчү|учунчу)\s+орун\w*)(?![а-яёa-z])")
# The winner that a ranked place's name qualifies: who came from it, its team, school or group.
_KY_WINNER_HOME = re.compile(r"[^\S\n]+(?:келген|командасы|мектеби|тобу)(?![а-яё])")
# "Сынакка Ош, Жалал-Абад жана Баткен облустарынан 64 материал келип түштү", "материалы из ... областей",
# "entries from": where the entries of a contest were sent from.
_ENTRIES = re.compile(
    r"(?<![а-яёa-z])(?:материал\w*|заявк\w*|арыз\w*|эмгек\w*|работ[аы]?|entries|submissions|applications)"
    r"(?![а-яёa-z])")
_ENTRIES_FROM = re.compile(r"(?<![а-яёa-z])из(?![а-яёa-z])|(?:дан|ден|дон|дөн|тан|тен|тон|төн|нан|нен)(?![а-яёa-z])|"
                           r"(?<![a-z])from(?![a-z])")
_ENTRIES_BEFORE = re.compile(
    # "работы из" (works); not "работодателей", "работников из": people who came
    r"(?<![а-яёa-z])(?:материал\w*|заяв\w*|работ(?:[аыу]|ах)?|entries|submissions|applications)[^\S\n]+(?:из|from)[^\S\n]+$")
# A named person (first name and a surname with its ending), then "из" / "from" right before the name.
_NAMED_FROM = re.compile(r"[A-ZА-ЯЁӨҮҢ][\w’']+[^\S\n]+[A-ZА-ЯЁӨҮҢ]\w+(?:ов|ев|ёв|ова|ева|ёва|ин|ина|уулу|кызы|ov|ev|ova|"
                         r"eva|in|ina|uulu|kyzy)[^\S\n]+(?:из|from)[^\S\n]+$")
# "Базар-Коргондук" (folded): a Kyrgyz adjective of origin, "of Bazar-Korgon".
_KY_ADJECTIVE = tuple(c + v + "к" for c in "дтл" for v in "ыиу")
# "Мэр Бишкека", "вице-мэр города Ош", "the Mayor of Naryn", "Ош шаарынын мэри" (folded text): a person's
# title.  The mayor's office ("мэрия города Бишкек") is an organization whose territory counts.
_MAYOR_BEFORE = re.compile(r"(?<![а-яa-z])(?:мэр(?:а|у|ом|е)?|mayor\s+of(?:\s+the\s+city\s+of)?)\s+(?:города\s+)?$")
_MAYOR_AFTER = re.compile(r"(?:\s+шаарынын)?\s+мэри(?:нин|не|ни)?(?![а-я])")
# the possessive ("кеңсеси", "кеңсесинин", "Бишкектеги элчилигинин"): someone's office or embassy, not
# "кеңседе өттү" (held at the office)
# ("Бишкектеги программалык офиси", "Ош шаарындагы аймактык кеңсеси": one adjective may come between)
_OFFICE_NEXT = re.compile(r"\s+(?:[а-я]+(?:лык|лик|лук|дык|дик|дук|тык|тик|тук|дагы|тагы)\s+)?"
                          r"(?:кенсеси\w*|окулчулугу\w*|филиалы\w*|офиси\w*|элчилиги(?:нин|не|н)?(?![а-я])|"
                          r"консулдугу(?:нун|на|н)?(?![а-я]))")
_TITLE_BEFORE = re.compile(r"(?<![а-яa-z])(?:председател\w*|глав[аыеу]|руководител\w*|директор\w*|начальник\w*|"
                           r"заведующ\w*|chair\w*|head|director)(?:\s+[\w-]+){0,3}\s+$")
_NEXT_WORD = re.compile(r"[^\S\n]+([а-яёөүң]+)")
_CLAUSE_STOP_RE = re.compile(r"[,;:.!?\n]")
_CLAUSE_STOP = ",;:.!?\n"


def _from_word_before(text: str, lo: int, start: int) -> bool:
    """``text[lo:start]`` ends with "из", "from" or "the" and spaces (or those before a line break: "$"
    matches there too), as every match of the three "from" patterns below does.  Read in Python first
    (most names have none), since the patterns' alternatives are tried at every word of the span."""
    spaces_end = start - 1 if start > lo and text[start - 1] == "\n" else start
    i = spaces_end
    while i > lo and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i < spaces_end and (text.endswith(("из", "from", "the"), lo, i) or text[max(lo, i - 2):i].lower() == "из")


_MAYOR_LAST = last_words(_MAYOR_BEFORE)  # a window ending otherwise is not searched (last_words.py)


def one_from(text: str, ft: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` (``end`` past its level word if any) says where one person, team,
    school or app comes from."""
    name_end = end
    if text[start:end].endswith(_KY_ABLATIVE) and _PERSON_NEXT.match(text, end):
        return True
    if _LOCATIVE_ROLE_PERSON.match(text, end) and (ft.endswith(_LOCATIVE_SUFFIX, 0, name_end) or _locative_next(ft, end)):
        return True
    if ft.endswith(_LOCATIVE_SUFFIX, 0, end) and _OFFICE_NEXT.match(ft, end):
        return True  # "ТИКАнын Бишкектеги кеңсесинин координатору": an organization's office
    if _PERSON_NEXT.match(text, end) and _TITLE_BEFORE.search(ft, max(0, start - 60), start):
        return True  # "председатель пастбищного комитета Кара-Тоо Асан Бекматов": part of a person's title
    if (ft.endswith(_MAYOR_LAST, lo := max(0, start - 30), word_end(ft, lo, start)) and _MAYOR_BEFORE.search(ft, lo, start)
            or _MAYOR_AFTER.match(ft, end)) and not _own_residents(ft, end):
        return True  # "Мэр Бишкека встретился ...": a title; where the mayor acts is told by the event
    if ft.endswith(("района", "области"), start, end) and (village := _FROM_VILLAGE_BEFORE.search(text, max(0, start - 50), start)):
        return one_from(text, ft, village.start(1), village.end(1))  # "из села Кызыл-Туу Тонского района": the district locates the home
    if (pre := _RU_PRE_LEVEL_BEFORE.search(text, max(0, start - 10), start)) is not None:
        start = pre.start()  # "из села Кызыл-Туу": the level word stands between "из" and the name
    lo = max(0, start - 60)
    if _from_word_before(text, lo, start):
        if _NAMED_FROM.search(text, lo, start):
            return True  # "Бекзат Назаров из Кызыл-Кии", "Aibek Toktogulov from Naryn": one named person's home
        if _EN_ONE_FROM.search(text, lo, start) or _RU_ONE_FROM.search(text, lo, start):
            return True
    return bool(_EN_ARTICLE.search(text, max(0, start - 6), start) and _EN_ENTITY_AFTER.match(text, end))


# "Мэр Кара-Балты встретился с жителями", "Ош шаарынын мэри тургундар менен жолугушту", "the Mayor of Naryn
# met residents": a mayor meeting the town's own people does so in the town.
_RESIDENTS = re.compile(r"(?<![а-яa-z])(?:жител\w*|горожан\w*|граждан\w*|тургун\w*|шаардык\w*|residents?|citizens?|"
                        r"townspeople)(?![а-яa-z])")


# ... but in a city divided into districts the meeting's district is its place ("Встреча прошла в школе
# №70 Ленинского района"): the city then stays a title.
_CITY_DISTRICT = re.compile(r"(?<![а-яa-z])(?:район\w*|district)(?![а-яa-z])")


def _own_residents(ft: str, end: int) -> bool:
    stop = _CLAUSE_STOP_RE.search(ft, end, min(len(ft), end + 120))
    if not _RESIDENTS.search(ft, end, stop.start() if stop else min(len(ft), end + 120)):
        return False
    return not _CITY_DISTRICT.search(ft, end, min(len(ft), end + 400))


def _locative_next(ft: str, end: int) -> bool:
    """"Кыргыз-Ата айылындагы": the level word after the name carries the locative."""
    m = _NEXT_WORD.match(ft, end, end + 30)
    return bool(m and m.group(1).endswith(_LOCATIVE_SUFFIX))


# "Среди победителей – ремонт молодёжного центра в Кадамжайском районе", "Жеңүүчүлөрдүн арасында ...
# Ноокаттагы кыздар үчүн IT-курс бар", "Among the winners are ...": a few winners the text singles out.
_AMONG_WINNERS = re.compile(
    r"(?<![а-яёa-z])(?:среди\s+(?:победител|лауреат|грантополучател|обладател)\w*|among\s+(?:the\s+)?(?:winners|grantees|"
    r"awardees|recipients)|(?:женуучу|лауреат|грант\s+алгандар)\w*\s+арасында)(?![а-яёa-z])")


_ENTRIES_LAST = last_words(_ENTRIES_BEFORE)  # a window ending otherwise is not searched (last_words.py)


@lru_cache(maxsize=64)  # pure; asked again for the same span by the names (counts) of one sentence
def ranked_or_entries(ft: str, lo: int, hi: int) -> bool:
    """The clause around ``ft[lo:hi]`` (a name or a list) ranks winners that come from it, singles some out
    among the winners, or counts the entries sent from it."""
    a = max(ft.rfind(c, max(0, lo - 120), lo) for c in _CLAUSE_STOP) + 1
    stop = _CLAUSE_STOP_RE.search(ft, hi, min(len(ft), hi + 80))
    b = stop.start() if stop else min(len(ft), hi + 80)
    if _AMONG_WINNERS.search(ft, a, lo):
        return True  # the home of a winner the text singles out
    ranks = list(_RANK.finditer(ft, a, lo))
    rank = ranks[-1] if ranks else None
    if rank is not None and (ft[rank.end():lo].strip() or ft[lo:hi].endswith(_KY_ADJECTIVE)):
        return True  # "третье — школа села Кызыл-Туу", "биринчи орунду Базар-Коргондук команда"; but
        # "биринчи орунду Ак-Башат айыл аймагы" ranks the place itself
    if _KY_WINNER_HOME.match(ft, hi) and (rank is not None or _RANK.search(ft, hi, b)):
        return True  # "экинчи орунду Чалдыбар айылынан келген бир туугандар ээлешти", "Бейшеке айылынын
        # командасы биринчи орунду алды": the home of the winners the text singles out
    if ft.endswith(_ENTRIES_LAST, w := max(a, lo - 40), word_end(ft, w, lo)) and _ENTRIES_BEFORE.search(ft, w, lo):
        return True  # "поступило 64 материала из Ошской, ... областей"
    entries = _ENTRIES.search(ft, hi, b)
    return bool(entries and _ENTRIES_FROM.search(ft, max(a, lo - 4), entries.start()))
