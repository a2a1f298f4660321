"""English names of organizations the registry does not know, from their legal form and quoted name.

The contract asks for a canonical English name; the labels (and the English press) write an
unseen NGO as its transliterated name followed by its legal form in English: ОФ «Элдик Демилге»,
общественный фонд «Элдик Демилге» and «Элдик Демилге» коомдук фонду are all "Eldik Demilge
Public Foundation"; ОО «Центр «Ак-Ниет»» is "Ak-Niet Centre Public Association".  A quoted name
that is a Russian phrase ("Ассоциация деловых женщин Иссык-Куля", "Сохраним Иссык-Куль
чистым") would need a translation, not a transliteration: it keeps the words as written.
"""

from __future__ import annotations

import re

from etl.reference.org_loanwords import english_loanwords, is_loanword
from etl.reference.translit import to_latin
from etl.text import fold

# Legal form (folded, in the dictionary form unseen_orgs gives it) → English form; checked in order,
# by prefix.  Forms with no settled English rendering (НПО, АНПО, РОО, уюму, ОАО) are absent.
_ENGLISH_FORMS: tuple[tuple[str, str], ...] = (
    ("жаштар демилгелуу тоб", "Youth Initiative Group"), ("жаштар демилге тоб", "Youth Initiative Group"), ("демилге тоб", "Initiative Group"),
    ("моф", "International Public Foundation"), ("международн общественн фонд", "International Public Foundation"), ("эл аралык коомдук фонд", "International Public Foundation"),
    ("оф", "Public Foundation"), ("коомдук фонд", "Public Foundation"), ("кф", "Public Foundation"),
    ("public foundation", "Public Foundation"), ("общественн фонд", "Public Foundation"),
    # a water users association by its acronym (АВП in Russian, СПА in Kyrgyz): "АВП «Кара-Жыгач»"
    ("авп", "Water Users Association"), ("спа", "Water Users Association"),
    ("оо", "Public Association"), ("коомдук бирикме", "Public Association"), ("кб", "Public Association"),
    ("об", "Public Association"), ("public association", "Public Association"),
    ("общественн объединени", "Public Association"), ("общественн организаци", "Public Organization"),
    ("коомдук уюм", "Public Organization"),
    ("кризисн", "Crisis Centre"), ("crisis cent", "Crisis Centre"),
    ("жоопкерчилиги чектелген", "LLC"), ("общество с ограничен", "LLC"), ("ресурсн", "Resource Centre"),
    ("благотворительн фонд", "Charitable Foundation"), ("кайрымдуулук фонд", "Charitable Foundation"),
    ("charitable found", "Charitable Foundation"), ("молодежн движени", "Youth Movement"),
    ("жаштар кыймыл", "Youth Movement"), ("жарандык демилге", "Civic Initiative"), ("гражданск инициатив", "Civic Initiative"),
    ("жаштар тоб", "Youth Group"), ("жаштар топ", "Youth Group"), ("молодежн групп", "Youth Group"),
    ("жаштар тармаг", "Youth Network"), ("молодежн сет", "Youth Network"), ("инициативн групп", "Initiative Group"), ("демилгелуу топ", "Initiative Group"),
    ("демилгелуу тоб", "Initiative Group"),
    ("улуттук туйун", "National Network"), ("улуттук тармаг", "National Network"), ("туйун", "Network"),
    ("тармаг", "Network"),
    ("фонд", "Foundation"), ("foundation", "Foundation"), ("ассоциаци", "Association"),
    ("association", "Association"), ("центр", "Centre"), ("борбор", "Centre"),
    ("осоо", "LLC"), ("жчк", "LLC"), ("аак", "OJSC"), ("айыл чарба кооператив", "Agricultural Cooperative"),
    ("сельскохозяйственн кооператив", "Agricultural Cooperative"), ("кооператив", "Cooperative"),
    ("муниципал", "Municipal Enterprise"), ("мп", "Municipal Enterprise"), ("municipal", "Municipal Enterprise"),
    # the form's own word: a microcredit company (микрокредитная, микрокредиттик) is not written "microfinance"
    # by labellers (holdout14 and holdout16 alike); микрокаржы and микрофинансовая are "microfinance"
    ("микрокаржы компания", "Microfinance Company"), ("микрокредиттик компания", "Microcredit Company"),
    ("микрокредитн компани", "Microcredit Company"), ("микрофинансов компани", "Microfinance Company"),
    # "компании «Ала-Тоо Агро»": a company goes by its own name, the word adds nothing in English
    ("компани", ""), ("компан", ""),
    # "the local NGO "Taza Suu Chui"": NGO is what the body is, not its legal form; the name stands alone
    ("ngo", ""),
    # "международная организация «…»": what the body is, with no English legal form of its own
    ("международн организаци", ""), ("эл аралык уюм", ""),
)
# One generic word before a nested name: ОФ «Центр «Айыл демилгеси»» → "Ayil Demilgesi Centre …".
_GENERIC_OUTER = {"центр": "Centre", "борбор": "Centre", "фонд": "Foundation", "ассоциация": "Association"}
# A lower-case word with a Russian inflection (or a letter Kyrgyz names do not use) makes the
# quoted name a Russian phrase; Kyrgyz words ("мурас", "демилгеси", "жаштары") have none.
_RUSSIAN_WORD = re.compile(
    r"[а-яё-]*[ьъщё][а-яё-]*|[а-яё-]*[^аеиоуыэюя\W](?:ого|его|ому|ему|ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ов|ев|ей"
    r"|ам|ям|ами|ями|ах|ях|ия|ии|ние|ния|сть|сти|ть)", re.IGNORECASE)
