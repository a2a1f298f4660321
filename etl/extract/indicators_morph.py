"""People nouns read from their word formation when the vocabulary does not list them.

The vocabulary names the roles reports usually count ("мугалим", "фермер", "teacher"), but reports
count people by any trade: "32 ашпозчу" (cooks), "600 соискателей" (job seekers), "15 сварщиков".
Both languages form such nouns with a few productive suffixes, which this module reads:
- Kyrgyz agent nouns in -чы/-чи/-чу ("ашпозчу", "тигүүчү", "айдоочу", "жумушчулар");
- Russian agent nouns in -тель, -щик/-чик, -ист ("соискатель", "сварщик", "тракторист");
- Russian feminine forms in -ница/-ка/-ица of a listed role ("предпринимательница", "учительница",
  "студентка", "активистка"): women of that role, a female count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# Kyrgyz: a stem of at least three letters (not drops, scissors, peace), the agent suffix, then plural,
# possessive and case endings.
# Ordinals ("биринчи", "үчүнчү") end in -нчы after a vowel and are left out.
_KY_AGENT = re.compile(r"^(?!тамчы|кайчы|тынчы)[а-я]{3,}(?<![ыиуао]н)ч[ыиу](?:л[аео]р)?(?:[ыиу]|с[ыиу])?(?:н|н[аео]|[гк][аео]|[дт][аео]н?|н[ыиу]н|"
                       r"д[ыиу]н|[дн][ыиу])?$")
# Russian -тель / -щик / -чик / -ист nouns (and their case forms), a stem of at least three letters before.
_RU_AGENT = re.compile(r"^[а-я]{3,}(?:тел(?:ь|я|ю|и|ей|ям|ями|ях|ем)|[щч]ик(?:а|у|и|ов|ам|ами|ах|ом)?|"
                       r"ист(?:а|у|ы|ов|ам|ами|ах|ом)?)$")
# Things, not people, formed the same way: meters, sheets, engines, indicators, boxes.
_RU_NOT_PEOPLE = re.compile(r"^(?:показател|двигател|выключател|нагревател|обогревател|измерител|усилител|"
                            r"накопител|распределител|определител|заменител|предохранител|глушител|"
                            r"окислител|растворител|числител|знаменател|ящик|счетчик|датчик|передатчик|"
                            r"переключател|гостиниц|старожил|лист|аист|чист)")
# Feminine forms: the stem with the masculine ending put back is a listed role.
_RU_FEMININE = re.compile(r"^([а-я]{3,}?)(?:ниц|иц|к)(?:а|ы|е|у|ей|ам|ами|ах)?$")
_MASCULINE_ENDINGS = ("", "ник", "ь", "ик")


# Trades formed otherwise, which the reports of cooking, sewing and job-fair events count.
_OTHER_TRADES = re.compile(r"^(?:повар[а-я]{0,3}|шве[йия]|cooks?|chefs?|welders?|drivers?|jobseekers?|seekers?|"
                           r"seamstress(?:es)?|electricians?|plumbers?|carpenters?|mechanics|hairdressers?)$")


@lru_cache(maxsize=1 << 14)
def agent_noun(word: str) -> bool:
    """A noun that names a person by what they do, read from its suffix."""
    if _KY_AGENT.match(word) or _OTHER_TRADES.match(word):
        return True
    return bool(_RU_AGENT.match(word)) and not _RU_NOT_PEOPLE.match(word)


def feminine_of_role(word: str, category_of: Callable[[list[str]], str | None]) -> bool:
    """"предпринимательниц", "учительниц", "студенток": the feminine form of a listed role."""
    if not word.endswith(("ниц", "ница", "ницы", "нице", "ницу", "ницам", "ницами", "ницах", "ницей",
                          "ка", "ки", "ок", "кам", "ками", "ках", "кой",
                          "ица", "ицы", "иц", "ицам", "ицами")):
        return False
    if word.startswith(("участниц", "девуш", "девоч", "подрост")):
        return False  # listed with their own category, or "подростки" (teenagers), not a feminine form
    m = _RU_FEMININE.match(word)
    if m is None:
        return False
    stem = m.group(1)
    if word[len(stem):].startswith("к") and word[len(stem) - 1:len(stem)] == "о":
        stem = stem[:-1]  # "студенток": the fleeting vowel of the plural genitive
    return any(category_of([stem + end]) == "person" and not _RU_NOT_PEOPLE.match(stem + end)
               for end in _MASCULINE_ENDINGS)
