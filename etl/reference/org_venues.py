"""A body named only as the owner of the room or building where an event took place.

"Баткен мамлекеттик университетинин чоң залында конференция өттү", "семинар прошёл в актовом зале
районной больницы", "the training was held in the assembly hall of the ayil okmotu": the hall is the
venue; its owner lent the room and took no part in the event by that mention (another mention that
gives it a role still counts).  Kyrgyz names the owner in the genitive before the room noun in the
locative; Russian and English name the room first and the owner after it.  State bodies are left
to the caller: the labels count a district administration or city hall hosting in its own hall as the
state taking part ("in the assembly hall of the district state administration").
"""

from __future__ import annotations

import re

_ROOM_KY = r"(?:зал|имарат|жыйындар\s+зал|мажилис\w*\s+зал|акт\w*\s+зал|конференц[\w-]*\s*зал|аудитория|кабинет)"
# after a Kyrgyz genitive owner: "<owner>-нын (чоң) залында / имаратында / залындагы"
_KY_ROOM_AFTER = re.compile(
    rf"[»\"”]?\s+(?:(?:чоң|кичи|жаңы|негизги|жыйындар|мажилис\w*|акт\w*|конференц[\w-]*)\s+)?{_ROOM_KY}\w*"
    r"(?:ында|инде|унда|үндө|ында|да|де|та|те)(?:гы|ги|гу|гү)?(?!\w)", re.IGNORECASE)
# before a Russian or English owner: "в (актовом|большом|конференц-) зале", "в здании", "in the hall of"
_ROOM_BEFORE = re.compile(
    r"(?:(?<!\w)в\s+(?:(?:актовом|большом|малом|конференц-?|главном|новом)\s+)?(?:зале|здании|помещении|конференц-?зале)"
    r"(?:\s+(?:заседаний|собраний|совещаний))?"
    r"|(?<!\w)(?:in|at)\s+the\s+(?:(?:main|assembly|conference|great|big|small|new)\s+)?(?:hall|building|premises|auditorium)\s+of"
    r")\s+(?:the\s+)?[«\"“]?$", re.IGNORECASE)
_CHEAP = ("зал", "имарат", "здани", "помещени", "аудитор", "кабинет", "hall", "building", "premises", "auditorium")


_COPYRIGHT = re.compile(r"©[^\n]{0,100}")
_WORD = re.compile(r"\w{3,}")


def _publisher(text: str, start: int, end: int) -> bool:
    """The body publishes the report (its "©" line): a host in its own hall is the event's host."""
    stems = {w.group()[:4].lower() for w in _WORD.finditer(text, start, end)}
    return any(stems and stems <= {w.group()[:4].lower() for w in _WORD.finditer(m.group())}
               for m in _COPYRIGHT.finditer(text))