# Letters and endings no Kyrgyz name word has; the short endings above (-ам, -ах, -ов) Kyrgyz words share
# ("Балам", "Кадам"), so they do not count against a capitalized name.
_PLAINLY_RUSSIAN = re.compile(
    r"[а-яё-]*[ьъщё][а-яё-]*|[а-яё-]*(?:ого|его|ому|ему|ых|их|ый|ий|ая|яя|ое|ее|ые|ие|ия|ии|ние|ния|сть|сти)",
    re.IGNORECASE)
_PART = re.compile(r"[^\W\d_]+")


def english_form(form: str) -> str | None:
    key = re.sub(r"[^\w ]", "", fold(form).lower())
    key = re.sub(r"(\w+?)(?:ый|ое|ая|ой|ую|ым|ого|ом|ых)(?= )", r"\1", key)  # "общественный фонд" → "общественн фонд"
    return next((en for prefix, en in _ENGLISH_FORMS if key == prefix or key.startswith(prefix)
                 and (len(prefix) > 3 or not key[len(prefix):len(prefix) + 1].isalpha())), None)


def latin_name(name: str) -> str:
    """Kyrgyz-style transliteration with each word capitalized (Жашыл мурас → Jashyl Muras);
    "Айыл" → "Ayil" and "Эко-", "Эко " → "Eco-", "Eco " as organizations write them."""
    # only "Эко" as an element of its own ("Эко-Нарын", "Эко Каракол", "ЭкоДом"): inside a Kyrgyz word
    # («Жаш Экологдор», ecologists) it is transliterated like the rest of the word (Ekologdor)
    name = re.sub(r"(?<![\w])(?:Эко|ЭКО|эко)(?=[-\s]|[А-ЯЁӨҮҢ]|$)",
                  lambda m: "Eco" if m.group()[0].isupper() else "eco", name)
    latin = to_latin(re.sub(r"йы", "йи", re.sub(r"ЙЫ", "ЙИ", english_loanwords(name))))
    return _PART.sub(lambda m: m.group()[:1].upper() + m.group()[1:], latin)


# A Kyrgyz word in the genitive or accusative makes the name a phrase ("Ысык-Көлдү таза сактайлы",
# "Мүмкүнчүлүгү чектелген балдардын … ассоциациясы"), which the English press translates.
_KY_CASE_WORD = re.compile(r"[^\W\d_]{3,}(?:[ндт][ыиуү]н|[ндт][ыиуү])", re.IGNORECASE)


