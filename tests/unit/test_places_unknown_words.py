"""Words that are no settlement's name: a surname before "айыл аялдары" (rural women), a dative noun
before "айыл аймагынын", the first word of the sentence after a settlement word."""

from __future__ import annotations

from etl.reference.places import find_places


def unknown(text: str) -> list[str]:
    return [m.place.name for m in find_places(text) if m.place.soate is None]


def test_a_surname_before_rural_women_is_no_village() -> None:
    text = ("2025-жылдын 5-майында Ош облусунун Кара-Суу районунда тренинг өттү. Координатор Айнура Бекова "
            "айыл аялдарынын экономикалык көз карандысыздыгы тууралуу айтты. Айыл чарба адиси Садыр Токоев да келди.")
    assert unknown(text) == []


def test_a_named_village_before_ayil_and_punctuation_is_kept() -> None:
    text = "2025-жылдын 5-майында Кара-Суу районундагы Жаңы-Күнчыгыш айылында тренинг өттү."
    assert unknown(text) == ["Jany-Kunchygysh"] or len(unknown(text)) == 1


def test_a_dative_before_the_aimak_is_no_name() -> None:
    text = ("2025-жылдын 5-майында Жайыл районундагы Суусамыр айыл аймагында сынак өттү. Сынакка айыл "
            "аймагынын 7 айылы катышты.")
    assert unknown(text) == []


def test_the_word_after_a_sentence_ending_settlement_word_is_no_name() -> None:
    text = ("24 сентября 2025 года в Ленинском районе Бишкека прошёл круглый стол о вывозе мусора в новостройках. "
            "Мероприятие организовал фонд. В жилмассиве Ак-Ордо установят контейнеры.")
    names = unknown(text)
    assert not any(n.lower().startswith("merop") for n in names)
