"""Small patterns the indicator reading applies at each number (folded text): case endings, list marks,
ranges, signs, the words around a count; compiled once, apart from the vocabulary of nouns and cues."""

from __future__ import annotations

import re

AIYL_OKMOT = re.compile(r"^(?:айыл ок|a(?:yi|iy|i|y)l okmot)")
ORDINAL_SUFFIX = re.compile(r"-([а-яa-z]+)")
CASE_AFTER_DASH = re.compile(r"(?:ке|ка|ге|га|ко|го|ден|дан|тен|тан|дон|тон|нын|дын|тин|тын|ти|ты|ни|ны|"
                              r"дей|дай|той|дой|че|ча|а|ми|ью)")
GLUED_CASE = re.compile(r"(?:дан|ден|дон|тан|тен|тон|ке|ка|ге|га|го|ко|у|и|тай|дай|"
                         r"дей|той|дой|тей|ти|ты|ни|ны|ту|ду|ну|сы|си|су)")
JASHTAR = re.compile(r"^жаштар")
# "25и аялдар", "12си эркек": the possessive glued to the digits, "25 of them"
GLUED_PART = re.compile(r"(?:и|ы|у|сы|си|су)(?![а-я])")
TAIL_WORDS = re.compile(r"(?:\s+[^\W\d_]+(?:-[^\W\d_]+)?){0,2}")
STAFF = re.compile(r"кызматкер|сотрудник|служащ|staff|employee|адис|специалист|окул")
# "45 аял депутаты", "12 women deputies": officials counted by one sex
SEX_BEFORE_OFFICIAL = re.compile(r"(?<![а-яa-z])(?:(аял|кыз|женщин[а-я]*|women|female)|(эркек|мужчин[а-я]*|men|male))[\s-]+\S+$")
RANGE_END_BEFORE = re.compile(r"[\d][\-–—]\s*$|[\-–—]\s*$")
DIGIT = re.compile(r"\d")
RANGE_OR_PERCENT_AFTER = re.compile(r"\s*[\-–—]\s*\d|\s*%")
# A range in words: "от 4 до 7 тысяч жителей", "от 80 до 120 человек", "between 40 and 60 farmers", "from 20 to 30".
_SCALE = r"(?:\s*(?:тыс\.?|тысяч[аи]?|млн\.?|миллион[а-я]*|thousand|million))?"
# A currency may stand at either end: "between KGS 1.2 million and KGS 1.8 million", "от 1,2 млн сомов до 1,8 млн сомов".
_CUR = r"(?:(?:kgs|usd|eur|chf|\$|€|сом[а-я]*|доллар[а-я]*|евро)\s*)?"
RANGE_WORDS_END_BEFORE = re.compile(r"(?<![а-яa-z])(?:от|between|from)\s+(?:about\s+|около\s+)?" + _CUR
                                    + r"\d[\d\s.,]*?" + _SCALE + r"\s*" + _CUR + r"\s+(?:до|and|to)\s+" + _CUR + "$")
RANGE_WORDS_START = (re.compile(r"(?<![а-яa-z])(?:от|between|from)\s+(?:about\s+|около\s+)?" + _CUR + "$"),
                     re.compile(_SCALE + r"\s*" + _CUR + r"\s+(?:до|and|to)\s+" + _CUR + r"\d"))
# "aged 3 to 6", "5 to 10 villages": English joins the two ends of a range with "to", no "from" needed.
RANGE_TO_BEFORE = re.compile(r"(?<![\d.,])\d{1,4}\s+to\s+$")
NUMBER_SIGN_BEFORE = re.compile(r"(?:№|no\.|n°|\+|тел\.?|tel\.?|#)\s*$")
NAME_DASH_BEFORE = re.compile(r"[^\W\d_]-$")
LIST_MARK_AFTER = re.compile(r"[.)]\s")
QUOTE_AFTER = re.compile(r"\s*[»\"”']")
REPRESENTATIVES = re.compile(r"\s*(?:представител|окул)")
# "балдар" after the girls of a total are boys; "26сы балдар" puts the possessive ("26 of them") on the digits
CHILDREN_NOUN = re.compile(r"(?:[ыиу]|с[ыиу])?\s*(?:бала|балдар)")
OPEN_PAREN_END = re.compile(r"\(\s*(?:м\.\s?и\.?\s*)?$")
ABLATIVE_END = re.compile(r"(?:дон|дан|ден|тан|тен|тон)$")
MORE_THAN_AFTER = re.compile(r"\s+(?:ашык|ашуун|кем|ашыгыраак)")
TOOK_PART = re.compile(r"катышуусу\s+менен|катышт|катышып(?![а-я])")
# A clause ends at punctuation, but not at the "." or "," inside a number ("USD 1.2 million").
CLAUSE_CUT = re.compile(r"[;:!?]|[.,](?!\d)|(?<!\d)[.,]")
CLAUSE_STOP = re.compile(r"[(.;!?]")
