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
