"""Predicate cues added after the vocabulary file filled up: training under way, received things that are
no benefit, and the budgets of public bodies (a standing figure, never the event's money)."""

from __future__ import annotations

import re

# A training under way: those learning now take part in it and are not trained yet
# ("20 женщин осваивают кройку", "проходят обучение", "are being trained", "окуп жатышат").
LEARNING_NOW = re.compile(
    r"(?<![а-я])(?:осваива(?:ют|ет)|проход(?:ят|ит)\s+(?:[а-я]+\s+)?(?:обучение|курс|тренинг|подготовку|стажировку)|"
    r"(?:обучение|курс|стажировку)\s+проход(?:ят|ит)|обучаются\s+(?:на\s+курсах|швейному|шитью|профессии|"
    r"специальности)|(?:окуп|уйронуп|окуудан\s+отуп|окутуудан\s+отуп)\s+жатыш(?:ат|ышат)?)(?![а-я])|"
    r"(?<![a-z])(?:are|is)\s+(?:now\s+|currently\s+)?(?:being\s+trained|learning|undergoing\s+training|"
    r"taking\s+(?:a|the)\s+course)(?![a-z])"
)
# Received a promise or a notice, not a benefit: "28 человек получили предложения о работе".
NOT_A_BENEFIT = re.compile(r"предложени[а-я]*\s+о\s+работ|приглашени|уведомлени|job\s+offers?|invitations?|"
                           r"жумуш\s+сунуш|чакыруу")
