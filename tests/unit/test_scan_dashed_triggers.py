"""A trigger written with a hyphen ("мастер-класс") is looked for as the key text has it, with the dash as a space."""


def test_a_hyphenated_trigger_is_found_in_the_key_text_where_dashes_are_spaces() -> None:
    from etl.extract.event_keywords import keyword_types
    from etl.reference.scan import literal_prefixes
    from etl.text import fold

    assert literal_prefixes(r"(?:тренинг|мастер-класс)") == {"тренинг", "мастер класс"}
    text = fold("В Оше прошел мастер-класс для молодых предпринимателей.")
    assert [kind for _, kind in keyword_types(text, 0, len(text))] == ["training"]
