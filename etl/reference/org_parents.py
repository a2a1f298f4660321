"""A ministry named only as the parent of its local branch is no participant of its own.

"Өзгөчө кырдаалдар министрлигинин Чоң-Алай райондук бөлүмү өнөктөш болду", "районный отдел
Министерства образования", "the Naryn oblast department of the Ministry of Agriculture": the branch took
part (and is labelled under its own name when the text names it so); the ministry is only the branch's
owner.  Kyrgyz names the parent in the genitive before the branch; Russian and English name the branch
first and the parent after it.  Another mention that gives the ministry a role keeps it.

A national body under a ministry is named the same way ("Республиканский центр иммунопрофилактики при
Министерстве здравоохранения", "Саламаттык сактоо министрлигине караштуу Республикалык … борбору", "the
National Centre for … under the Ministry of …"): the centre did the work, the ministry only owns it.
"""

from __future__ import annotations

import re

from etl.reference.registry import organizations

_LEVEL_KY = r"(?:райондук|облустук|шаардык|аймактык|[\w-]+\s+(?:району|облусу|шаары)\s+боюнча)"
_BRANCH_KY = r"(?:б[өо]л[үу]м|башкармалыг|башкармалык|департамент|инспекция|филиал|кызмат|казыналы[гк])\w*"
# "<министрлигинин> (Чоң-Алай) райондук (өзгөчө кырдаалдар) бөлүмү"
_KY_BRANCH_AFTER = re.compile(
    rf"(?<=н)\s+(?:[\w-]+\s+){{0,2}}?{_LEVEL_KY}\s+(?:[\w-]+\s+){{0,3}}?{_BRANCH_KY}", re.IGNORECASE)
# "<районный отдел | Ошское областное управление> Министерства …", "the district office of the Ministry of …"
_BRANCH_BEFORE = re.compile(
    r"(?:(?:районн|областн|городск|территориальн|региональн)\w+\s+(?:[\w-]+\s+){0,2}?"
    r"(?:управлени|отдел|департамент|филиал|инспекци|служб|представительств)\w*"
    r"|(?:district|oblast|regional|city|provincial|local)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:department|office|branch|directorate|unit|division)\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
_NATIONAL_KY = r"(?:республикалык|улуттук|мамлекеттик)"
_UNIT_KY = r"(?:борбор|институт|агентств|департамент|кызмат|инспекция|фонд|лаборатория|оорукана|академия)\w*"
# "<министрлигине> караштуу (Республикалык иммунопрофилактика) борбору", "<министрлигинин> Республикалык … борбору"
# "караштуу" (under) says the ministry is the owner however long the unit's name: "<министрлигине> караштуу Ичүүчү
# суу менен камсыздоону жана саркынды сууларды чыгарууну өнүктүрүү департаменти"
_KY_NATIONAL_AFTER = re.compile(
    rf"(?:(?<=е)\s+караштуу\s+(?:[\w-]+\s+){{0,9}}?|(?<=н)(?=\s+{_NATIONAL_KY})\s+(?:[\w-]+\s+){{0,4}}?){_UNIT_KY}",
    re.IGNORECASE)
# "Департаментом развития питьевого водоснабжения и водоотведения при <Министерстве>": "при" right before the
# ministry makes it the owner of the unit however long the unit's name
_UNIT_UNDER = re.compile(r"(?<![\w-])(?:служб|департамент|агентств|управлени|инспекци|центр)\w*(?:\s+[\w-]+){0,8}?\s+при\s+$",
                         re.IGNORECASE)
_NAME_WORD = r"\s+[\w-]+"
# A national unit of the ministry with no level word: "<министрлигинин> (Суу ресурстары) кызматы", "<министрлигинин>
# (токой чарба) башкармалыгы", "the Tourism Department of the <Ministry>", "Служба водных ресурсов <Министерства>".
# Its staff ("кызматкерлери") and press service are the ministry's own; a conjunction right after the ministry
# (ky) or right before it (ru) joins two separate bodies.
_GAP_KY = r"(?!(?:жана|же|менен|and)\s)(?:[\w-]+\s+){0,4}?"
_KY_UNIT_AFTER = re.compile(
    rf"(?<=н)\s+(?!(?:басма\s+с[өо]з|маалымат|пресс)\s+кызмат){_GAP_KY}(?:департамент|кызмат(?!кер)|башкармалы[гк]|агентств|инспекция|б[өо]л[үу]м)\w*",
    re.IGNORECASE)
_UNIT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:служб|департамент|агентств|управлени|инспекци)\w*"
    r"(?:\s+(?!(?:поддержк|содействи|участи)\w*\s)[\w-]+){0,4}?(?<!\sи)(?<!\sа)(?<!\sс)(?<!\sсо)(?<!\sили)"
    r"|(?:department|service|agency|directorate|inspectorate)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:of|under|at|within)(?:\s+the)?)\s+$", re.IGNORECASE)
