"""Names that a report writes in passing, not as where its event happens: a distance reference
("в 25 км от Бишкека"), an example followed ("по примеру Каракола"), a person's patronymic or a
first name after a surname ("Нурлан Талас уулу", "Жумабаев Токтогул"), part of a longer hyphenated
name the gazetteer does not hold ("Кум-Дебинском"), an English institution's name ("Naryn State
University"), and anything said inside a quoted speech («…», — рассказала жительница).

Every rule reads a few dozen characters around the name (a quote: its own paragraph), so the cost
per place stays constant however long the document is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from etl.last_words import last_words, word_end

# "в 25 км от Бишкека", "25 km from Bishkek", "Бишкектен 25 чакырым", "Каракол шаарынан 30 км": a
# landmark a distance is measured from.
_DISTANCE_BEFORE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?[^\S\n]*(?:км|километр\w*|km|kilomet(?:er|re)s?|чакырым\w*|миль|miles?)"
    r"[^\S\n]+(?:от|from|к\s+(?:северу|югу|западу|востоку)\s+от|(?:north|south|east|west)\s+of)"
    r"[^\S\n]+(?:the[^\S\n]+)?(?:(?:г\.|города|села|city\s+of|town\s+of)[^\S\n]*)?$", re.IGNORECASE)
_DISTANCE_AFTER = re.compile(
    r"([^\S\n]+(?:шаарынан|айылынан|районунан|борборунан))?[^\S\n]+\d+(?:[.,]\d+)?[^\S\n]*"
    r"(?:км|километр\w*|чакырым\w*|km)(?![а-яa-z])", re.IGNORECASE)
_ABLATIVE = re.compile(r"[дтн][аеоу]н$")  # "Бишкектен 25 км": measured from; "Ош шаарында 5 км жол" is a road in Osh
# "По примеру Каракола, где такие акции проходят каждый месяц", "following the example of Osh",
# "Каракол шаарынын үлгүсүндө": a model the text compares itself with.
_EXAMPLE_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:по\s+примеру|по\s+образцу|(?:following|after)\s+the\s+(?:example|model)\s+of|modell?ed\s+on|"
    # "поделился опытом OVOP в Иссык-Кульской области": experience from elsewhere
    r"(?:поделил\w*|делил\w*|рассказал\w*[^\S\n]+об?)[^\S\n]+(?:своим[^\S\n]+)?опыт\w*(?:[^\S\n]+[\w-]+){0,2}?[^\S\n]+(?:в|во)|"
    r"опыт\w*|(?:the\s+)?experience\s+of|outside(?:\s+of)?|за\s+пределами)"
    r"[^\S\n]+(?:the[^\S\n]+)?(?:(?:г\.|города|села|city\s+of)[^\S\n]*)?$")
# "представили 18 проектов: от цеха по переработке шерсти до гостевого дома в Кочкорке": the span of
# examples a range of entries covers (lowercase words between "от" and "до": "от Бишкека до Оша" is a route).
_RANGE_EXAMPLE_BEFORE = re.compile(r"(?<![а-яёa-z])от[^\S\n]+(?:[а-яё-]+[^\S\n]+){1,6}?до[^\S\n]+(?:[а-яё-]+[^\S\n]+){1,5}?"
                                   r"(?:в|во)[^\S\n]+$")
_EXAMPLE_AFTER = re.compile(r"(?:[^\S\n]+(?:шаарынын|айылынын|районунун|облусунун|аймагынын))?[^\S\n]+"
                            r"(?:мисал[ыд]\w*|үлгүсү\w*|тажрыйбас\w*)", re.IGNORECASE)
# "для продажи на рынках Баткена и Оша", "sold at markets in Osh", "Ош базарларында сатышат": where goods
# are sold, not where the event was ("ярмарка на рынке Каракола", one market, is a venue); a list shares
# the market word ("на рынках Узгена, Оша и Кара-Суу").
_MARKET_BEFORE = re.compile(r"(?<![а-яa-z])(?:рынк(?:ах|ам|и)|markets(?:\s+(?:in|of))?)"
                            r"(?:[^\S\n]+(?:г\.|города|городов))?[^\S\n]+(?:[A-ZА-ЯЁӨҮҢ][\w-]+,[^\S\n]+){0,4}(?:(?:[A-ZА-ЯЁӨҮҢ][\w-]+)[^\S\n]+(?:и|and)[^\S\n]+)?$",
                            re.IGNORECASE)
_MARKET_AFTER = re.compile(r"(?:[^\S\n]+(?:шаарынын|шаарындагы))?[^\S\n]+базарлар\w*", re.IGNORECASE)
# "Нурлан Талас уулу", "Гулнара Naryn kyzy": a father's name in a patronymic; "Жумабаев Токтогул" (the
# surname first, as official Kyrgyz lists write it): a first name.
_PATRONYMIC_AFTER = re.compile(r"[^\S\n]+(?:уулу|кызы|uulu|kyzy)(?![а-яa-z])", re.IGNORECASE)
_SURNAME_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁӨҮҢ][а-яёөүңa-z]+(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ov|ev|ova|eva)[^\S\n]+$")
_SURNAME_FORM = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ov|ev|ova|eva)$")  # not -ин: Kyrgyz genitive "Бишкектин"
_NAME_BEFORE = re.compile(r"(?<![\w.-])[A-ZА-ЯЁӨҮҢ][а-яёөүңa-z]+[^\S\n]+$")
_NAME_AFTER = re.compile(r"[^\S\n]+[A-ZА-ЯЁӨҮҢ][а-яёөүңa-z]+(?![\w-])")
_CAPITAL_AFTER_HYPHEN = re.compile(r"[-‐](?:[A-ZА-ЯЁӨҮҢ]|based\b|born\b|headquartered\b)")  # also "a Bishkek-based NGO"
# Where someone went back to afterwards: "министр Бишкекке кайтып келди", "returned to Bishkek".
_RETURN_BEFORE = re.compile(r"(?<![а-яa-z])(?:вернул\w*|возвратил\w*|returned|went\s+back|headed\s+back)"
                            r"[^\S\n]+(?:\w+[^\S\n]+)?(?:в|во|to)[^\S\n]+(?:г\.[^\S\n]*)?$")
_RETURN_AFTER = re.compile(r"(?:[^\S\n]+шаарына)?[^\S\n]+(?:кайтып|кайтты|кайтышты)(?![а-яa-z])")
# A case story's person named by a first name: "Казыбек айылынан келген Айгүл эже", "Aigul, 34, a mother
# of three from Kara-Suu village".
_HONORIFIC_PERSON_AFTER = re.compile(
    r"(?:[^\S\n]+(?:айылынан|шаарынан|районунан|конушунан))?[^\S\n]+келген[^\S\n]+[A-ZА-ЯЁӨҮҢ][\w’']+"
    r"[^\S\n]+(?:эже|эжеке|байке|апа|ата|агай|аке|апке)(?![а-яa-z])")
_NAME_AGE_BEFORE = re.compile(
    r"(?<![\w-])[A-ZА-ЯЁӨҮҢ][а-яёөүңa-z]+,[^\S\n]+\d{1,2},[^\S\n]+[^.!?\n]{0,50}?(?:from|из|of)[^\S\n]+"
    r"(?:the[^\S\n]+)?(?:(?:village|town|city)[^\S\n]+of[^\S\n]+|(?:села|с\.|города|г\.)[^\S\n]*)?$")
# "Жалал-Абад облусунун жаштар саясаты бөлүмү": a state body named after its territory (its place is its seat;
# mayor's offices and district administrations, whose territory the labels count, are not among these nouns).
_KY_BODY_AFTER = re.compile(r"(?:[^\S\n]+[а-яөүң]+){0,3}?[^\S\n]+(?:бөлүмү|башкармалыгы|башкармасы|департаменти)"
                            r"(?![а-яөүң])")
# "ОО «Алга» (Кара-Балта)", "UNICEF (Osh)": the town in brackets after an organization is its seat.
_SEAT_PARENS_BEFORE = re.compile(r"(?:[»”\"]|(?<![\w-])[A-ZА-ЯЁ]{2,})[^\S\n]*\([^\S\n]*(?:г\.[^\S\n]*)?$")
_PARENS_CLOSE = re.compile(r"[^\S\n]*(?:[,;][^()\n]{0,30})?\)")
# "Бишкектен келген тренерлер", "тренеры из Бишкека", "experts from Bishkek": where the people who ran
# it came from (the participants' home areas are the activity's, theirs are not).
_STAFF = r"(?:тренер|эксперт|адис|окутуучу|лектор|спикер|trainer|expert|speaker)"
# Before the name ("тренеры из Бишкека") only those who run it: "30 специалистов из Нарынской области"
# are participants, whose home areas the labels count.
_RUNNERS = r"(?:тренер|лектор|спикер|trainer|speaker)"
_STAFF_FROM_AFTER = re.compile(rf"[^\S\n]+келген[^\S\n]+(?:[^\W\d]+[^\S\n]+)?{_STAFF}")
_FROM_OFFICE_AFTER = re.compile(r"[^\S\n]+(?:кенседен|офистен|офисинен|кенсесинен|(?:расмий[^\S\n]+)?катталган)"
                                r"(?![а-я])")  # also "Фонд Бишкек шаарында катталган": where it is registered  # "Нарын шаарындагы кеңседен келишти"
# "Каракол шаарындагы айыл чарба тажрыйба станциясынын илимий кызматкерлери өткөрүштү": the staff of an
# institution in that town ran it (folded text: ө as о, ү as у).
_LOC_ATTRIBUTE = re.compile(r"(?:[дт][аео]г[ыи]|[дт][еу]г[иу])$")
_INSTITUTION_STAFF_RAN = re.compile(
    r"(?:[^\S\n]+[а-я]+){1,5}?[^\S\n]+(?:кызматкерлер[иу]|адистер[иу]|окутуучулар[ыу]|илимпоздор[уы]|"
    r"эксперттер[иу]|тренерлер[иу])[^\S\n]+(?:откор|окутт|алып\s+бар|окуу\s+откор)")
# "Занятия провели научные сотрудники опытной станции из Каракола": the same in Russian word order.
_RU_STAFF_RAN_BEFORE = re.compile(
    r"(?<![а-я])(?:провел[иа]?|провели|вели|обучал[иа]?)[^\S\n]+(?:[а-я-]+[^\S\n]+){0,2}?(?:сотрудник|специалист|"
    r"преподавател|эксперт|тренер|лектор)\w*(?:[^\S\n]+[а-я-]+){0,4}?[^\S\n]+(?:из|в|во)[^\S\n]+(?:г\.[^\S\n]*)?$")
_STAFF_FROM_BEFORE = re.compile(rf"(?<![а-яa-z]){_RUNNERS}\w*[^\S\n]+(?:из|from)[^\S\n]+(?:the[^\S\n]+)?(?:г\.[^\S\n]*)?$")
# "у дороги Бишкек – Байтик", "Бишкек – Ош жолунда", "the Bishkek-Osh highway": a road named by its ends.
_ROAD = (r"(?i:дорог(?:а|и|е|у|ой)\b|трасс\w*|автодорог\w*|автотрасс\w*|магистрал\w*|road|highway|"
         r"(?:авто)?жол(?:у|ун|унун|унда|уна|до|дун)?\b)")  # not "жолугушуу" (a meeting) nor "дорогие" (dear)
_DASH_NAME = r"[^\S\n]*[–—-][^\S\n]*[A-ZА-ЯЁӨҮҢ][\w-]*"
_ROUTE_BEFORE = re.compile(rf"(?<![\w-]){_ROAD}[^\S\n]+(?:[A-ZА-ЯЁӨҮҢ][\w-]*[^\S\n]*[–—-][^\S\n]*)*$")
_ROUTE_AFTER = re.compile(rf"(?:{_DASH_NAME})+[^\S\n]+{_ROAD}")
_ROUTE_END = re.compile(r"[A-ZА-ЯЁӨҮҢ][\w-]*[^\S\n]*[–—-][^\S\n]*$")
_ROAD_NEXT = re.compile(rf"[^\S\n]+{_ROAD}")
# "Naryn State University", "Osh Regional Hospital", "Batken District Education Department": an English
# institution's name starts with the place.
_EN_INSTITUTION_AFTER = re.compile(
    r"[^\S\n]+(?:(?:State|Regional|Oblast|Region|District|City|Municipal)[^\S\n]+)?"
    r"(?:University|Institute|College|Lyceum|Gymnasium|Hospital|Polyclinic|Academy|Department|Directorate|"
    r"Administration|Centre|Center|Branch|Museum|Library|Theatre|Theater)\b")
# After an English level word ("Naryn Oblast Library"); administrations and halls are the territory's own
# bodies, whose places the labels count, so they are not among these.
_EN_LEVEL_END = re.compile(r"(?<![\w-])(?:Oblast|Region|District|City)$")
_EN_INSTITUTION_AFTER_LEVEL = re.compile(
    r"[^\S\n]+(?:(?:State|Regional|Clinical|Children's|Public|Central|Scientific|Universal)[^\S\n]+){0,2}"
    r"(?:University|Institute|College|Lyceum|Gymnasium|Hospital|Polyclinic|Academy|Museum|Library|Theatre|Theater|"
    r"Drama\s+Theatre|Philharmonic|Stadium)\b")
# A Kyrgyz body's name written in Latin letters: "Talas Jashtar Demilgesi", "Alai Ayimdary".
_LATIN_KY_BODY_AFTER = re.compile(r"[^\S\n]+(?:Jashtar|Zhashtar|Ayimdary|Aiymdary|Ayaldar\w*|Aialdar\w*|Demilgesi|Birimdigi|"
                                  r"Koomu|Bulagy)(?![\w-])")
# Kyrgyz institutions after the place's noun: "Ош мамлекеттик университети", "Талас филиалы", "Ош базары".
_INSTITUTION_AFTER = re.compile(
    r"[^\S\n]+(?:мамлекеттик|медициналык|техникалык|педагогикалык|университет|институт|колледж|лицей|гимназия|"
    r"музей|театр|филармония|филиал|суу\s+сактагыч|базар[ыдк])")
# After a Russian adjective only ("Ошского государственного университета", "Джалал-Абадская ассоциация
# фермеров", "Иссык-Кульский молодёжный центр", "Ошский рынок" in Bishkek): "в Нарыне фонд провёл" keeps Naryn.
_RU_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ое|ого|ой|ому|ом|ую|ие|их|им|ими)$")
_RU_INSTITUTION_AFTER = re.compile(
    r"[^\S\n]+(?:государствен|медицин|техничес|педагог|аграрн|гуманитарн|университет|институт|колледж|лице[йя]|"
    r"гимнази|музей|театр|филармон|филиал|водохранилищ|"
    # a district's police or health body by its acronym: "сотрудников Жайыльского РОВД", "директора Гульчинского ЦСМ"
    r"(?:ровд|рувд|увд|овд|цсм|цовп|гсв)(?![а-яa-z])|"
    r"(?:[а-я]+(?:ый|ий|ой|ая|ое|ого|ому|ом|ую|ей)[^\S\n]+)?(?:ассоциаци|фонд|союз|центр|объединени|рын(?:ок|ка|ке|ком)\b))")
_SPEECH_VERB = re.compile(r"(?i:деди|дейт|айтты|белгиледи|билдирди|сказал\w*|отметил\w*|говорит|рассказал\w*|"
                          r"поделил\w*|said|says|told|explained)")
_DASH_OPENING = re.compile(r"[^\S\n]*[–—-][^\S\n]+\w")
_ITEM = re.compile(r"[^\S\n]*(?:[-–—•*·]|\d{1,2}[.)])[^\S\n]")
_PLANS_HEADING = re.compile(
    r"[^\S\n]*(?:#+[^\S\n]*)?(?:\*\*)?(?i:what[’']?s\s+next|next\s+steps|upcoming|plans?(?:\s+for(?:\s+\S+){1,4})?|"
    r"дальнейшие\s+(?:планы|шаги)|следующие\s+шаги|планы?(?:\s+(?:на|работы|мероприятий)(?:\s+\S+){0,4})?|кийинки\s+(?:кадамдар|пландар)|"
    r"алдыдагы\s+пландар|пландар|"
    # recommendations are proposals, too: "4. Рекомендации", "Recommendations", "Сунуштар"
    r"рекомендации|recommendations|сунуштар|"
    # a report's risks: what may go wrong or went wrong elsewhere ("6. Риски", "5. Риски и трудности")
    r"риски(?:\s+и\s+(?:трудности|проблемы))?|(?:трудности|проблемы)\s+и\s+риски|risks(?:\s+and\s+challenges)?|"
    r"тобокелдиктер)(?:\*\*)?[^\S\n]*:?[^\S\n]*")
_PROJECT_WORD = re.compile(r"(?i:проект\w*|программ\w*|долбоор\w*|программасы\w*|project|programme|program)"
                           r"[^\S\n]*$")
_TAG_LINE = re.compile(r"[^\S\n]*#\w+(?:[^\S\n]+#\w+)+[^\S\n]*(?:\n|$)")
# Direct speech: «…», — сказала она; "…," said the mayor; «…» деди ал.
_QUOTE_OPEN = "«“\""
_NEXT_QUOTE = re.compile(r"[«“»”\"]")
# the speaker may come first ('," the mayor said', '», сказал аким района')
_SPEECH_AFTER = re.compile(
    r"[,.!?…]?[»”\"][,.!?…]?[^\S\n]*(?:[—–-][^\S\n]*\w|(?:[\w.-]+[^\S\n]+){0,6}?(?:said|says|added|noted|"
    r"explained|told|stressed|recalled)\b|(?:деди|дейт|дешти|деп)\b|(?:сказал|отметил|рассказал|добавил|подчеркнул|"
    r"пояснил)\w*)", re.IGNORECASE)

# The one speaker of a quote, named by their home: '», — рассказала семейная медсестра из Жыргалана',
# '," said a farmer from Tamga' (the home of one person, not a place of the event).
_SPEAKER_FROM_BEFORE = re.compile(
    r"[»”\"][,.!?…]?[^\S\n]*(?:[—–-][^\S\n]*)?(?:(?:сказал|отметил|рассказал|добавил|подчеркнул|пояснил|поделил)\w*|said|says|"
    r"added|explained|told)[^\S\n]+(?:[\w-]+[^\S\n]+){0,4}?(?:из|from)[^\S\n]+"
    r"(?:(?:села|с\.|города|г\.|поселка|посёлка|the[^\S\n]+village[^\S\n]+of)[^\S\n]*)?$", re.IGNORECASE)


# The last words of the window patterns of ``passing_mention`` (last_words.py): a window that ends otherwise
# is not searched (each pattern would be tried at nearly every character of it).
_ROUTE_LAST, _NAME_AGE_LAST, _STAFF_FROM_LAST, _RU_STAFF_RAN_LAST, _RANGE_EXAMPLE_LAST, _RETURN_LAST = map(
    last_words, (_ROUTE_END, _NAME_AGE_BEFORE, _STAFF_FROM_BEFORE, _RU_STAFF_RAN_BEFORE, _RANGE_EXAMPLE_BEFORE,
                 _RETURN_BEFORE))


def passing_mention(text: str, ft: str, start: int, end: int, has_level: bool) -> bool:
    """The name at ``text[start:end]`` (with its level word, if ``has_level``) is told in passing."""
    kt, kf = word_end(text, 0, start), word_end(ft, 0, start)  # where the words before the name end
    if start and text[start - 1] == "#" and _TAG_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return True  # "#ЭкоТоолор #Байтик #Бишкек": a post's line of topic tags
    if _DISTANCE_BEFORE.search(ft, max(0, start - 45), start) or (
            (distance := _DISTANCE_AFTER.match(ft, end)) and (distance.group(1) or _ABLATIVE.search(ft, start, end))):
        return True
    if _ROUTE_BEFORE.search(text, max(0, start - 60), start) or _ROUTE_AFTER.match(text, end) or (
            text.endswith(_ROUTE_LAST, lo := max(0, start - 40), max(lo, kt)) and _ROUTE_END.search(text, lo, start)
            and _ROAD_NEXT.match(text, end)):
        return True
    if ft.endswith(_RETURN_LAST, lo := max(0, start - 30), max(lo, kf)) and _RETURN_BEFORE.search(ft, lo, start) \
            or _RETURN_AFTER.match(ft, end):
        return True
    if _HONORIFIC_PERSON_AFTER.match(text, end) or text.endswith(_NAME_AGE_LAST, lo := max(0, start - 80), max(lo, kt)) \
            and _NAME_AGE_BEFORE.search(text, lo, start):
        return True
    if _SPEAKER_FROM_BEFORE.search(text, max(0, start - 90), start):
        return True
    if has_level and _KY_BODY_AFTER.match(text, end):
        return True
    if _SEAT_PARENS_BEFORE.search(text, max(0, start - 12), start) and _PARENS_CLOSE.match(text, end):
        return True
    if _STAFF_FROM_AFTER.match(ft, end) or _FROM_OFFICE_AFTER.match(ft, end) or (
            ft.endswith(_STAFF_FROM_LAST, lo := max(0, start - 30), max(lo, kf)) and _STAFF_FROM_BEFORE.search(ft, lo, start)):
        return True
    if _LOC_ATTRIBUTE.search(ft, max(start, end - 6), end) and _INSTITUTION_STAFF_RAN.match(ft, end) or \
            ft.endswith(_RU_STAFF_RAN_LAST, lo := max(0, start - 140), max(lo, kf)) and _RU_STAFF_RAN_BEFORE.search(ft, lo, start):
        return True
    if _EXAMPLE_BEFORE.search(ft, max(0, start - 45), start) or _EXAMPLE_AFTER.match(text, end) or \
            text.endswith(_RANGE_EXAMPLE_LAST, lo := max(0, start - 120), max(lo, kt)) and _RANGE_EXAMPLE_BEFORE.search(
                text, lo, start):
        return True
    if _MARKET_BEFORE.search(text, max(0, start - 50), start) or _MARKET_AFTER.match(text, end):
        return True
    if not has_level:
        if _PATRONYMIC_AFTER.match(text, end) or _SURNAME_BEFORE.search(text, max(0, start - 25), start):
            return True
        if _SURNAME_FORM.search(text, start, end) and (_NAME_BEFORE.search(text, max(0, start - 20), start) or
                                                      _NAME_AFTER.match(text, end)):
            return True  # "акими Асан Карасаев": a surname the gazetteer also holds (Карасаевский айыл аймагы)
        if _CAPITAL_AFTER_HYPHEN.match(text, end):
            return True  # "Кум-Дебинском": the found name is only the first part of a longer one
        if _EN_INSTITUTION_AFTER.match(text, end) or _INSTITUTION_AFTER.match(ft, end) or _LATIN_KY_BODY_AFTER.match(text, end) or (
                _RU_INSTITUTION_AFTER.match(ft, end) and _RU_ADJECTIVE.search(ft, start, end)):
            return True
        if in_short_title(text, start, end):
            return True
    if has_level and _EN_LEVEL_END.search(text, max(start, end - 9), end) and _EN_INSTITUTION_AFTER_LEVEL.match(text, end):
        return True  # "the Naryn Oblast Library", "Osh City Hospital": an institution named after its place
    if has_level and in_project_title(text, start, end):
        return True
    return in_quoted_speech(text, start, end) or dialogue_line(text, start) or under_plans_heading(text, start)


# "в ущелье Коргон-Сай", "Ак-Суу суусунун жээгинде", "the Kara-Suu river", "the shore of Issyk-Kul", "Талас өрөөнүнүн", "Талас
# дарыясынын": a gorge, river, pass, valley or lake named like a village, a town or a district is none of them.
# A monument, a pasture or a reservoir named after the place ("Сан-Таш тарыхый эстелиги", "Кара-Тоо жайыты",
# "пастбище Ак-Сай", "Орто-Токой суу сактагычы") is a site, too.
_FEATURE_BEFORE = re.compile(r"(?<![а-яa-z])(?:ущель\w*|перевал\w*|урочищ\w*|рек[аеиуо]й?|озер[аоуе]|gorge|pass|river|"
                             r"lake|valley|памятник\w*|monument|мемориал\w*|пастбищ\w*|pastures?|водохранилищ\w*|"
                             r"reservoir|shores?[^\S\n]+of|coast[^\S\n]+of|побережь\w*|берег[уае]?)[^\S\n]+$", re.IGNORECASE)
_FEATURE_AFTER = re.compile(r"[^\S\n]+(?:капчыга\w*|ашуу\w*|суусу\w*|суу(?:ну|нун|нын|да|га|дан)(?![\w])|дарыя\w*|[өо]р[өо][өо]н\w*|ущель\w*|gorge|river|pass|lake|valley|"
                            r"к[өо]л[үу]\w*|(?:тарыхый[^\S\n]+)?эстелиг\w*|monument|memorial|жайыт(?:ы\w*)?(?![^\S\n]+комитет)|pastures?|"
                            r"суу[^\S\n]+сактагыч\w*|reservoir)(?![\w])",
                            re.IGNORECASE)


# "у устья рек Чу и Тюп", "the Chu and Talas rivers": the second name of a plural feature's list.
_FEATURES_LIST_BEFORE = re.compile(r"(?<![а-яa-z])(?:рек|реки|озёр|озер|ущелий|перевалов)[^\S\n]+[А-ЯЁA-Z][\w-]*"
                                   r"[^\S\n]+(?:и|and)[^\S\n]+$", re.IGNORECASE)


def natural_feature(text: str, start: int, end: int) -> bool:
    """The bare name at ``text[start:end]`` names a gorge, a river, a pass or a lake."""
    return bool(_FEATURE_BEFORE.search(text, max(0, start - 12), start) or _FEATURE_AFTER.match(text, end)
                or _FEATURES_LIST_BEFORE.search(text, max(0, start - 40), start))


def in_project_title(text: str, start: int, end: int) -> bool:
    """«Снижение риска бедствий в Баткенской области» after "проекта": a project's title names its area
    in its own words; the labels do not count places inside project names."""
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("«", max(line_start, start - 80), start)
    if opened < 0 or text.rfind("»", opened, start) >= 0:
        return False
    closing = text.find("»", end, min(len(text), end + 80))
    return closing >= 0 and "«" not in text[end:closing] and bool(
        _PROJECT_WORD.search(text, max(line_start, opened - 25), opened))


def in_short_title(text: str, start: int, end: int) -> bool:
    """«Таза Ысык-Көл», "Clean Kara-Kul, Green Toktogul": the name is a word of a short quoted title
    (a campaign's, a project's), not the place it names."""
    line_start = text.rfind("\n", 0, start) + 1
    opened = max(text.rfind(q, max(line_start, start - 50), start) for q in _QUOTE_OPEN)
    if opened < 0 or max(text.rfind(q, opened + 1, start) for q in "»”") >= 0:
        return False
    if text[opened] == '"' and text.count('"', line_start, start) % 2 == 0:
        return False
    closing = _NEXT_QUOTE.search(text, end, min(len(text), end + 50))
    if not closing or closing.group() in "«“" or "\n" in text[end:closing.start()]:
        return False
    inner = text[opened + 1:closing.start()].rstrip(",.!?…")
    return len(inner.split()) >= 2 and not _SPEECH_AFTER.match(text, closing.start() - 1 if text[closing.start() - 1] in ",.!?…" else closing.start())


def under_plans_heading(text: str, start: int) -> bool:
    """The name is in a list under a heading of plans ("What's next", "Дальнейшие планы", "Кийинки
    кадамдар"): every line from the heading to the name is a list item."""
    line_start = text.rfind("\n", 0, start) + 1
    if _in_numbered_plans_section(text, line_start):
        return True
    if not _ITEM.match(text, line_start):
        return _paragraph_under_plans(text, line_start)
    for line in _lines_above(text, line_start, 12):
        number = _HEADING_NUMBER.match(line)
        if _PLANS_HEADING.fullmatch(line, number.end() if number else 0):
            return True
        if line.strip() and not _ITEM.match(line):
            return False
    return False


def _lines_above(text: str, line_start: int, most: int) -> Iterator[str]:
    """The lines above the one starting at ``line_start``, nearest first, at most ``most``."""
    pos = line_start
    for _ in range(most):
        if pos <= 0:
            return
        prev = text.rfind("\n", 0, pos - 1) + 1
        yield text[prev:pos - 1]
        pos = prev


# "4. Планы на декабрь", "## Next steps": a numbered or marked heading over a paragraph.
_HEADING_NUMBER = re.compile(r"[^\S\n]*(?:\d{1,2}(?:\.\d{1,2})*[.)][^\S\n]*|[IVX]{1,4}\.[^\S\n]*)")


# A report's numbered section title: "6. Планы на июнь 2025 года", "2.1. Тренинг «Бюджет для граждан»".
_SECTION_TITLE = re.compile(r"[^\S\n]*\d{1,2}(?:\.\d{1,2})*[.)][^\S\n]*[^\W\d_][^\n]{0,70}")


@lru_cache(maxsize=64)  # pure; asked again for the same span by the names (counts) of one sentence
def _in_numbered_plans_section(text: str, line_start: int) -> bool:
    """The line at ``line_start`` lies in a report's numbered section of plans ("6. План на декабрь"
    over several paragraphs and lists): every line up to the next numbered title is a plan."""
    for line in _lines_above(text, line_start, 40):
        if _SECTION_TITLE.fullmatch(line) and (not line.rstrip().endswith((".", ";", ",")) or len(line) < 40):
            number = _HEADING_NUMBER.match(line)
            return bool(number and _PLANS_HEADING.fullmatch(line, number.end()))
    return False


@lru_cache(maxsize=64)  # pure; asked again for the same span by the names (counts) of one sentence
def _paragraph_under_plans(text: str, line_start: int) -> bool:
    """The paragraph at ``line_start`` comes right after a heading of plans (blank lines between)."""
    pos = line_start - 1
    while pos > 0 and text[pos - 1] in " \t\n":
        pos -= 1
    if pos <= 0:
        return False
    prev = text.rfind("\n", 0, pos) + 1
    number = _HEADING_NUMBER.match(text, prev, pos)
    return bool(_PLANS_HEADING.fullmatch(text, number.end() if number else prev, pos))


def dialogue_line(text: str, start: int) -> bool:
    """The line holding ``start`` is a speaker's answer: it opens with a dash and the line before it
    introduces the speaker ("Гүлбара Осмонова мындай деди:" / "– Биз Сон-Көлдүн жээгинде ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _DASH_OPENING.match(text, line_start):
        return False
    prev_end = line_start - 1
    while prev_end > 0 and text[prev_end - 1] in " \t\n":
        prev_end -= 1
    if prev_end <= 0 or text[prev_end - 1] != ":":
        return False
    prev_start = text.rfind("\n", 0, prev_end - 1) + 1
    return bool(_SPEECH_VERB.search(text, max(prev_start, prev_end - 60), prev_end))  # not a list after a colon


def in_quoted_speech(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside a quotation that a speech verb or dash closes, within one
    paragraph."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    if para_end < 0:
        para_end = len(text)
    opened = max(text.rfind(q, para_start, start) for q in _QUOTE_OPEN)
    if max(text.rfind(q, para_start, start) for q in "»”") > opened:
        return False  # the nearest quote mark before the name closes a quotation
    if opened < 0 or text[opened] == '"' and text.count('"', para_start, start) % 2 == 0:
        return False  # straight quotes: the name sits between a closing and an opening one
    closing = _NEXT_QUOTE.search(text, end, para_end)
    if not closing or closing.group() in "«“":
        return False
    j = closing.start()
    if j - opened < 30:
        return False  # «Таза Ысык-Көл»: a short quoted title, not speech
    return bool(_SPEECH_AFTER.match(text, j - 1 if text[j - 1] in ",.!?…" else j)
                or _SPEECH_BEFORE.search(text, max(para_start, opened - 40), opened))


# The speaker comes first and a colon opens the quote: "ыраазычылыгын билдирди: «Жаштар Бишкекке кетип
# жатат»", "айтты: «Азыр биз Жалал-Абаддан сатып алабыз»", "сказала: «…»".
_SPEECH_BEFORE = re.compile(r"(?<![а-яa-z])(?i:деди|айтты|белгиледи|билдирди|кошумчалады|сказал\w*|отметил\w*|"
                            r"рассказал\w*|добавил\w*|подчеркнул\w*|заявил\w*|said|says|added|told)"
                            r"(?:[^\S\n]+[\w-]+){0,3}?:[^\S\n]*$")