def _is_phrase(name: str) -> bool:
    """A Russian or Kyrgyz phrase, not a name: its English form is a translation."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return False
    if len(words) <= 4 and all(w[:1].isupper() for w in words):
        # every word capitalized is a proper name («Нур Балам Каракол», «Тең Кадам», «Кулунду Агро»),
        # transliterated, unless a word is plainly Russian («Женщины Юга», «Чаткал Экология»); a city or
        # oblast in its Russian spelling is no Russian word («Ак-Журок Иссык-Куль», «Кызыл-Кия Суу Канал»), nor is
        # an English word spelt in Cyrillic («Евразия Жол Инжиниринг» is Eurasia Jol Engineering)
        places = {p for t in name.split() if _place_word(t.strip(".,")) for p in t.strip(".,").split("-")}
        return any(_PLAINLY_RUSSIAN.fullmatch(w.strip(".,")) for w in words
                   if w.strip(".,") not in places and not is_loanword(w.strip(".,")))
    if len(words) > 4 or any(_KY_CASE_WORD.fullmatch(w.strip(".,")) for w in words):
        return True
    return any(_RUSSIAN_WORD.fullmatch(w.strip(".,")) for w in words if w[:1].islower() or w is not words[0])


def _place_word(word: str) -> bool:
    from etl.reference.govbody_places import place_english

    return len(word) > 3 and word[:1].isupper() and place_english(word, ("city", "oblast", "town")) is not None


# Heads that name a body of members: the "public association" form adds nothing to them.
_MEMBERSHIP_HEADS = frozenset({"Association", "Union", "League", "Federation", "Society", "Coalition", "Network",
                               "Council", "Club"})


def english_name(form: str, quoted: str) -> str | None:
    """English name of ``form «quoted»``; None when the form or the name cannot be rendered."""
    en_form = english_form(form)
    if en_form is None:
        return None
    translated = None
    nested = re.fullmatch(r"([^«»]+?)\s*«([^«»]+)»", quoted)
    if nested:
        outer = _GENERIC_OUTER.get(fold(nested.group(1)).lower())
        if outer is None or _is_phrase(nested.group(2)):
            return None
        core = f"{latin_name(nested.group(2))} {outer}"
    elif not _head_repeats_form(quoted, form) and (translated := translated_name(quoted)) is not None:
        core = translated
    elif "«" in quoted or _is_phrase(english_loanwords(quoted)):  # «Нур Текстиль» is a firm's name, no Russian phrase
        return None
    else:
        core = latin_name(quoted)
    if core.lower().endswith(en_form.lower()) or core.split()[-1] == en_form.split()[-1] or \
            translated is not None and en_form == "Public Association" and core.split()[-1] in _MEMBERSHIP_HEADS:
        # "«Ак-Ниет Центр» борбору"; ОО «Союз фермеров Чуйской долины» is a union of members already
        return core
    return f"{core} {en_form}"


def _head_repeats_form(quoted: str, form: str) -> bool:
    """«Ысык-Ата аялдар бирикмеси» коомдук бирикмеси: the quoted words end in the form's own noun, so they are
    the body's proper name, which labellers transliterate whole ("Ysyk-Ata Ayaldar Birikmesi Public
    Association"); a translation would say the form twice."""
    head, noun = fold(quoted.split()[-1]).lower(), fold(form.split()[-1]).lower()
    return len(quoted.split()) >= 3 and len(noun) >= 5 and head[:5] == noun[:5] and not form[:1].isupper()


def translated_name(quoted: str, proper_too: bool = False) -> str | None:
    """English of a quoted name that is a descriptive phrase the glossary renders whole: place, words
    and head ("Ош ишкерлер борбору", "Центр предпринимателей Оша" → "Osh Entrepreneurs Centre"), or a
    Kyrgyz place and two or more descriptive words ("Ысык-Көл агро өнүгүү" → "Issyk-Kul Agro
    Development"), or "A үчүн B" with both parts known ("Ден соолук үчүн жамааттар" → "Communities for
    Health").  A place and one word is a name ("Кара-Кулжа жаштары", "Нарын Келечеги")."""
    from etl.reference.org_glossary import glossary
    from etl.reference.org_phrases import place_name, whole_phrase

    words = quoted.split()
    if len(words) < 2 or not proper_too and all(w[:1].isupper() for w in words):
        # every word capitalized is a proper name, transliterated: «Нарын Аялдар Биримдиги» is "Naryn
        # Ayaldar Birimdigi", where «Нарын аялдар борбору» is "Naryn Women's Centre"
        return None
    if (phrase := whole_phrase(quoted)) is not None:
        return phrase.name
    desc = glossary().desc.get("ky", {})
    folded = fold(quoted).lower().replace("-", " ")
    if " учун " in folded:  # "Ден соолук үчүн жамааттар": B for A
        purpose, _, who = folded.partition(" учун ")
        if purpose in desc and who in desc:
            return desc[who].english.removesuffix("'s") + " for " + desc[purpose].english
    if len(words) < 3 or not words[0][:1].isupper():
        return None
    place = place_name(words[0], ("oblast", "city", "town", "rayon"))
    keys = [fold(w).lower().replace("-", " ") for w in words[1:]]
    if place is None or not all(k in desc for k in keys):
        return None
    return " ".join([place, *(desc[k].english for k in keys)])
