"""State bodies that are named in an event report without taking part in it.

Two discourse patterns, both languages:

* a list of addressees in the dative whose second name is long ("Жогорку Кеңешке жана Суу
  ресурстары, айыл чарба жана кайра иштетүү өнөр жай министрлигине сунуштар жөнөтүлөт"): the
  body will only receive the papers;
* unnamed members of the national legislature counted among the audience ("депутаты Жогорку
  Кенеша, работодатели", "Жогорку Кеңештин депутаттары катышты", "members of the Jogorku
  Kenesh attended"): the people came as a category of officials, parliament did not take part.
  A local council is different: its deputies at a local event stand for the council ("депутаты
  Ошского городского кенеша" is labelled), and so does a named deputy of parliament
  ("депутат Жогорку Кенеша А. Иванов").
"""

from __future__ import annotations

import re

from etl.reference.org_individuals import staff_member_only
from etl.reference.org_markets import bloc_as_market
from etl.reference.org_parents import parent_of_branch
from etl.reference.org_topics import topic_clause, topic_only
from etl.reference.org_umbrella import defining_parent, owner_of_unit
from etl.reference.org_venues import landmark_only, lent_hall_only, venue_owner

# "X-ке жана <up to 10 words, commas allowed> Y-ге сунуштар / жөнөтүлөт"
_KY_DATIVE_LIST = re.compile(
    r"(?<=[гкн][аеоө])\s+(?:жана|же)\s+(?:[\w-]+,?\s+){0,10}?[\w-]+[гкн][аеоө]\s+"
    r"(?:\w+\s+)?(?:сунуш\w*|жөнөтүл\w*|жиберил\w*)")
# plural members before the body's name: "депутаты Жогорку Кенеша", "members of the Jogorku Kenesh"
_PLURAL_MEMBERS_BEFORE = re.compile(
    r"(?:депутат(?:ы|ов|ами|ам)|члены|членов|MPs|deputies|members)(?:\s+of)?\s+(?:the\s+)?$",
    re.IGNORECASE)
# plural members after a Kyrgyz genitive: "Жогорку Кеңештин депутаттары"
_PLURAL_MEMBERS_AFTER = re.compile(r"\s+(?:депутаттар|мүчөлөр)\w*")
# a personal name right after ("депутаты ЖК А. Иванов и Б. Петров") makes them individuals of the body
_NAME_AFTER = re.compile(r"\W{0,3}[A-ZА-ЯЁӨҮҢ]\.\s*[A-ZА-ЯЁӨҮҢ]|\W{0,3}[A-ZА-ЯЁӨҮҢ][a-zа-яёөүң]+\s+[A-ZА-ЯЁӨҮҢ]\.")
_CUES = ("депутат", "члены", "членов", "мүчө", "mps", "deputies", "members", "жана", "же")


def bystander_body(text: str, start: int, end: int, legislature: bool) -> bool:
    """True when the body at ``text[start:end]`` is only an addressee, or ``legislature`` (the national
    parliament) whose unnamed deputies were in the audience."""
    window = text[max(0, start - 40):min(len(text), end + 120)].lower()
    if not any(c in window for c in _CUES):
        return False
    if _KY_DATIVE_LIST.match(text, end, min(len(text), end + 160)) is not None:
        return True
    if not legislature:
        return False
    after = _PLURAL_MEMBERS_AFTER.match(text, end, min(len(text), end + 30))
    if after is not None:
        return _NAME_AFTER.match(text, after.end(), min(len(text), after.end() + 30)) is None
    if _PLURAL_MEMBERS_BEFORE.search(text, max(0, start - 30), start) is not None:
        return _NAME_AFTER.match(text, end, min(len(text), end + 30)) is None
    return False


# A state body named as the subject of elections or legislation is context, not a participant.
# The act's date and number may stand between: "Министрлер Кабинетинин 2024-жылдын 12-февралындагы № 48 токтому".
_INCIDENTAL_AFTER = re.compile(
    r"\W{0,3}(?:\d{4}-жыл\w*\s+\d{1,2}-\w+\s+(?:№\s*[\w/-]+\s+)?)?(?:\w+\W+){0,2}?(?:депутаттарын\s+шайлоо|шайлоо\w*|выбор\w*|elections?|мыйзам\w*|закон\w*|"
    r"токтом\w*|постановлени\w*|жарлыг\w*|указ\w*|decree|law)")
