"""Where the counted noun phrase ends: a number counts the noun right after it (with its adjectives).

When that noun is not one the vocabulary counts, a listed noun further on belongs to another phrase:
"four solar-powered greenhouses in the villages" counts greenhouses, not villages; "в четырех случаях
пациентов" counts cases; "14 жайыт комитетине мал сугаруучу" counts committees (a dative: to them), not
the livestock waterers after. So an unknown noun already passed ends the phrase at an English preposition,
and a Russian noun in the prepositional or instrumental plural or a Kyrgyz noun in the dative is itself
the counted noun (read as nothing counted).
"""

from __future__ import annotations

import re

from etl.extract.indicators_vocab import ADJECTIVE_END

_EN_PREPOSITION = re.compile(r"^(?:in|at|on|into|across|near|around|inside|outside|along|within|under|throughout)$")
# An English noun, not a modifier: a plural ("greenhouses", "kits") or a noun suffix.
_EN_NOUN = re.compile(r"^[a-z]{3,}(?:s|ment|tion|ness|ity)$")
# Russian plural prepositional or instrumental ("случаях", "районах", "машинами"): the noun after a number
# in "в/на N …ах".
_RU_OBLIQUE_PLURAL = re.compile(r"^[а-я]{3,}(?:ах|ях|ами|ями)$")
# A Kyrgyz dative ("комитетине", "мектебине", "айылына"): the phrase it ends names to whom or where.
_KY_DATIVE = re.compile(r"^[а-я]{4,}(?:ына|ине|уна|уно)$")


def ends_counted_phrase(word: str, skipped: list[str]) -> bool:
    """``word`` (not a counted noun) shows that the number counts a noun the vocabulary does not list."""
    if skipped and _EN_PREPOSITION.match(word) and _EN_NOUN.match(skipped[-1]):
        return True
    if _RU_OBLIQUE_PLURAL.match(word) and not ADJECTIVE_END.search(word):
        return True
    return _KY_DATIVE.match(word) is not None
