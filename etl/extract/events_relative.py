"""What a speaker tells of their own past, not an event the report reports: a grant told in a relative clause about a person ("Maksat, a returnee who received a grant of USD 1,500
in 2024, told participants …", "фермер, который получил грант в прошлом году, рассказал …"): the
person's story, told as who they are, never a grant award the report reports; "told participants how he
opened a workshop", "рассказала, как открыла мастерскую": the story a speaker tells."""

from __future__ import annotations

import re

# the relative pronoun right before the grant's verb, with at most an auxiliary and an adverb between
_RELATIVE_BEFORE = re.compile(r"(?<![а-яa-z])(?:who|which|that|котор(?:ый|ая|ое|ые|ому|ым|ой))\s+"
                              r"(?:(?:had|has|have|was|were|also|earlier|previously|ранее|уже|также)\s+){0,2}$")
_REACH = 40


def drop_relative_grants(folded: str, sentence: tuple[int, int], hits: list[tuple[int, str]]
                         ) -> list[tuple[int, str]]:
    """``hits`` without the grant awards a relative clause tells of."""
    if not any(t == "grant_award" for _, t in hits):
        return hits
    return [h for h in hits if h[1] != "grant_award"
            or not _RELATIVE_BEFORE.search(folded, max(sentence[0], h[0] - _REACH), h[0])]


# "told (the participants) how", "described how", "рассказал(а), как", "рассказали о том, как", "shared how"
_STORY_BEFORE = re.compile(r"(?<![а-яa-z])(?:(?:told|described|explained|shared|recounted)\s+(?:\S+\s+){0,3}?how|"
                           r"(?:рассказ|поделил|объяснил|вспомин|вспомнил)[а-я]*\s+(?:\S+\s+){0,3}?(?:о\s+том,?\s+)?как)"
                           r"(?![а-яa-z])")


def drop_told_stories(folded: str, sentence: tuple[int, int], hits: list[tuple[int, str]]
                      ) -> list[tuple[int, str]]:
    """``hits`` without those after "told … how" / "рассказал, как" in their sentence."""
    story = _STORY_BEFORE.search(folded, *sentence)
    return hits if story is None else [h for h in hits if h[0] < story.end()]
