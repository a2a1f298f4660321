"""A place that only scopes an official's title: "Акыйкатчынын Ысык-Көл облусу боюнча өкүлү",
"Кеңеш берүү кызматынын Ош облусу боюнча адиси", "представитель Омбудсмена по Иссык-Кульской области",
"the Ombudsman's representative for Naryn Region".  The region is the post's, not where the reported
event happened (the text says that elsewhere: "Тоң районуна иш сапары менен барды")."""

from __future__ import annotations

import re

# Folded match text (lowercase, ө ү ң as о у н).  Kyrgyz: the name (with its level word) then "боюнча"
# and the post, up to two words between ("боюнча ыйгарым укуктуу өкүлү").
_KY_TITLE_AFTER = re.compile(
    r"[^\S\n]*(?:облусу|району|шаары)?[^\S\n]+боюнча[^\S\n]+(?:[а-я]+[^\S\n]+){0,2}?"
    r"(?:окул[уо]\w*|адис(?:и|тер\w*)|координатор\w*|башчы\w*|жетекчи\w*|торага\w*|директор\w*|кызматкер\w*|"
    r"инспектор\w*|менеджер\w*|эксперт\w*|кенешчи\w*|орун\s+басар\w*|"
    # the office of a body for the region: "Акыйкатчынын Жалал-Абад облусу боюнча өкүлчүлүгү"
    r"окулчулуг\w*|"
    # a ministry's or agency's regional department: "Талас облусу боюнча Айыл чарба министрлигинин
    # башкармалыгы", "Нарын облусу боюнча салык кызматы" (a body's name, not where the event was)
    r"министрлиг\w*|башкармалыг\w*|департамент\w*|болуму\w*|кызматы\w*)(?![а-я])"
    # the Government's or the President's envoy: "Баткен облусундагы Өкмөттүн ыйгарым укуктуу өкүлү"
    r"|[^\S\n]+(?:президенттин|окмоттун|министрлер\s+кабинетинин)[^\S\n]+ыйгарым[^\S\n]+укуктуу[^\S\n]+окул"
    # "Баткен облусу боюнча Президенттин ыйгарым укуктуу өкүлүнүн кеңсеси": the envoy for the region
    r"|[^\S\n]*(?:облусу|району|шаары)?[^\S\n]+боюнча[^\S\n]+(?:президенттин|окмоттун|министрлер\s+кабинетинин)"
    r"[^\S\n]+ыйгарым[^\S\n]+укуктуу[^\S\n]+окул")
# Russian and English: the post, up to five words (whose representative), then "по" / "for".
_TITLE_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:представител[ьяюие]\w*|специалист\w*|координатор\w*|уполномоченн\w*|полпред\w*|инспектор\w*|"
    r"советник\w*|representative|coordinator|specialist|ombudsman\W?s?|adviser|advisor|"
    # a ministry's regional department: "управление лесного хозяйства по Таласской области",
    # "the Ministry's department for Naryn Region"
    r"управлени[еяю]|департамент\w*|department|directorate)"
    r"(?:[^\S\n]+[\w«»\"().’'-]+){0,5}?[^\S\n]+(?:по|for)[^\S\n]+$")


# Kyrgyz: the place's level word in the genitive or the attributive locative, then the body (up to four
# words), then a person's post and the person's name: "Алай районунун Аялдар кеңешинин төрайымы Бурулкан ...",
# "Семиз-Бел айылындагы демилге тобунун лидери Гүлмира ...".  The place is where the person holds the post,
# not where the event happened.  An akim or a head of an ayil okmotu is the territory's own body, whose
# taking part the labels count as its place (dev6: "Баткен районунун акими ... жолугушту").
_KY_GENITIVE_LEVEL = re.compile(r"(?:району|облусу|шаары|аймагы|айылы)(?:[нд][ыиуо]н|н?[дт][аео]г[ыиу])$")
_KY_POST_AFTER = re.compile(
    r"[^\S\n]+(?:[а-я-]+[^\S\n]+){0,4}?"
    r"(?:торагасы|торайымы|лидери|мугалими|директору|адиси|кызматкери|окулу|координатору|жетекчиси|"
    r"депутаты|аксакалы)[^\S\n]+")


