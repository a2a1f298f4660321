"""Representatives of state and local-government bodies are officials: "including 12 representatives of the
District Education Department and the two ayil okmotus", "8 staff of the ayil okmotu", "officials from the
Ministry of Health".  The Russian and Kyrgyz forms carry the body in the counted phrase already; English
names it after "of"/"from"."""

from __future__ import annotations

import re

from etl.extract.indicators_vocab import SPLIT_CUE

_ENVOY = re.compile(r"\s*(?:representatives?|officials?|staff(?:\s+members)?|employees|specialists|delegates)\s*$")
_OF_STATE_BODY = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:department|administration|ministry|ministries|akimiat|akimat|"
    r"ayil\s+okmot|aiyl\s+okmot|ayil\s+okmotu|municipalit|mayor'?s\s+office|city\s+hall|local\s+(?:self-)?government|"
    r"state\s+agency|government|district\s+council|city\s+council|kenesh|prosecutor|police|inspectorate)"
)

# "4 представителя районных органов", "сотрудников районной администрации": the body's adjective sits
# between the head and the body, which the word pairs of the vocabulary do not reach.
_ENVOY_RU = re.compile(r"\s*(?:представител[а-я]*|сотрудник[а-я]*)\s*$")
_OF_STATE_BODY_RU = re.compile(
    # (several bodies' adjectives may be listed before the shared noun: "Сары-Могольского, Талды-Сууского и
    # Сары-Ташского айыл окмоту", "Иссык-Кульской районной государственной администрации")
    r"\s+(?:[а-я-]+\s+){1,2}?(?:орган(?:ов|а)|администраци[а-я]|министерств[а-я]|ведомств[а-я]|акимиат[а-я]*|мэри[а-я]|"
    r"айыл\s+окмот[а-я]*)(?![а-я])|"
    r"\s+(?:[а-я-]+(?:ого|его|ой|ей|ых|их)(?:\s*,\s*|\s+и\s+|\s+)){1,5}?(?:[а-я-]+\s+)?(?:орган(?:ов|а)|администраци[а-я]|"
    r"министерств[а-я]|ведомств[а-я]|акимиат[а-я]*|мэри[а-я]|айыл\s+окмот[а-я]*)(?![а-я])")


def envoys_of_state(folded: str, num_start: int, num_end: int, noun_end: int) -> bool:
    """The people counted from ``num_end`` to ``noun_end`` represent a state or local-government body."""
    if not ((_ENVOY.match(folded, num_end, noun_end) and _OF_STATE_BODY.match(folded, noun_end))
            or (_ENVOY_RU.match(folded, num_end, noun_end) and _OF_STATE_BODY_RU.match(folded, noun_end))):
        return False
    # "70 representatives of ministries, local authorities and partner organizations": a list of bodies
    # is everyone present (as the Russian "представителей органов МСУ, министерств, …"), unless a part of a
    # total said before ("including 12 representatives of …")
    return "," not in folded[noun_end:noun_end + 60] or SPLIT_CUE.search(folded, max(0, num_start - 30), num_start) is not None
