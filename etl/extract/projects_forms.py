"""Forms of project names that ``etl.reference.projects`` reads through ``etl.extract.projects_hooks``.

* A person after a project word is no project's name: "координатор проекта Жылдыз Садыкова
  сообщила", "по словам менеджера программы Азамата Токтогулова", "Project Manager Aibek Asanov".
* A header line names the report's project: "Проект: «…»", "Долбоордун аталышы: …", "Project
  title: …", and so does "Долбоор «…» деп аталат".
* English puts a title after the project word too ("the WHO project Better Care for Mothers and
  Newborns") and a bracketed acronym before it ("the Safe Energy for Schools (SES) programme"); a
  leading common noun ("Representatives of the …") and a generic programme ("the UN Joint
  Programme", "the Country Programme") are no title.
* An owner may stand between the project word and the quoted name: "проекта Европейского союза
  «…»", "проекта ЕС и ПРООН «…»"; a clause may not ("проекта жители села «…»").
* A programme offered as a loan product ("ставка по программе «…» составляет 6% годовых") is a
  financial product, not a development project.
* An unquoted Russian title stops before the clause that follows it ("… прошел тренинг"); a clause's
  subject after the word ("проекта Министерство образования провело …") is no title.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.gates import Gate
from etl.reference.scan import find_all

# Role nouns of people who work for a project: the capitalised words after "<role> проекта" name
# that person, in any case ("координатор/координатора/координатору проекта …").
_RU_ROLE_BEFORE = re.compile(
    r"(?<!\w)(?:координатор\w*|руководител\w*|менеджер\w*|директор\w*|тренер\w*|специалист\w*|эксперт\w*"
    r"|сотрудни\w*|представител\w*|консультант\w*|ассистент\w*|глав[аеуыо]й?|куратор\w*|офицер\w*"
    r"|аналитик\w*|бухгалтер\w*|юрист\w*|инженер\w*|модератор\w*|фасилитатор\w*|волонт[её]р\w*"
    r"|лидер\w*|участни\w*|бенефициар\w*|выпускни\w*|стипендиат\w*|ментор\w*|наставни\w*|амбассадор\w*"
    r"|посл[аеуом]|послом|министр\w*|аким\w*|мэр\w*|автор\w*|партн[её]р\w*|донор\w*|команд\w*|офис\w*)"
    r"[^\S\n]+(?:\w+[^\S\n]+)?$", re.IGNORECASE)
# Surnames and patronymics (Russian and Kyrgyz forms, any case) and the speech verbs that follow a
# speaker's name: a capitalised pair ending so is a person, not a title.
_SURNAME = re.compile(r"\w+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ову|еву|овой|евой|иной|овым|евым|овна|евна"
                      r"|овны|евны|ович|евич|овича|евича|улу|уулу|кызы|бек|бекова|бекову|бековой)$")
_SPEECH = re.compile(r"(?<!\w)(?:рассказал\w*|сообщил\w*|отметил\w*|подчеркнул\w*|заявил\w*|сказал\w*"
                     r"|пояснил\w*|добавил\w*|уточнил\w*|напомнил\w*|поделил\w*|выступил\w*|представил\w*"
                     r"|said|says|told|noted|explained|added|stressed|emphasi[sz]ed|reported)(?!\w)", re.IGNORECASE)


def names_a_person(text: str, word_start: int, name: str) -> bool:
    """The words after a project word at ``word_start`` are a person's name (see module doc)."""
    if _RU_ROLE_BEFORE.search(text, max(0, word_start - 40), word_start):
        return True
    words = name.split()
    if _SPEECH.search(name):
        return True
    if len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper() and len(words) <= 3:
        return bool(_SURNAME.fullmatch(words[1].lower()) or _SURNAME.fullmatch(words[-1].lower()))
    return False


# ---------------------------------------------------------------- header lines

_HEADER = re.compile(
    r"(?im)^[^\S\n]*(?:[*_#>|-][^\S\n]*)*(?:название|наименование)?[^\S\n]*"
    r"(?P<word>проект(?:а)?|программ[аы]|долбоор(?:дун)?|программа(?:нын)?|project|programme|program)"
    r"(?:[^\S\n]+(?:аталышы|аты|title|name|названи[ея]))?[^\S\n]*[*_]*[^\S\n]*[:—–][^\S\n]*[*_]*[^\S\n]*"
    r"(?P<value>[^\n]{3,200})$")
