"""A place that only attributes a person, a school's staff or a media outlet: "Фельдшер ФАПа села Терек
Айгерим Бекболотова рассказала", "(воспитатель детского сада с. Кашгар-Кыштак)" under a quote, "said
22-year-old Adilet from the Kyzyl-Kyshtak neighbourhood", "Покровка мектебинин мугалимдери тажрыйбасын
бөлүштү" (one school's teachers sharing their experience), "Ош ТВ, 11.02.2026" (a TV channel's name).

The labels count the places a group of participants came from, not the home or workplace of one person,
team or school the text singles out (tests/fixtures/eval/README.md, "Places"), and a place inside an
organization's name is no place.  Every rule reads a few dozen characters around the name."""

from __future__ import annotations

import re

from etl.last_words import last_words, word_end

_PERSON = (r"[A-ZА-ЯЁӨҮҢ][\w’']+[^\S\n]+[A-ZА-ЯЁӨҮҢ]\w+(?:ов|ев|ёв|ова|ева|ёва|ин|ина|уулу|кызы|ov|ev|ova|eva|in|"
           r"ina|uulu|kyzy)\b")
# A person's role or occupation (folded text: lowercase, ё as е).
_ROLE = (r"(?:фельдшер|медсестр|медбрат|врач|акушер|учител|педагог|воспитател|директор|завуч|заведующ|фермер|"
         r"дыйкан|житель|жительниц|предпринимател|студент|ученик|ученица|школьни|активист|волонт[её]р|библиотекар|"
         r"пенсионер|мать|мама|участни|выпускни|мугалим|тарбиячы|тургун|ишкер|окуучу|teacher|farmer|nurse|doctor|"
         r"resident|mother|father|student|pupil|participant|entrepreneur|volunteer|librarian|midwife)")
# "Фельдшер ФАПа села Терек Айгерим Бекболотова", "пасечник из села Ак-Жар Бакыт Жумабаев": a genitive or
# "from" level word, the village, then a person's full name (an akim's or a head's territory stays).
_RU_OF_PLACE = re.compile(
    r"(?<![а-яa-z])(?:из[^\S\n]+)?(?:села|деревни|города|поселка|посёлка|микрорайона|жилмассива|аила|айыла|с\.|г\.|пос\.)"
    r"[^\S\n]*$")
_HEAD_BEFORE = re.compile(r"(?<![а-яa-z])(?:аким\w*|глав\w*|мэр\w*|руководител\w*|председател\w*|депутат\w*)"
                          r"(?:[^\S\n]+[\w.-]+){0,4}[^\S\n]*$")
# "— рассказала Айгерим Бекболотова, фельдшер ФАПа села Терек": the same after the name, as an apposition.
_PERSON_ROLE_OF_PLACE = re.compile(
    rf"{_PERSON},[^\S\n]+(?!(?:аким|глав|мэр|руководител|председател|депутат)\w*)[а-яё]+(?:[^\S\n]+[\w«»\"-]+){{0,3}}"
    r"[^\S\n]+(?:села|деревни|города|поселка|посёлка|микрорайона|жилмассива|с\.|г\.)[^\S\n]*$")
_PERSON_NEXT = re.compile(rf"[^\S\n]*,?[^\S\n]*{_PERSON}")
# "(воспитатель детского сада с. Кашгар-Кыштак)", "(Kara-Suu village teacher)": a signature in brackets; it
# opens with a lowercase noun ("(с. Кашгар-Кыштак)", "(Кара-Суу району)", "(из сёл ...)" are other brackets).
_PAREN_ROLE = re.compile(
    r"\([^\S\n]*(?!(?:из|в|во|на|с|г|село|город|район|from|in|at)(?![а-яёa-z]))[а-яёa-z]{3,}(?:[^\S\n]+[^\s()]+){0,4}?"
    r"[^\S\n]+$")
_PAREN_ROLE_AFTER = re.compile(rf"[^\S\n]+{_ROLE}\w*[^\S\n]*\)")
_CLOSE = re.compile(r"[^\S\n]*(?:[,;][^()\n]{0,25})?\)")
# "said 22-year-old Adilet from the Kyzyl-Kyshtak neighbourhood", "22-летний Адилет из микрорайона ...":
# one person by age and first name.
_AGE_NAME_FROM = re.compile(
    r"(?<![\w])\d{1,3}(?:-year-old|[^\S\n]*-?[^\S\n]*летн(?:ий|яя))[^\S\n]+(?:[a-zа-яё]+[^\S\n]+){0,2}"
    r"[A-ZА-ЯЁ][\w’']+,?[^\S\n]+(?:from|из)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:(?:села|микрорайона|жилмассива|города|village\s+of|town\s+of|с\.|г\.)[^\S\n]*)?$")