# A club, hotel or restaurant the event "took place in" is where it was held: "в Бишкекском бизнес-клубе прошёл
# круглый стол", "the forum was held at the Hyatt Regency hotel", "«Ак-Кеме» мейманканасында өттү".
_VENUE_NAME = re.compile(r"клуб|отел|гостиниц|ресторан|мейманкана|club|hotel|restaurant", re.IGNORECASE)
_IN_BEFORE = re.compile(r"(?<![\w-])(?:в|во|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_HELD_AFTER = re.compile(r"[»\"”]?\s*(?:прош(?:[её]л|ла|ло|ли)|состоял\w*|проход\w*)(?!\w)", re.IGNORECASE)
_HELD_BEFORE = re.compile(r"(?:was|were)\s+held\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_KY_HELD_AFTER = re.compile(r"\w*(?:да|де|та|те|до|дө|то|тө)\s+(?:[\w-]+\s+){0,2}?(?:өттү|отту|болуп\s+өттү|уюштурулду)")


def venue_place(text: str, start: int, end: int) -> bool:
    """The club, hotel or restaurant at ``text[start:end]`` is only where the event took place."""
    if not _VENUE_NAME.search(text, start, min(len(text), end + 8)):
        return False
    return (_IN_BEFORE.search(text, max(0, start - 6), start) is not None
            and _HELD_AFTER.match(text, end, min(len(text), end + 12)) is not None) \
        or _HELD_BEFORE.search(text, max(0, start - 25), start) is not None \
        or _KY_HELD_AFTER.match(text, end, min(len(text), end + 40)) is not None


def venue_owner(text: str, start: int, end: int) -> bool:
    """The mention at ``text[start:end]`` only owns the room or building the event was held in."""
    if venue_place(text, start, end):
        return True
    window = text[max(0, start - 40):min(len(text), end + 40)].lower()
    if not any(c in window for c in _CHEAP):
        return False
    return (_KY_ROOM_AFTER.match(text, end, min(len(text), end + 60)) is not None
            or _ROOM_BEFORE.search(text, max(0, start - 50), start) is not None) and not _publisher(text, start, end)


# The village's own administration is where a village meeting finds a hall: "Жолугушуу Челпек айыл
# өкмөтүнүн жыйындар залында өттү", "занятия проходили в здании Ленинпольского айыл окмоту".  Lending
# it is no part in the event, unless the text says its people took part ("7 представителей айыл
# окмоту", "айыл өкмөтүнүн өкүлдөрү", "ayil okmotu staff").  A district administration or city hall
# hosting in its own hall is the state hosting (the labels count it).
# Its head present counts as well ("присутствовал глава айыл окмоту", "айыл өкмөтүнүн башчысы катышты"); "главы
# айыл окмоту" are the heads of several, no one from this one.
_LSG_PEOPLE = re.compile(
    r"(?:представител\w*|сотрудник\w*|специалист\w*|работник\w*|глав[аеу]|главой|руководител[ья]|staff|representatives?"
    r"|officials?|head)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,2}?(?:айыл\w*\s+окмот|ayil\s+okmot|aiyl\s+okmot)"
    r"|(?:айыл\s+[өо]км[өо]т\w*|ayil\s+okmotu?|aiyl\s+okmotu?)\s+(?:\w+\s+){0,1}?"
    r"(?:[өо]к[үу]л\w*|кызматкер\w*|адис\w*|башчы\w*|жетекчи\w*|staff|representatives?|officials?|head)", re.IGNORECASE)


# "held a round table at the Lebedinovka ayil okmotu", "семинар прошел в Кара-Булакском айыл окмоту": the
# office itself is the venue
_AT_BEFORE = re.compile(r"(?<!\w)(?:at|в|во)\s+(?:the\s+)?$", re.IGNORECASE)


def lent_hall_only(text: str, start: int, end: int, org_id: str) -> bool:
    """The mention names an ayil okmotu only as the owner of the hall, and no one from it is said to
    have taken part."""
    if not org_id.endswith("ayil-okmotu") or not (venue_owner(text, start, end)
                                                  or _AT_BEFORE.search(text, max(0, start - 12), start)):
        return False
    return _LSG_PEOPLE.search(text) is None


# "листовки раздавали на площади у здания Чуйского РОВД", "near the building of the city hall", "мэриянын
# имаратынын алдында": the building marks where people stood; its owner took no part by that mention
_LANDMARK_BEFORE = re.compile(
    r"(?<![\w-])(?:у|возле|около|напротив|перед|рядом\s+со?)\s+(?:здани(?:я|ем)|зданием)\s+[«\"]?$"
    r"|(?<![\w-])(?:near|outside|opposite|in\s+front\s+of)\s+the\s+(?:building|office)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)
_LANDMARK_AFTER_KY = re.compile(r"[»\"]?\s+имарат\w*\s+(?:алдында|жанында|маңында|каршысында)(?!\w)", re.IGNORECASE)


def landmark_only(text: str, start: int, end: int) -> bool:
    """The mention at ``text[start:end]`` only names the building by which something happened."""
    return (_LANDMARK_BEFORE.search(text, max(0, start - 30), start) is not None
            or _LANDMARK_AFTER_KY.match(text, end, min(len(text), end + 40)) is not None)
