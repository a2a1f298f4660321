"""A trade bloc named as a market or destination is a place of trade, not an organization at the event.

"проблемы сертификации продукции для экспорта в ЕС", "выйти на рынки Евросоюза", "Европа Биримдигинин
рыногуна чыгуу", "ЕБге экспорттоо", "exports to the EU", "the EU market": the bloc is where the goods go.  So are its
rules the goods must meet ("требования ЕС к остаткам пестицидов", "EU standards", "ЕБдин талаптары"), and so
are its member countries ("ЕАЭБ өлкөлөрү", "в странах ЕАЭС").
"""

from __future__ import annotations

import re

_BLOCS = frozenset({"eu"})
_BEFORE = re.compile(
    r"(?:экспорт\w*|ввоз\w*|вывоз\w*|поставк\w*|поставля\w*|продава\w*|продаж\w*)\s+(?:\w+\s+){0,3}?(?:в|во|на)\s+$"
    r"|рын(?:ок|ка|ки|ков|ках|кам|ке)\s+(?:стран\s+)?$|(?:на|в)\s+(?:рынк\w+|рынок)\s+$"
    r"|(?:exports?|exported|exporting|sell\w*|sales|shipp\w*)\s+(?:\w+\s+){0,3}?(?:to|into)\s+(?:the\s+)?$"
    r"|markets?\s+(?:of|in)\s+(?:the\s+)?$"
    # the bloc's rules the goods must meet: "требования ЕС к остаткам пестицидов", "standards of the EU"
    r"|(?:требовани|стандарт|норм|регламент|директив)\w*\s+$|(?:standards?|requirements?|regulations?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)
_AFTER = re.compile(r"\s*(?:markets?\b|рыног\w*|рынок\w*|рынк\w*|[а-яөүң]{0,4}\s+экспорт\w*|[а-яөүң]{0,4}\s+сат\w*"
                    r"|[а-яөүң]{0,4}\s+чыгар\w*|өлкөлөрүнө\s+экспорт\w*"
                    r"|(?:standards?|requirements?|regulations?)\b|[а-яөүң]{0,4}\s+(?:талап|стандарт)\w*)", re.IGNORECASE)


# "ЕАЭБ өлкөлөрүнүн ортосундагы макулдашуу", "в странах ЕАЭС", "EAEU member states": the bloc's member
# countries (a treaty between them, a place of work) are no body at the event
_MEMBERS_BLOCS = frozenset({"eu", "eaeu"})
_MEMBERS_BEFORE = re.compile(r"(?:стран\w*|государств\w*\s+-?\s*член\w*|countries\s+of|member\s+states\s+of)\s+(?:the\s+)?$",
                             re.IGNORECASE)
_MEMBERS_AFTER = re.compile(r"[а-яөүң]{0,4}\s+(?:өлкөлөр|мүчө\s+өлкөлөр)\w*|\s+(?:member\s+)?(?:countries|states)\b",
                            re.IGNORECASE)


def bloc_as_market(text: str, start: int, end: int, org_id: str) -> bool:
    """True when the trade bloc at ``text[start:end]`` is a market or an export destination, or stands for
    its member countries."""
    if org_id in _MEMBERS_BLOCS and (_MEMBERS_BEFORE.search(text, max(0, start - 40), start) is not None
                                     or _MEMBERS_AFTER.match(text, end, min(len(text), end + 30)) is not None):
        return True
    if org_id not in _BLOCS:
        return False
    return _BEFORE.search(text, max(0, start - 60), start) is not None \
        or _AFTER.match(text, end, min(len(text), end + 30)) is not None