# "постановлением Кабинета Министров от …", "Указа Президента": the author of an act named before the event.
_ACT_BEFORE = re.compile(r"(?:постановлени|указ|распоряжени|decree\s+of|resolution\s+of)\w*\s+(?:the\s+)?$",
                         re.IGNORECASE)
# A body that will only receive the event's papers ("рекомендации будут направлены в Жогорку Кенеш",
# "сунуштар Жогорку Кеңешке жөнөтүлөт") took no part in it.
# The body may be the last of a list of addressees ("направят в районный кенеш и в Жогорку Кенеш", "sent
# to the city council and to the Jogorku Kenesh") or the owner of the addressee ("в комитет Жогорку Кенеша").
_ADDRESSEE_BEFORE = re.compile(
    r"(?:направ|переда|внес[её]н|внесут|представлен|отправ)\w*\s+(?:[^.;\n]{0,80}?\s(?:и|а\s+также)\s+)?"
    r"(?:на\s+рассмотрение\s+)?(?:в|во)\s+(?:(?:профильн\w+\s+)?(?:комитет|комисси|аппарат)\w*\s+)?$"
    # the later addressees of one list share its preposition ("направлена в Жогорку Кенеш и Кабинет министров"),
    # and a body whose consideration a paper awaits is named in the genitive ("внесён на рассмотрение горкенеша")
    r"|(?:направ|переда|внес[её]н|внесут|отправ)\w*\s+(?:на\s+рассмотрение\s+)?(?:в|во)\s+[^.;:\n]{2,80}?\s(?:и|а\s+также)\s+$"
    r"|(?:вынес|внес|направ|переда|представ)\w*\s+на\s+(?:рассмотрение|утверждение|согласование)\s+$"
    r"|(?:submitted|sent|forwarded|referred)\s+for\s+(?:consideration|approval)\s+(?:to|by)\s+(?:the\s+)?$"
    r"|(?:sent|submitted|forwarded)\s+to\s+(?:[^.;\n]{0,80}?\sand\s+(?:to\s+)?)?(?:the\s+)?"
    r"(?:(?:relevant\s+)?(?:committee|commission)\s+of\s+the\s+)?$|(?:рекомендаци|предложени)\w*\s+для\s+$"
    r"|recommendations?\s+(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)
# A body quoted as the source of a figure ("по данным Нацстаткома", "Улуттук статистика комитетинин
# маалыматы боюнча", "according to the National Statistical Committee") took no part in the event.
_SOURCE_BEFORE = re.compile(r"(?:по\s+данным|согласно\s+данным|по\s+информации|по\s+оценкам|по\s+сообщению"
                            r"|как\s+(?:ранее\s+|уже\s+)?(?:писал|сообщал)\w*|as\s+(?:earlier\s+)?reported\s+by|according\s+to"
                            r"(?:\s+(?:data|figures|estimates)\s+(?:of|from))?)\s+(?:the\s+)?$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"\s+(?:берген\s+)?маалымат\w*\s+(?:боюнча|караганда|ылайык)"
                           # a news outlet quoted as the source of a story ("Kloop ранее писал, что …",
                           # "Азаттык мурда жазгандай", "Kloop — независимое медиа") did not take part
                           r"|\s+(?:ранее\s+|уже\s+)?(?:писал|сообщал|пишет|сообщает)\w*(?:\s+об\s+этом)?\s*,"
                           r"|\s+(?:\w+\s+)?(?:мурда\s+|буга\s+чейин\s+)?жазгандай|\s+(?:earlier\s+)?reported\s+that"
                           r"|\s+[—–-]\s+(?:независим\w+\s+|independent\s+)?(?:медиа|издание|СМИ|media|outlet|news)")
# "Министрлер Кабинетине сунуштар кабыл алынды": recommendations to a body in the dative.
# "Жогорку Кеңешке жана Министрлер Кабинетине сунуштар": every dative of the list is an addressee.
# (ө and ү optional: Kyrgyz typed on a Russian keyboard, "аппаратына жонотулот")
_ADDRESSEE_AFTER = re.compile(r"\s+(?:ж[өо]н[өо]т[үу]л|жиберил|тапшырыл|сунушта\w*\s+ж[өо]н[өо]т[үу]л)\w*"
                              # "шаардык кеңештин кароосуна киргизилет": the council will consider the paper later
                              r"|(?<=н)\s+(?:кароосуна|бекитүүсүнө|бекитуусуно)\s+(?:\w+\s+)?(?:киргизил|ж[өо]н[өо]т[үу]л|берил|сунушта)\w*"
                              # "Жогорку Кеңештин тиешелүү комитетине жөнөтүлөт": the owner of the addressee
                              r"|(?<=н)\s+(?:тиешел\w+\s+|профилдик\s+)?(?:комитет|комиссия|аппарат)\w*[гкн][аеоө]\s+"
                              r"(?:\w+\s+)?(?:ж[өо]н[өо]т[үу]л|жиберил|тапшырыл)\w*"
                              r"|(?<=[гкн][аеоө])(?:\s+(?:жана|же)\s+(?:\w+\s+){0,4}?\w+[гкн][аеоө])?\s+(?:\w+\s+)?сунуш\w*")


# "В Министерстве здравоохранения сообщили, что …": an impersonal statement from a body's offices quotes
# it as a source; "Министерство энергетики пообещало поставить уголь", "the ministry pledged to …": a body
# that promises later help took no part in the event by that mention.
_OFFICES_SAID = re.compile(r"\s+(?:также\s+)?(?:сообщили|рассказали|отметили|заявили|пояснили|уточнили|добавили)(?!\w)")
_IN_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|,\s*|\s)[Вв]о?\s+$")
_PROMISED = re.compile(r"\s+(?:также\s+|also\s+|дагы\s+)?(?:пообещал|обещал|обещает|pledged|promised|убада\s+берди|убадалады)\w*(?!\w)")


