"""A body whose products or programmes are only the topic of what was told at the event.

"ФАОнун адистери фермерлерге «Айыл Банктын» жеңилдетилген насыя программалары тууралуу маалымат
беришти", "специалисты рассказали о льготных кредитах «Айыл Банка»", "farmers learned about the
loan programmes of Aiyl Bank": the bank was talked about, it took no part.  The body's own staff
presenting them are named apart ("представитель Айыл Банка рассказал …") and keep it.
"""

from __future__ import annotations

import re

_OFFER = r"(?:программ|насыя|кредит|заем|займ|кызмат|услуг|продукт|продукци|мүмкүнчүлүк|возможност|шарт|услови|тариф|loan|credit|service|product|programme|program|scheme)"
# Kyrgyz: the body in the genitive, its offer, then "тууралуу / жөнүндө" closing the topic
_KY_AFTER = re.compile(
    rf"[»\"”]?\s+(?:[\w-]+\s+){{0,3}}?{_OFFER}\w*(?:\s+[\w-]+){{0,10}}?\s+(?:тууралуу|жөнүндө)(?!\w)", re.IGNORECASE)
# Russian and English: "о <offer> (<words>) X", "about the <offer>s of X", "about X's <offer>s"
_BEFORE = re.compile(
    rf"(?<!\w)(?:о|об|про|about)\s+(?:[\w-]+\s+){{0,3}}?{_OFFER}\w*\s+(?:[\w-]+\s+){{0,2}}?(?:(?:of|from|offered\s+by)\s+)?(?:the\s+)?[«\"“]?$",
    re.IGNORECASE)
_EN_POSSESSIVE = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?{_OFFER}", re.IGNORECASE)
_ABOUT_BEFORE = re.compile(r"(?<!\w)about\s+(?:the\s+)?$", re.IGNORECASE)
_STAFF_BEFORE = re.compile(r"(?:представител|сотрудник|специалист|эксперт|өкүл|адис|кызматкер|representative|staff|officer|official|specialist|expert)\w*"
                           r"\s+(?:of\s+)?(?:the\s+)?[«\"“]?$", re.IGNORECASE)


def topic_only(text: str, start: int, end: int) -> bool:
    """The mention at ``text[start:end]`` names the body only as the owner of what was talked about."""
    if _STAFF_BEFORE.search(text, max(0, start - 40), start):
        return False
    if _KY_AFTER.match(text, end, min(len(text), end + 160)):
        return True
    if _BEFORE.search(text, max(0, start - 80), start):
        return True
    return (_ABOUT_BEFORE.search(text, max(0, start - 12), start) is not None
            and _EN_POSSESSIVE.match(text, end, min(len(text), end + 40)) is not None)


# A state body inside the subject matter of a session: "разбирали … типичные ошибки, которые выявляет
# Счетная палата", "занятие было посвящено тому, как подавать заявки в Фонд … при Министерстве энергетики",
# "participants learned how to apply to the Ministry of Energy's fund", "Эсептөө палатасы кандай каталарды
# табаарын талкуулашты": the body is what was studied, it did not take part.
_TOPIC_BEFORE = re.compile(
    r"(?:(?:разбира|разобра|обсужда|обсуди|изуча|рассматрива|рассмотре|учил|научил|узнал)\w*"
    r"[^.;!?\n]{0,160}?(?<!\w)(?:котор\w+|как(?:ие|ой|ая|ое|их|им|ими)?|каким\s+образом)"
    r"|посвящ[её]н\w*\s+(?:тому|вопрос\w*)[,\s]+(?:как|чтобы|что)"
    r"|(?:discussed|learn(?:ed|t)|studied|explained|covered|reviewed|devoted\s+to)[^.;!?\n]{0,160}?(?<!\w)(?:how|which|that)"
    r")(?!\w)[^.;!?\n]{0,200}$", re.IGNORECASE)
_KY_TOPIC_AFTER = re.compile(
    r"[^.;!?\n]{0,100}?(?:тууралуу|жөнүндө|жонундо)\s+(?:[\w-]+\s+){0,2}?(?:сүйлөш|суйлош|талкуула|үйрөн|уйрон|түшүндүр|тушундур)\w*",
    re.IGNORECASE)
_KY_HOW = re.compile(r"(?<!\w)(?:кантип|кандай)(?!\w)", re.IGNORECASE)


def topic_clause(text: str, start: int, end: int) -> bool:
    """The state body at ``text[start:end]`` stands inside what the session was about."""
    if _STAFF_BEFORE.search(text, max(0, start - 40), start):
        return False  # "…, and a specialist of the Osh Oblast Tax Office presented …": its staff took part
    if _TOPIC_BEFORE.search(text, max(0, start - 400), start):
        return True
    after = _KY_TOPIC_AFTER.match(text, end, min(len(text), end + 160))
    return after is not None and _KY_HOW.search(text, max(0, start - 90), after.end()) is not None