# A school's or kindergarten's staff after the place, sharing their experience.
_SCHOOL_STAFF_AFTER = re.compile(
    r"(?:[^\S\n]+[а-яa-z-]+){0,2}?(?:[^\S\n]+(?:айылындагы|шаарындагы|айылынын|шаарынын))?[^\S\n]+(?:№?\d+[^\S\n]*)?"
    r"(?:мектеб|мектепт|лицей|гимназия|бала[^\S\n]+бакча)\w*[^\S\n]+(?:[а-я]+[^\S\n]+)?"
    r"(?:мугалимдер|окуучулар|тарбиячылар|жетекчилер|педагогдор|кызматкерлер)\w*")
_RU_SCHOOL_STAFF_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:учител\w*|педагог\w*|воспитател\w*|teachers|staff)[^\S\n]+(?:из[^\S\n]+|of[^\S\n]+|from[^\S\n]+)?"
    r"(?:the[^\S\n]+)?(?:школы|школ|лицея|гимназии|детского\s+сада|school|kindergarten)(?:[^\S\n]+№?\d+)?"
    r"(?:[^\S\n]+(?:села|города|с\.|г\.|in|of))?[^\S\n]+$")
# "teachers from the Kyzyl-Adyr school shared their experience": the English order puts the place inside.
_EN_STAFF_BEFORE = re.compile(r"(?<![a-z])(?:teachers|staff|educators|specialists|nurses|doctors)[^\S\n]+(?:from|of|at)[^\S\n]+"
                              r"the[^\S\n]+$")
_EN_SCHOOL_AFTER = re.compile(r"[^\S\n]+(?:village[^\S\n]+)?(?:secondary[^\S\n]+|primary[^\S\n]+)?"
                              r"(?:school|kindergarten|lyceum|gymnasium|clinic|health\s+post)(?![a-z])")
_EXPERIENCE = re.compile(
    r"(?<![а-яa-z])(?:тажрыйба\w*[^\S\n]+(?:менен[^\S\n]+)?(?:болуш|корсот|тааныштыр)\w*|"
    r"(?:поделил|представил|показал|презентовал)\w*[^\S\n]+(?:сво\w+[^\S\n]+)?опыт\w*|опытом|"
    r"(?:shared|presented|showcased|demonstrated)[^\S\n]+(?:their[^\S\n]+|its[^\S\n]+)?(?:experiences?|practices?))"
    r"(?![а-яa-z])")
# "Ош ТВ", "Нарын FM", "Talas Radio": a media outlet named after its town.
_MEDIA_AFTER = re.compile(r"[^\S\n]+(?:ТВ|TV|FM|ФМ|[Рр]адио(?:су)?|Radio|[Гг]азетасы|[Мм]едиа|Media|News|Ньюс|Press|Пресс)"
                          r"(?![\w])")


# Last words of the window patterns of ``attribution`` (last_words.py): a window ending otherwise is not searched.
_PERSON_ROLE_LAST, _AGE_NAME_LAST, _EN_STAFF_LAST = map(last_words, (_PERSON_ROLE_OF_PLACE, _AGE_NAME_FROM, _EN_STAFF_BEFORE))


def attribution(text: str, ft: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` (``end`` past its level word) attributes one person, one school's
    staff or a media outlet."""
    if _MEDIA_AFTER.match(text, end):
        return True
    of_place = _RU_OF_PLACE.search(ft, max(0, start - 14), start)
    if of_place and _PERSON_NEXT.match(text, end) and not _HEAD_BEFORE.search(ft, max(0, start - 70), of_place.start()):
        return True
    kt = word_end(text, 0, start)
    if text.endswith(_PERSON_ROLE_LAST, lo := max(0, start - 90), max(lo, kt)) and _PERSON_ROLE_OF_PLACE.search(text, lo, start):
        return True
    paren = text.rfind("(", max(0, start - 70), start)
    if paren >= 0 and ")" not in text[paren:start] and _CLOSE.match(text, end) and (
            _PAREN_ROLE.search(ft, paren, start) or _PAREN_ROLE_AFTER.match(ft, end)):
        return True
    if text.endswith(_AGE_NAME_LAST, lo := max(0, start - 70), max(lo, kt)) and _AGE_NAME_FROM.search(text, lo, start):
        return True
    staff = _SCHOOL_STAFF_AFTER.match(ft, end, min(len(ft), end + 90)) or _RU_SCHOOL_STAFF_BEFORE.search(
        ft, max(0, start - 50), start) or (ft.endswith(_EN_STAFF_LAST, lo := max(0, start - 40), max(lo, word_end(ft, lo, start))) and _EN_STAFF_BEFORE.search(
            ft, lo, start) and _EN_SCHOOL_AFTER.match(ft, end))
    return bool(staff and _EXPERIENCE.search(ft, max(0, start - 200), min(len(ft), end + 200)))
