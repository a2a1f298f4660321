"""Visitors and exhibitors: people who came to see an exhibition, a fair or a site, and people who showed
their goods there, are the event's participants (the eval labels count them so)."""

from __future__ import annotations

# Alternatives added to ``indicators_predicates.PARTICIPATED``; a "|" in the sentence stands for the number.
VISIT_ALTERNATIVES = (
    # "аны 350дөн ашык дыйкан кыдырды", "Музейди 250 окуучу зыярат кылды": touring a place is visiting
    # it, whatever the object is (a pronoun, a museum, a park), so no event word is needed.
    r"(?<![а-я])кыдыр(?:ды|ышты|ышкан|ган)(?![а-я])|зыярат\s+кыл(?:ды|ышты|ышкан|ган|ып)(?![а-я])|"
    # "the exhibition was visited by some 400 people", "the stands have been visited by …"
    r"(?<![a-z])(?:was|were|has\s+been|have\s+been|had\s+been)\s+visited\s+by(?![a-z])|"
    # "Around 1,100 jobseekers visited, and …": visited with no object is visiting the event itself
    r"\|[^|.;]{0,40}?(?<![a-z])visited(?=\s*(?:[,.;:]|and\s|$))|"
    r"(?<![a-z])(?:showcased|exhibited|displayed)\s+(?:their|his|her)(?![a-z])|"
    # "Свои изделия — ковры, вышивку — представили более 60 мастеров": people showing their goods;
    # employers offering their vacancies at a job fair are organizations, not people present.
    r"(?<![а-я])сво[а-я]{1,3}\s+(?:издели|продукци|товар|работ[ыу]|поделк|картин|блюд|урожа|экспонат|сорт)"
    r"[^.;!?|]{0,160}?(?:представил[аи]?|выставил[аи]?|продемонстрировал[аи]?)(?![а-я])|"
    # "— представили более 60 мастеров": the people presenting, unless they are employers or firms
    r"(?<![а-я])(?:представил[аи]|выставил[аи])\s+(?:более\s+|около\s+|свыше\s+|порядка\s+)?\|"
    r"(?!\s*(?:[а-я]+\s+)?(?:работодател|компани|предприяти|организаци|фирм))|"
    # "45 уста өз буюмдарын көргөзүштү / сатууга коюшту"
    r"(?<![а-я])оз\s+(?:[а-я]+\s+){1,3}(?:коргозушт|коргозду|сунушташт|сатууга\s+коюшт)"
)
