"""District seats: the villages every reader knows without their district ("в Кочкорке", "в Ат-Баши",
"Чаекте", "in Kazarman").  A bare village name is otherwise accepted only when the text names one of its
ancestors, because most village names are also words or people's names (``places_match``, rule 3); the
administrative centre of a district is named alone as a town is, and a careful analyst reads it so.

Only the seat's own SOATE spelling counts (with the Kyrgyz and Russian variants of that spelling): a
gazetteer alias that is its district's name ("Кочкор" for Kochkorka) stays the district's.  A seat whose
name is also a district's or a town's ("Араван", "Сузак") is still read as that higher unit when bare."""

from __future__ import annotations

from functools import cache

from etl.reference.gazetteer import gazetteer
from etl.reference.translit import ky_variants, name_key

# Village seats of districts (SOATE codes), by oblast.
DISTRICT_SEATS = frozenset({
    "41702205848010",  # Теплоключенка, Ak-Suu
    "41702210850010",  # Кызыл-Суу, Jeti-Oguz
    "41702220810010",  # Боконбаево, Ton
    "41702225889010",  # Тюп, Tup
    "41703204808010",  # Ала-Бука, Ala-Buka
    "41703207812010",  # Базар-Коргон, Bazar-Korgon
    "41703215836010",  # Массы, Nooken
    "41703220856010",  # Сузак, Suzak
    "41703223812010",  # Казарман, Toguz-Toro
    "41703230822010",  # Каныш-Кыя, Chatkal
    "41704210809010",  # Баетово, Ak-Talaa
    "41704220812010",  # Ат-Башы, At-Bashy
    "41704230836010",  # Чаек, Jumgal
    "41704235816010",  # Кочкорка, Kochkor
    "41706207814010",  # Гульча, Alay
    "41706211807010",  # Араван, Aravan
    "41706246820010",  # Кара-Кульджа, Kara-Kulja
    "41706259851010",  # Дароот-Коргон, Chong-Alay
    "41707215818010",  # Кызыл-Адыр, Kara-Buura
    "41707220830010",  # Бакай-Ата, Bakai-Ata
    "41707225833010",  # Покровка, Manas
    "41708203831010",  # Лебединовка, Alamudun
    "41708217813010",  # Беловодское, Moskva
    "41708222865010",  # Сокулук, Sokuluk
})


@cache
def _own_keys(uid: str) -> frozenset[str]:
    name = gazetteer().units[uid].name_ru
    keys = set(ky_variants(name))
    key = name_key(name)
    if key.endswith(("а", "я")):
        keys.add(key[:-1])  # "в Кочкорке": the Russian a-stem
    return frozenset(keys)


def bare_seat(cands: list[str], matched_key: str) -> str | None:
    """The one district seat among ``cands`` that ``matched_key`` (the folded name as found) spells."""
    seats = [c for c in cands if c in DISTRICT_SEATS and matched_key in _own_keys(c)]
    return seats[0] if len(seats) == 1 else None
