"""Several ayil okmotus named at once (Kyrgyz plural, English lists) and an ayil okmotu named as written."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text, include_incidental=True)]


def test_kyrgyz_plural_names_each_listed_ayil_okmotu_by_its_own_place() -> None:
    text = "Жолугушууга Ак-Суу жана Кара-Булак айыл өкмөттөрүнүн башчылары катышты."
    found = names(text)
    assert "Ak-Suu ayil okmotu" in found and "Kara-Bulak ayil okmotu" in found
    assert found.count("Kara-Bulak ayil okmotu") == 1


def test_english_list_after_ayil_okmotus_including() -> None:
    text = "Heads of the partner ayil okmotus, including Mady and Ak-Tash, signed the agreement."
    assert names(text) == ["Mady ayil okmotu", "Ak-Tash ayil okmotu"]


def test_english_list_before_ayil_okmotus() -> None:
    assert names("Staff of the Papan, Mady and Nurabad ayil okmotus attended.") == [
        "Papan ayil okmotu", "Mady ayil okmotu", "Nurabad ayil okmotu"]


def test_english_list_of_oblasts_is_no_ayil_okmotu() -> None:
    assert names("Ayil okmotus of Chui and Talas oblasts joined the programme.") == []


def test_english_list_of_unknown_words_is_no_ayil_okmotu() -> None:
    assert names("The ayil okmotus, including Smith and Jones, were praised.") == []


def test_kyrgyz_ayil_okmotu_keeps_its_written_name_not_the_main_village() -> None:
    # the ayil aimak is "Баетовский", its main village "Баетово": the body is Baetov's
    assert names("Жыйынга Баетов айыл өкмөтүнүн башчысы катышты.") == ["Baetov ayil okmotu"]


def test_plural_accusative_at_sentence_start_is_no_place() -> None:
    assert names("Арыздарды айыл өкмөтүнүн кабыл алуу бөлмөсүнө бериңиздер.") == []
