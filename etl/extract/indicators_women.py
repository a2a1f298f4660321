"""A people word that only qualifies the women or men counted after it: "35 безработных женщин", "20
сельских женщин", "40 жумушсуз аял", "25 unemployed women".  The count is of women (a female figure with no
total), not of the unemployed."""

from __future__ import annotations

import re

# Adjectival forms only (a noun such as "специалистов" heads its own phrase): Russian plural/feminine
# adjective endings, the Kyrgyz "-сыз"/"-дык"/"-луу" adjectives, English participles and "-al" adjectives.
SEX_QUALIFIER = re.compile(
    r"^(?:[а-я]{3,}(?:ых|их|ые|ие|ая|яя)|[а-я]{2,}(?:сыз|сиз|суз|дык|дик|дук|тык|тик|лык|лик|луу|дуу|туу)|"
    r"[a-z]{3,}(?:ed|al)|jobless)$"
)

# Kyrgyz puts the head noun last: in "20 ишкер аял", "12 окуучу кыз", "20 лидер айым" the people noun before the
# bare sex noun says which women (businesswomen, schoolgirls, women leaders); the count is of women.  A possessive
# ("мугалимдин аялы", a teacher's wife) is another phrase and is not matched.
KY_SEX_HEAD = re.compile(r"^(?:аял|айым|кыз|эркек|жигит)(?:дар|лар|тар|тер|дер)?$")
