"""People who use or receive what an event delivered: the users of equipment, an app or a service, and those
a service was run for.  They are beneficiaries whatever else the sentence says (a present or past habit,
"will now receive … every day"), so the cue is read before plans and training verbs."""

from __future__ import annotations

import re

# "Оборудованием пользуются 640 детей", "приложением пользовались 1 150 фермеров", "колдонуп жатышат",
# "the app is used by 900 farmers", "412 pupils will now receive a hot lunch every day", "ran CV clinics for
# 140 young people", "консультации для 60 мигрантов".  The clause is "<before> | <noun> <after>".
USES = re.compile(
    r"(?<![а-я])(?:пользу(?:ются|ется)|пользовал(?:ись|ся|ась)|будут\s+пользоваться|"
    r"колдонуп\s+(?:жатышат|жатат|келишет|келет)|колдонушту|колдонушат)(?![а-я])|"
    r"(?<![a-z])(?:use[sd]?|using)\s+(?:the|this|these|it|them|its|their)(?![a-z])|"
    r"(?<![a-z])(?:now\s+)?receive[sd]?\s+(?:a\s+|an\s+)?(?:free\s+|hot\s+|daily\s+)*(?:meal|lunch|breakfast|food)|"
    r"(?<![a-z])(?:clinics?|consultations?|counsell?ing(?:\s+sessions)?|check-?ups?|services|meals|lunch(?:es)?)"
    r"\s+for\s+(?:(?:more\s+than|over|about|some|nearly)\s+)?\||"
    r"(?<![а-я])(?:консультаци[а-я]*|услуг[а-я]*|обед[а-я]*|питани[а-я]*)\s+для\s+(?:(?:более|около|свыше)\s+)?\|"
)

# Contestants who presented or defended their own projects took part in the contest: "41 жигит-кыз өз
# долбоорлорун коргоду", "28 школьников защитили свои проекты", "19 teams pitched their business ideas".
CONTESTED = re.compile(
    r"(?:долбоор|бизнес-план|идея)[а-я]*\s+(?:[а-я]+\s+){0,3}?(?:коргоду|коргошту|коргоп|тааныштырды|тааныштырышты|"
    r"презентациялашты|корсотушту)(?![а-я])|"
    r"(?<![а-я])(?:защитил[аи]?|представил[аи]?|презентовал[аи]?)\s+(?:сво[иий]\s+|[а-я]+\s+){0,2}(?:проект|бизнес-план|иде|стартап)|"
    r"(?<![a-z])(?:presented|pitched|defended|showcased)\s+(?:their\s+)?(?:own\s+)?(?:\S+\s+)?(?:projects?|business\s+(?:plans?|ideas?)|"
    r"ideas?|start-?ups?)(?![a-z])"
)

# People checked or screened, in the Kyrgyz passive: "900 адамдын кан басымы ченелди", "700 бала текшерилди",
# "500 аял кароодон өткөрүлдү", and in the causative, people having themselves checked: "3 000ден ашык киши кан
# басымын текшертти" (the Russian and English forms are in ``BENEFIT``).
SCREENED = re.compile(
    r"(?<![а-я])(?:ченел(?:ди|ген|ип)|текшерил(?:ди|ген|ип)|текшерт(?:ти|ишти|ип|кен|ишкен)|олчот(?:ту|ушту|уп|кон)|кароодон\s+откорул(?:ду|гон|уп)|"
    r"скринингден\s+отку(?:ду|зулду|зулгон))(?![а-я])"
)


# The members of the groups a grant or a project backs are whom it benefits: "Всего в группах объединены 96
# женщин", "Топтордо жалпысынан 96 аял бириккен", "the groups unite 96 women" (the clause is "<before> | <noun>
# <after>").
GROUP_MEMBERS = re.compile(
    r"(?:групп\w*|кооператив\w*|них)\s+(?:\w+\s+)?объединен[аоы]?\s|"
    r"объединя(?:ют|ет)\s+(?:в\s+себе\s+)?\||"
    r"(?:топтордо|топто|кооперативдерде|кооперативде)\s+(?:\w+\s+)?\|[^|]*?бириккен|"
    r"(?<![a-z])groups?\s+(?:\w+\s+)?(?:unite|brings?\s+together|have\s+a\s+membership\s+of)\s+(?:\w+\s+)?\|"
)