_HEADER_TRIGGERS = ("проект", "программ", "долбоор", "project", "program")
_HEADER_GATE = Gate(_HEADER_TRIGGERS)
_QUOTED_VALUE = re.compile(r"[«“\"„]\s*(?P<name>(?:[^«»“”\"„\n]|«[^«»\n]{1,80}»){3,200}?)\s*[»”\"“]")
# An unquoted value ends at a parenthesis (years, acronym), a comma or a dash clause.
_VALUE_END = re.compile(r"\s*(?:\(|,|;|\s[—–-]\s|\.$|$)")


# "Долбоор «…» деп аталат": the Kyrgyz "is called".
_KY_CALLED = re.compile(r"(?<!\w)(?:долбоор|программа|демилге)(?:ибиз|ыбыз|убуз|\w{0,3})[^\S\n]+[«“\"„][^\S\n]*"
                        r"(?P<name>(?:[^«»“”\"„\n]|«[^«»\n]{1,80}»){3,160}?)[^\S\n]*[»”\"“][^\S\n]*деп[^\S\n]+аталат",
                        re.IGNORECASE)


def header_projects(text: str, ft: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of project names given on a header line ("Проект: «…»")."""
    if not _HEADER_GATE.any_in(ft):
        return []
    out = [(m.start("name"), m.end("name"), m.group("name").strip())
           for m in (_KY_CALLED.finditer(text) if "деп аталат" in ft else ())]
    line_starts = sorted({text.rfind("\n", 0, i) + 1 for t in _HEADER_TRIGGERS for i in find_all(ft, t)
                          if i - text.rfind("\n", 0, i) <= 24})  # a label opens its line
    for m in filter(None, (_HEADER.match(text, ls) for ls in line_starts)):
        if m.group(0).lstrip(" *_#>|-").lower().startswith(("проекта ", "программы ")):
            continue  # "Проекта …:" is a sentence, not a label
        vs = m.start("value")
        q = _QUOTED_VALUE.match(text, vs)
        if q:
            out.append((q.start("name"), q.end("name"), q.group("name").strip()))
            continue
        value = m.group("value")
        end = _VALUE_END.search(value)
        name = value[:end.start() if end else len(value)].strip(" *_")
        words = name.split()
        if 2 <= len(words) <= 14 and name[0].isupper() and not any(ch.isdigit() for ch in name[:4]):
            out.append((vs, vs + len(name), name))
    return out


# ---------------------------------------------------------------- English titles after the word

_EN_AFTER = re.compile(
    r"(?<![\w-])(?:project|programme|program|initiative)[^\S\n]+(?:(?:called|named|titled|entitled)[^\S\n]+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:[^\S\n]+(?:(?:of|for|and|in|on|to|the|&|with|from|a|an|at)[^\S\n]+)*"
    r"[A-Z0-9][\w'’-]*)+)")
_EN_AFTER_TRIGGERS = ("project", "programme", "program", "initiative")
_EN_AFTER_GATE = Gate(_EN_AFTER_TRIGGERS)
_EN_TITLE_GATE = Gate((*_EN_AFTER_TRIGGERS, "activity"))
# Words that make "Project X" a role, a unit or a document, not a title.
_EN_ROLE = frozenset({
    "manager", "managers", "coordinator", "coordinators", "director", "officer", "officers", "team", "office",
    "staff", "lead", "leader", "leaders", "specialist", "specialists", "assistant", "area", "areas", "document",
    "documents", "board", "steering", "committee", "implementation", "unit", "partners", "partner", "website",
    "cycle", "proposal", "proposals", "advisor", "adviser", "consultant", "consultants", "expert", "experts",
    "head", "chief", "engineer", "associate", "beneficiaries", "participants", "village", "villages", "site",
    "sites", "funds", "budget", "director's", "manager's", "coordinator's"})
_SMALL = frozenset({"of", "for", "and", "in", "on", "to", "the", "&", "with", "from", "a", "an", "at"})


def english_titles_after(text: str, ft: str, covers: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of capitalised English titles right after a project word."""
    if not _EN_AFTER_GATE.any_in(ft):
        return []
    out = []
    for m in _EN_AFTER.finditer(text):
        s, e = m.span("name")
        words = m.group("name").split()
        while words and words[-1].lower() in _SMALL:
            words.pop()
        content = [w for w in words if w.lower() not in _SMALL]
        if len(content) < 2 or content[0].lower() in _EN_ROLE or covers(s, e):
            continue
        name = " ".join(words)
        e = s + len(name) if text.startswith(name, s) else e
        if _SPEECH.match(text[e:].lstrip()) or (len(content) <= 3 and all(
                _SURNAME.fullmatch(w.lower()) or w.endswith(("ova", "eva", "ov", "ev", "uulu", "kyzy"))
                for w in content[1:])):
            continue  # "the project Aibek Toktomushev said", a person
        out.append((s, e, text[s:e]))
    return out


# ---------------------------------------------------------------- owner between word and quote

_CONJ = frozenset({"и", "and", "&", "жана", "совместно", "с"})
_NAMED = re.compile(r"(?:под|с)\s+названием|называем\w*|named|called|titled|entitled", re.IGNORECASE)


def owner_between(text: str, lo: int, hi: int, covers: Callable[[int, int], bool]) -> bool:
    """``text[lo:hi]``, two or more words between a project word and a quoted name, is the project's
    owner (organization names, acronyms, a capitalised genitive phrase joined by conjunctions) or a
    naming phrase ("под названием"), not a place or a clause."""
    mid = text[lo:hi].strip()
    if len(mid.split()) < 2 or _NAMED.fullmatch(mid):
        return True
    pos, seen_upper = lo, False
    for tok in mid.split():
        i = text.index(tok, pos)
        pos = i + len(tok)
        word = tok.strip(",")
        if word.lower() in _CONJ:
            continue
        if covers(i, i + len(word)) or word[:1].isupper():
            seen_upper = True
        elif not seen_upper:
            return False  # "проекта жители села «…»": the quote is not the project's
    return True


# ---------------------------------------------------------------- loan products

_LOAN_TERMS = re.compile(r"(?<!\w)(?:ставк\w*|годовых|процентн\w*|лизинг\w*|ипотек\w*|пайыздык|пайыз\s+менен"
                         r"|жылдык\s+\d|interest\s+rate\w*|per\s+annum|mortgage\w*|leasing)(?!\w)", re.IGNORECASE)


def loan_product(text: str, sentence: tuple[int, int], word: str) -> bool:
    """A programme named in a sentence about loan terms is a lending product."""
    return word.lower().startswith(("программ", "program")) and _LOAN_TERMS.search(text, *sentence) is not None


# ---------------------------------------------------------------- generic English titles

# "the UN Joint Programme", "the Country Programme", "the National Development Program": a kind of
# programme, capitalised by style, names none.  Acronyms in front are its owners.
_GENERIC = frozenset({
    "joint", "country", "national", "state", "regional", "global", "flagship", "government", "governmental",
    "development", "pilot", "new", "main", "grant", "grants", "small", "cooperation", "partnership", "annual",
    "technical", "assistance", "support", "investment", "public", "donor", "bilateral", "multi-year", "five-year",
    "programme", "program", "project", "projects", "initiative", "activity"})
# the country and the region alone name no programme ("the Kyrgyz Republic (KR) project list")
_COUNTRY = frozenset({"kyrgyz", "republic", "kyrgyzstan", "central", "asia", "asian", "eurasian"})


def generic_title(name: str) -> bool:
    """An English capitalised title made only of generic words and owners' acronyms."""
    words = [w for w in name.replace("-", " - ").split() if w not in {"-", "&"}]
    if not words or not all(w[:1].isascii() for w in words):
        return False
    content = [w for w in words if w.lower() not in _SMALL and not (w.isupper() and len(w) <= 6)]
    return all(w.lower().strip("'’") in _GENERIC or w.lower() in _COUNTRY for w in content)


# ---------------------------------------------------------------- English titles opened by a common noun

# "Representatives of the Aga Khan Rural Support Programme", "Staff from the Safe Roads Project": a
# capitalised common noun that opens the sentence, then a preposition, is no part of the title.
_EN_LEAD_NOUN = re.compile(
    r"(?:Representatives?|Staff|Members?|Experts?|Specialists?|Participants?|Officials?|Heads?|Directors?"
    r"|Coordinators?|Teams?|Graduates?|Beneficiaries|Trainers?|Donors?|Part|Results?|Phase|Launch|Goals?|Aims?"
    r"|Budget|Evaluation|Implementation|Activities|Managers?|Officers?|Employees?|Colleagues?"
    r"|(?:Phase|Stage|Component)(?:\s+(?:[IVX]{1,4}|\d{1,2}|One|Two|Three|Four))?)"
    r"\s+(?:of|from|under|with|at)\s+(?:the\s+)?")


def english_lead_noun(name: str) -> int:
    """How many leading characters of an English title are a common noun and its preposition."""
    m = _EN_LEAD_NOUN.match(name)
    return m.end() if m and m.end() < len(name) else 0


# ---------------------------------------------------------------- English title, acronym, project word

# "the Sustainable Energy Connectivity in Central Asia (SECCA) programme", "the Swiss-funded Vocational
# Education and Skills Development (VESD) project": the acronym in brackets sits between the title and
# its word.  Articles, funders ("Swiss-funded", an organization's name) and possessives open no title.
_EN_ACRONYM = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[^\S\n]+(?:(?:of|for|and|in|on|to|the|&)[^\S\n]+)*[A-Z][\w'’-]*)+)"
    r"[^\S\n]+\([A-Z][A-Za-z0-9-]{1,12}\)[^\S\n]+(?i:programme|program|project|initiative|activity)(?!\w)")
_EN_OPENER = re.compile(r"(?:(?:The|A|An|This|That|Its|Their|Our|Under|Within|Through|During|With|From|By)\s+"
                        r"|[\w.]*-(?:funded|supported|backed|financed|sponsored)\s+)")


def english_titles_before_acronym(text: str, ft: str,
                                  covers: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of English titles followed by a bracketed acronym and a project word."""
    if "(" not in text or not _EN_TITLE_GATE.any_in(ft):
        return []
    out = []
    for m in _EN_ACRONYM.finditer(text):
        s, e = m.span("name")
        while True:  # articles, funders and owners in front are no part of the title
            lead = _EN_OPENER.match(text, s, e)
            if lead:
                s = lead.end()
                continue
            owner = next((k for k in range(s + 2, e) if text[k] in " '’" and covers(s, k)), None)
            if owner is None:
                break
            s = owner + (3 if text.startswith(("'s ", "’s "), owner) else 1)
        words = text[s:e].split()
        if s >= e or len([w for w in words if w.lower() not in _SMALL]) < 2 or not text[s].isupper():
            continue
        out.append((s, e, text[s:e]))
    return out


# ---------------------------------------------------------------- Russian clauses after the word

# An unquoted Russian title runs to punctuation, so it may take in the clause that follows: "в рамках
# программы Женщины в бизнесе прошел тренинг" (title, then the event's verb: cut there), "в рамках
# проекта Министерство образования провело конкурс" (the subject of a clause: no title at all).
_RU_FINITE = re.compile(r"(?:ировал|овал|[аеиоуыяё]л)(?:а|о|и|ся|ась|ось|ись)?$|(?:[уая]ет|[уая]ют|[еиуюя]тся)$")
_RU_HAPPENED = re.compile(r"прош(?:ел|ёл|ла|ло|ли)|состоял\w*|стартовал\w*|начал(?:ся|ась|ось|ись)|заверш\w+"
                          r"|открыл(?:ся|ась|ось|ись)|проходит|проходят|пройд[её]т|пройдут")
_RU_NOT_VERB = frozenset({
    "села", "сёла", "дела", "тела", "начала", "начало", "сила", "правила", "правило", "материала", "канала",
    "капитала", "потенциала", "персонала", "журнала", "финала", "стола", "пола", "числа", "масла", "угла",
    "стол", "канал", "материал", "капитал", "сигнал", "персонал", "идеал", "потенциал", "журнал", "финал", "пол",
    "арсенал", "интервал", "мол", "ал", "ел", "ил",
    # Kyrgyz words in Russian copy
    "айыл", "айылы", "жыл", "кыл", "көл", "кол", "сел", "бел", "тал", "кул"})


def russian_title_clause(name: str) -> str | None:
    """``name`` without a clause that follows it; None when the words are a clause's subject."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        low = word.lower().strip(",.")
        if not word[:1].islower() or len(low) < 4 or low in _RU_NOT_VERB:
            continue
        if _RU_HAPPENED.fullmatch(low):
            return " ".join(words[:i]) if i >= 2 else None
        if _RU_FINITE.search(low):
            return None
    return name