# Russian and English: the post, its body (up to four words), then the place with its level word: "учитель
# школы им. Т. Сатылганова села Эмгекчил", "лидер инициативной группы села ...", "the leader of the women's
# group of ... village".
_POST_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:учител\w*|лидер\w*|председател\w*|руководител\w*|сотрудни\w*|депутат\w*|заведующ\w*|"
    r"teacher|leader|chair(?:person|woman|man)?)(?:[^\S\n]+[\w.«»\"'’-]+){0,5}?[^\S\n]+"
    r"(?:села|с\.|of(?:[^\S\n]+the)?(?:[^\S\n]+village[^\S\n]+of)?)[^\S\n]+$")


# The President's envoy and his office: "Office of the Plenipotentiary Representative of the President in
# Batken Oblast", "Presidential Envoy in Talas Oblast", "полномочного представителя Президента в Ошской области".
_ENVOY_IN = re.compile(
    r"(?<![а-яa-z])(?:representative|envoy|представител[ьяюие]\w*|полпред\w*)(?:[^\S\n]+of[^\S\n]+the[^\S\n]+"
    r"(?:president|government|cabinet(?:[^\S\n]+of[^\S\n]+ministers)?)|[^\S\n]+(?:президента|правительства|"
    r"кабинета[^\S\n]+министров)(?:[^\S\n]+кыргызской[^\S\n]+республики|[^\S\n]+кр)?)?[^\S\n]+(?:in|в|во)[^\S\n]+$")


# A quote's speaker named by the post: "», — деди Баткен районунун акими Абдимуталип Жумаев", "», —
# подчеркнул первый заместитель акима Жайылского района", '," said the deputy akim of Leilek District'.
# The district is the speaker's office; where the event was the text says elsewhere.  An akim who
# holds or joins the event ("Баткен районунун акими ... жолугушту") keeps the district (dev6 labels).
_SPEAKER_VERB_BEFORE = re.compile(r"(?:(?P<ky>деди|дейт|белгиледи|айтты)|(?:сказал|отметил|подчеркнул|заявил|добавил|"
                                  r"пояснил|рассказал)[а-я]*,?(?:[^\S\n]+первый)?(?:[^\S\n]+заместитель)?"
                                  r"[^\S\n]+(?:акима|мэра))[^\S\n]+$")
_KY_SPEAKER_POST_AFTER = re.compile(r"[^\S\n]+(?:акими|мэри)(?![а-я])")


def _before_spaces(ft: str, lo: int, start: int) -> int:
    r"""Where the word before ``start`` ends, as the window patterns above read it: they all end in
    ``[^\S\n]+$``, and ``$`` of a search ending at ``start`` also stands before a newline just there.
    ``start`` itself when no such space precedes (then none of them can match)."""
    e = start - 1 if start > lo and ft[start - 1] == "\n" else start
    k = e
    while k > lo and (ch := ft[k - 1]) != "\n" and ch.isspace():
        k -= 1
    return k if k < e else start


# The last word each window pattern needs before its trailing spaces.  Each is searched at every character of
# its window (a look-behind first: re cannot skip ahead); a name is rarely preceded by one of these words, so
# ``str.endswith`` rules the search out first (same answers, tests/unit/test_speed_s16.py).
_TITLE_LAST = ("по", "for")
_POST_LAST = ("села", "с.", "of", "the")
_ENVOY_LAST = ("in", "в", "во")
_SPEAKER_LAST = ("деди", "дейт", "белгиледи", "айтты", "акима", "мэра")


