"""A handover of goods: keys, vehicles, equipment handed to a community at a ceremony.

"Церемония вручения ключей от 12 новых домов", "торжественная передача мусоровоза", "ачкычтарын
тапшыруу аземи", "an award ceremony for the new ambulances": the ceremony hands over things, not
prizes, so it is no competition (and no grant award unless the text speaks of grants); it is an event
of no other type.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.extract.events import EventDraft

GOODS = (
    r"(?:ключ[а-я]*|ачкыч[а-я]*|keys?|техник[аиуе]|оборудовани[а-я]*|жабдуу[а-я]*|equipment|"
    r"автомобил[а-я]*|машин[а-я]*|мусоровоз[а-я]*|трактор[а-я]*|автобус[а-я]*|скор[а-я]+\s+помощ[а-я]*|"
    r"унаа[а-я]*|автоунаа[а-я]*|vehicles?|trucks?|tractors?|ambulances?|buses|bus|"
    r"компьютер[а-я]*|ноутбук[а-я]*|computers?|laptops?|контейнер[а-я]*|containers?|"
    # homes handed to families: "handed over eight renovated homes", "передача квартир" (a public building handed
    # over renovated is its opening)
    r"homes|houses|apartments|flats|квартир[а-я]*|домов|"
    # devices: "угуу аппараттары", "слуховые аппараты", "hearing aids"
    r"аппарат[а-я]*|hearing\s+aids?|devices|"
    # beekeepers' and farmers' kit: "handed over 240 modern hives and protective kits"
    r"hives|beehives|ульи|ульев|kits|"
    # food and hygiene packages handed to families: "азык-түлүк топтомдору", "продуктовые наборы", "food parcels";
    # machines: "six new haemodialysis machines"
    r"топтом[а-я]*|набор[ыа]?|наборов|parcels|machines|"
    # heating for homes: "handed over solar water heaters", "energy-efficient stoves"
    r"heaters|stoves|boilers|"
    # warning and water systems with their parts: "handed over a landslide early warning system", "передали
    # генераторы и насосы", "solar panels" (not furniture: an opening's fittings, "мебель передала мэрия")
    r"systems?|sensors|sirens|generators?|pumps|solar\s+panels|tablets|"
    r"генератор[а-я]*|насос[а-я]*|солнечн[а-я]+\s+панел[а-я]*)(?![а-яa-z])")
_GOODS = re.compile(r"(?<![а-яa-z])" + GOODS)
_GOODS_AT = re.compile(GOODS)
# the handover told as the event: "передача компьютерного оборудования", "передал 4 машины скорой помощи",
# "handed over four new ambulances", "трактор … салтанаттуу түрдө тапшырылды"
# "сорок женщин получили швейные машины", "тигүү машиналары, оверлоктор жана кездемелер тапшырылды": the goods
# received, or listed before the verb
HANDOVER = (r"(?:передач[аиуе]|передал[аи]?|передан[аоы]?|получил[аи]?|вручил[аи]?|вручен[аоы]?)\s+(?:[^\s.!?]+\s+){0,3}?" + GOODS + "|"
            r"(?:handed\s+over|handover\s+of|received)\s+(?:[^\s.!?]+\s+){0,3}?" + GOODS + r"|handover\s+ceremony|"
            # a system is named by what it does: "handed over a landslide monitoring and early warning system"
            r"(?:handed\s+over|handover\s+of)\s+(?:[^\s.!?]+\s+){0,7}?systems?(?![a-z])|"
            # "The equipment was handed over on 6 June": the goods first, in the passive
            + GOODS + r"\s+(?:was|were|have\s+been|has\s+been)\s+handed\s+over|"
            + GOODS + r",?\s+(?:[^\s.!?]+\s+){0,4}?(?:тапшырылд[ыы]|тапшырд[ыы]|тапшырышт[ыы]|откоруп\s+бер(?:илд[иы]|д[иы]))|"
            # a ceremony of handing over, whatever is handed: "жардам тапшыруу аземи", "церемония передачи помощи"
            r"тапшыруу\s+азем[а-я]*|церемони[а-я]*\s+передачи|передач[аиуе]\s+помощи|"
            # handed over solemnly, whatever is handed: "кооперативу торжественно передали 12 стендов",
            # "… жабдуулары салтанаттуу түрдө өткөрүлүп берилди"
            # (not "вручили", "тапшырылды": certificates and prizes are handed that way too)
            r"торжественно\s+(?:передал[аи]?|передан[аоы]?)(?![а-я])|"
            r"салтанаттуу\s+(?:турдо\s+)?(?:откоруп\s+бер(?:д[иы]|ишти)|откорулуп\s+берилд[иы])")


def goods_first(folded: str, at: int) -> bool:
    """Whether a handover told goods first ("50 компьютер тапшырылды") starts at ``at``: the goods are
    counted, the event is not."""
    return _GOODS_AT.match(folded, at) is not None


def handed_over_goods(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` (just after a ceremony word) names goods handed over."""
    return _GOODS.search(folded, start, end) is not None


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_HANDOVER_RE = re.compile(r"(?<![а-яa-z])(?:" + HANDOVER + ")")


def handover_apart(folded: str, sentence: tuple[int, int], other: EventDraft) -> bool:
    """"Жармеңкенин алкагында … кооперативдерге жабдуулар тапшырылды", "в рамках ярмарки … передано
    оборудование": goods handed over at a fair or an exhibition are a handover of their own, though both are
    events of no other type; a handover told again is the same one."""
    if _HANDOVER_RE.search(folded, *sentence) is None or not other.segments:
        return False
    # the other event's whole text told so far, not its first sentence: a page's header ends in "!" or "."
    # ("Урматтуу айылдаштар! 12-март куну … жабдууларды тапшырды. Тапшыруу аземине … катышты")
    return not any(_HANDOVER_RE.search(folded, a, min(b, sentence[0])) for a, b in other.segments if a < sentence[0])


def hands_over(folded: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells goods handed over ("гости побывали в больнице и торжественно передали
    медицинское оборудование")."""
    return _HANDOVER_RE.search(folded, *sentence) is not None


def ceremony_told(folded: str, event: EventDraft) -> bool:
    """Whether ``event`` is a ceremony (an opening, an award, goods handed over), which holds no programme of
    trainings or meetings the way a forum or a fair does."""
    if event.event_type in ("opening", "grant_award"):
        return True
    return event.event_type == "other" and any(_HANDOVER_RE.search(folded, a, b) for a, b in event.segments[:1])