# "управление МЧС по Чуйской области": the branch word before, its region after the ministry
_HEAD_BEFORE = re.compile(r"(?<![\w-])(?:главн\w+\s+)?(?:управлени|отдел|департамент)\w*\s+$", re.IGNORECASE)
_REGION_AFTER = re.compile(r"(?:\s+КР|\s+Кыргызской\s+Республики)?\s+по\s+[\w-]+(?:ской|цкой)\s+области|\s+по\s+[\w-]+скому\s+району")
# "… центра X и Министерства …": a conjunction right before the ministry joins a second, separate body.
_JOINED_BEFORE = re.compile(r"\b(?:и|а\s+также|с|со|совместно\s+с|and|with)\s+(?:the\s+)?$", re.IGNORECASE)
# "Республиканского центра развития здравоохранения и информационных технологий при <Министерстве>"
_NATIONAL_BEFORE = re.compile(
    r"(?:(?:республиканск|национальн|государственн)\w+\s+(?:научн\w+\s+)?"
    r"(?:центр|институт|агентств|служб|инспекци|лаборатори|больниц|госпитал)\w*"
    rf"(?:{_NAME_WORD}){{0,6}}?(?:\s+при)?"
    r"|(?:republican|national|state)\s+(?:centre|center|institute|agency|service|inspectorate|laboratory|hospital)"
    rf"(?:{_NAME_WORD}){{0,6}}?\s+(?:under|of|at))\s+(?:the\s+)?$", re.IGNORECASE)


def parent_of_branch(text: str, start: int, end: int, org_id: str) -> bool:
    """The ministry named at ``text[start:end]`` is only the owner of the local branch named with it."""
    entry = organizations().get(org_id)
    if entry is None or not entry.name.startswith("Ministry"):
        return False
    return (_KY_BRANCH_AFTER.match(text, end, min(len(text), end + 90)) is not None
            or _KY_UNIT_AFTER.match(text, end, min(len(text), end + 90)) is not None
            or _UNIT_BEFORE.search(text, max(0, start - 80), start) is not None
            or _UNIT_UNDER.search(text, max(0, start - 120), start) is not None
            or _BRANCH_BEFORE.search(text, max(0, start - 70), start) is not None
            or _KY_NATIONAL_AFTER.match(text, end, min(len(text), end + 140)) is not None
            or (_HEAD_BEFORE.search(text, max(0, start - 40), start) is not None
                and _REGION_AFTER.match(text, end, min(len(text), end + 60)) is not None)
            or (_NATIONAL_BEFORE.search(text, max(0, start - 120), start) is not None
                and _JOINED_BEFORE.search(text, max(0, start - 15), start) is None))


# A city hall named only as the owner of a city district's administration, which the text names as a body
# of its own: "администрацией Свердловского района мэрии Бишкека", "Бишкек шаарынын мэриясынын Свердлов району
# боюнча администрациясы".  The district administration took part and is labelled by its own name.  (A city
# department "of the mayoralty" is labelled with the city hall in one set and without it in another: it stays.)
_KY_CITY_UNIT_AFTER = re.compile(r"(?<=н)\s+(?:[\w-]+\s+){1,3}?(?:администрация|акимчилиг)\w*", re.IGNORECASE)
_RU_CITY_UNIT_BEFORE = re.compile(r"(?<![\w-])администраци\w*\s+[\w-]+(?:ого|ому|ом)\s+район\w*\s+$", re.IGNORECASE)
_CITY_HALL_WORD = re.compile(r"мэри|city\s+hall|mayor", re.IGNORECASE)


def city_hall_of_unit(text: str, start: int, end: int, org_id: str, bodies: list[tuple[int, int]]) -> bool:
    """The city hall named at ``text[start:end]`` is only the owner of a unit named with it, one of the
    ``bodies`` (spans of the other state bodies found)."""
    if ("city_hall" not in org_id and "city-hall" not in org_id) or not _CITY_HALL_WORD.search(text, start, end):
        return False
    after = _KY_CITY_UNIT_AFTER.match(text, end, min(len(text), end + 70))
    before = _RU_CITY_UNIT_BEFORE.search(text, max(0, start - 80), start)
    return any((after is not None and end <= s < after.end()) or (before is not None and before.start() <= s < start)
               for s, _ in bodies)