def regional_title(ft: str, start: int, end: int, text: str = "") -> bool:
    """The name at ``[start, end)`` (``end`` after its level word, if any) scopes an official's post;
    ``text`` (the original case, as long as ``ft``) shows the capital of the person's name after it."""
    if _KY_TITLE_AFTER.match(ft, end):
        return True
    lo80, lo70, lo50 = max(0, start - 80), max(0, start - 70), max(0, start - 50)
    k = _before_spaces(ft, lo80, start)
    if ft.endswith(_TITLE_LAST, lo80, k) and _TITLE_BEFORE.search(ft, lo80, start) \
            or ft.endswith(_POST_LAST, lo70, k) and _POST_BEFORE.search(ft, lo70, start) \
            or ft.endswith(_ENVOY_LAST, lo70, k) and _ENVOY_IN.search(ft, lo70, start):
        return True
    speaker = _SPEAKER_VERB_BEFORE.search(ft, lo50, start) if ft.endswith(_SPEAKER_LAST, lo50, k) else None
    if speaker and (not speaker.group("ky") or _KY_SPEAKER_POST_AFTER.match(ft, end)):
        return True
    if not text or not _KY_GENITIVE_LEVEL.search(ft, max(start, end - 16), end):
        return False
    post = _KY_POST_AFTER.match(ft, end)
    return post is not None and post.end() < len(text) and text[post.end()].isupper()


# "Асылбек Токтогулов райондо 47 мектеп бар экенин айтты": a first name, then a surname made of a place's
# name ("Токтогул" + "ов") that a level word happens to follow; the word is the person.
_SURNAME_TAIL = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ov|ev|ova|eva)$")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w.-])[A-ZА-ЯЁӨҮҢ][а-яёөүңa-z]+[^\S\n]+$")


def surname_before_level(text: str, start: int, end: int, key_len: int) -> bool:
    """The word at ``[start, end)``, whose place name is ``key_len`` long, is a surname after a first name."""
    return end - start > key_len and bool(_SURNAME_TAIL.search(text, start, end)) and bool(
        _FIRST_NAME_BEFORE.search(text, max(0, start - 20), start))


# A members' body named by its members and its territory: "Ассоциация акушерок Ошской области", "Союз
# женщин-предпринимателей Нарынского района", "Ош облусунун акушерлер ассоциациясы", "the Association of
# Midwives of Osh Oblast".  The territory is the body's name, not where the event was (the labels count
# no place inside an organization's name); the body's own bodies of government are not among these.
_RU_BODY_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:ассоциаци\w*|союз(?:а|у|ом|е)?|федераци\w*|лиг(?:а|и|у|ой|е)|обществ(?:о|а|у|ом|е))"
    r"(?:[^\S\n]+(?!(?:в|во|на|по|из|для|с|со|при|и|среди|от|к|за)[^\S\n])[а-я]+(?:-[а-я]+)?){1,3}?[^\S\n]+$")
_RU_GENITIVE_LEVEL = re.compile(r"(?:ой|ого)[^\S\n]+(?:области|района)$")
_KY_BODY_AFTER = re.compile(
    r"[^\S\n]+(?:[а-я-]+[^\S\n]+){0,2}?(?:ассоциациясы|бирикмеси|федерациясы|союзу|лигасы|коому)\w*(?![а-я])")
_KY_GENITIVE = re.compile(r"(?:облусунун|районунун|шаарынын)$")
_EN_BODY_BEFORE = re.compile(
    r"(?<![a-z])(?:association|union|federation|league|society)[^\S\n]+of(?:[^\S\n]+[a-z'’-]+){1,3}?"
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")
_EN_BODY_AFTER = re.compile(
    r"(?:[^\S\n]+(?:oblast|region|district|city))?(?:[^\S\n]+[a-z'’-]+){1,2}?[^\S\n]+"
    r"(?:association|union|federation|league|society)(?![a-z])")


def members_body(ft: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` (``end`` after its level word, if any) closes or opens the name of an
    association, a union or a federation of people of that territory."""
    if _RU_GENITIVE_LEVEL.search(ft, max(start, end - 16), end) and _RU_BODY_BEFORE.search(ft, max(0, start - 70), start):
        return True
    if _KY_GENITIVE.search(ft, max(start, end - 12), end) and _KY_BODY_AFTER.match(ft, end):
        return True
    return bool(_EN_BODY_BEFORE.search(ft, max(0, start - 70), start) or _EN_BODY_AFTER.match(ft, end))
