"""A body the organizer names as its partner stays the partner, whatever else the report says of it.

"ОБСЕ совместно с фондом X провёл форум … Председатель ОФ X представила итоги", "Форумду Y уюму
Save the Children менен өнөктөштүктө уюштурду … Save the Children уюмунун долбоор жетекчиси …", a
headline "X и Y провели семинар" over "Y в партнёрстве с X": the explicit partner phrase tells the
organizer's own account of who led; a later speaker's verb or a headline that lists both does not make
the partner a second organizer.  Only when another body is the organizer (so the partner phrase has a
subject; a district administration or ayil okmotu co-organizing counts) does the partner role win over an
implementer cue.
"""

from __future__ import annotations

import re

from etl.reference.role_resolve import DONOR_KINDS

# The preposition right before the name, with up to two words of its kind between ("совместно с
# общественным фондом «…»", "in partnership with the local NGO …").
_PRE = re.compile(
    r"(?:совместно\s+с|в\s+партн[её]рстве\s+с|в\s+сотрудничестве\s+с|при\s+участии\s+партн[её]р\w*"
    r"|содействие\s+(?:в\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+)?оказал\w*"
    r"|in\s+partnership\s+with|jointly\s+with|together\s+with|in\s+cooperation\s+with|in\s+collaboration\s+with)"
    r"\s+(?:[\w-]+\s+){0,2}?[«\"“]?$")
# The Kyrgyz postposition right after the name ("X уюму (Save the Children) менен өнөктөштүктө"), or its
# help with the organizing ("Угууну уюштурууга X коомдук бирикмеси жардам берди").
_POST = re.compile(r"[\s»”\"')]*(?:[\w(-]+[\s»”\"')]+){0,2}?(?:менен\s+(?:оноктоштукто|онокташтыкта|биргеликте"
                   r"|кызматташтыкта|биргелешип)(?!\w)|жардам\s+бер\w*)")


def named_partner(ft: str, start: int, end: int) -> bool:
    """The mention at ``start:end`` of the folded text is governed by an explicit partner phrase."""
    pre = _PRE.search(ft, max(0, start - 60), start)
    # "В партнёрстве с МОМ работает фонд X": a sentence opening with the phrase names its subject after,
    # a body that need not be the event's organizer
    if pre is not None and ft[max(0, pre.start() - 4):pre.start()].rstrip(" ")[-1:] in ("", ".", "!", "?", "\n"):
        pre = None
    return pre is not None or _POST.match(ft, end, end + 60) is not None


def keep_partners(roles: dict[str, str], partnered: set[str]) -> None:
    """Turn back into partners the ``partnered`` bodies another cue made implementers, when some
    other body is the implementer the partner phrase belongs to."""
    if not partnered:
        return
    organizers = [oid for oid, role in roles.items() if role in ("implementer", "government") and oid not in partnered]
    if not organizers:
        return
    for oid in partnered:
        if roles.get(oid) == "implementer":
            roles[oid] = "partner"


# "представители фонда X, партнёра проекта", "experts of X, the project's local partner", "X коомдук фондунун,
# долбоордун өнөктөшүнүн, өкүлдөрү", "ассоциации X, с которой ACTED работает в партнёрстве", "X, with which
# the agency works in partnership": the apposition or relative clause right after the name says what the
# body is to the event's organizer, whatever verb of presence the sentence has (folded text).  A "financial
# partner" pays: it is no partner.
_APPOSITION = re.compile(
    r"[\s»”\"')]*,\s*(?:(?:—|-|–)\s*)?(?:"
    r"(?:(?:нашего|нашему|нашим|его|ее|их|давнего|давнему|местного|местному|основного|основному"
    r"|ключевого|ключевому|постоянного|постоянному)\s+)?партн[её]р(?:а|у|ом)?(?:\s+(?:проекта|программы))?(?!\w)"
    r"|(?:the|a|an|its|their|our)\s+(?:(?:project|programme|program|organi[sz]er)['’]s\s+)?"
    r"(?:(?:local|long-?time|long-?standing|main|key|implementing)\s+)?partner(?!\w)"
    r"|(?:долбоордун|программанын|уюмдун)\s+(?:жергиликтуу\s+)?оноктош(?:у|унун|уно|у\s+болгон)(?!\w)"
    r"|с\s+котор(?:ым|ой|ыми)\s+(?:[\w-]+\s+){0,4}?(?:сотруднича\w*|работа\w*\s+в\s+партн[её]рстве)"
    r"|with\s+(?:which|whom)\s+(?:[\w-]+\s+){0,4}?(?:cooperat\w*|partner\w*|work\w*\s+in\s+partnership)"
    r")")


def partner_apposition(ft: str, end: int, kind: str, role_hint: str) -> bool:
    """A partner apposition or relative clause follows the name ending at ``end`` of the folded text, and the
    body is no funder or firm (their "partnership" is money) nor a state body (government whatever it does)."""
    if kind in DONOR_KINDS or kind == "government" or role_hint in ("donor", "sponsor"):
        return False
    return _APPOSITION.match(ft, end) is not None