# "Глава Сары-Ташского айыл окмоту пообещал выделить автобус": the head was there and spoke for the body
_TITLE_BEFORE = re.compile(r"(?:глав[аы]|руководител\w*|председател\w*|начальник\w*|директор\w*|представител\w*"
                           r"|head|director|chair\w*|representatives?)\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)


def _source_or_promise(text: str, start: int, end: int) -> bool:
    return ((_PROMISED.match(text, end, min(len(text), end + 30)) is not None
             and _TITLE_BEFORE.search(text, max(0, start - 30), start) is None)
            or (_OFFICES_SAID.match(text, end, min(len(text), end + 30)) is not None
                and _IN_BEFORE.search(text, max(0, start - 5), start) is not None))


# "Телефон горячей линии МЧС: 112", "call the Ministry of Health hotline", "… ишеним телефону": a contact line
# at a report's end names whom to call, not a body that took part
_CONTACT_BEFORE = re.compile(r"(?:телефон\w*\s+(?:горяч\w+\s+лини\w+|доверия)|горяч\w+\s+лини\w+|hotline\s+of)"
                             r"\s+(?:the\s+)?$", re.IGNORECASE)
_CONTACT_AFTER = re.compile(r"\w*\s+(?:hotline|ишеним\s+телефон\w*|ысык\s+линия\w*)", re.IGNORECASE)


def not_taking_part(text: str, start: int, end: int, org_id: str, kind: str, role: str | None) -> bool:
    """The mention at ``text[start:end]`` names a body that took no part in the event: a state body as the
    subject of elections or laws, an addressee of the papers or a bystander; any body quoted as the source
    of a figure; a bloc named as a market."""
    if kind == "government" and role == "government" and (
            _INCIDENTAL_AFTER.match(text, end, min(len(text), end + 60)) is not None
            or _ACT_BEFORE.search(text, max(0, start - 30), start) is not None
            or _ADDRESSEE_BEFORE.search(text, max(0, start - 50), start) is not None
            or _ADDRESSEE_AFTER.match(text, end, min(len(text), end + 40)) is not None
            or bystander_body(text, start, end, org_id == "parliament")
            or parent_of_branch(text, start, end, org_id)
            or topic_clause(text, start, end)):
        return True
    return (_SOURCE_BEFORE.search(text, max(0, start - 40), start) is not None
            or _SOURCE_AFTER.match(text, end, min(len(text), end + 40)) is not None
            or bloc_as_market(text, start, end, org_id)
            or owner_of_unit(text, start, end, org_id)
            or defining_parent(text, start, end)
            or _source_or_promise(text, start, end)
            or (kind not in ("government", "government_agency") and staff_member_only(text, start, end))
            or (kind not in ("government", "government_agency") and venue_owner(text, start, end))
            or lent_hall_only(text, start, end, org_id)
            or landmark_only(text, start, end)
            or _CONTACT_BEFORE.search(text, max(0, start - 30), start) is not None
            or _CONTACT_AFTER.match(text, end, min(len(text), end + 30)) is not None
            or (kind not in ("government", "government_agency") and topic_only(text, start, end)))
