"""A country named as the funder is its government: "при финансовой поддержке Российской Федерации",
"funded by Japan", "Кореянын каржылоосу менен" → Government of the Russian Federation / of Japan /
of the Republic of Korea, as donor.

A bare country name is no organization anywhere else ("мигранты в Российской Федерации", "опыт
Японии"), so it is read only right after a Russian or English funding phrase, or right before a
Kyrgyz one.  A document without any funding word never runs the patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.reference.scan import Triggered

# (org_id, Russian genitive and instrumental forms ("финансируется Японией"), Kyrgyz genitive forms,
# English names); registry ids from organizations*.csv.
_COUNTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("russia_gov", r"Российской\s+Федераци(?:и|ей)|Росси(?:и|ей)|РФ", r"Россия(?:\s+Федерациясы)?нын|Орусия(?:\s+Федерациясы)?нын",
     r"the\s+Russian\s+Federation|Russia"),
    ("gov_japan", r"Япони(?:и|ей)", r"Япониянын|Жапониянын", r"Japan"),
    ("gov_germany", r"Германи(?:и|ей)|ФРГ", r"Германиянын", r"Germany"),
    ("fcdo", r"Великобритани(?:и|ей)|Соединенн(?:ого|ым)\s+Королевств(?:а|ом)", r"Улуу\s+Британиянын", r"the\s+United\s+Kingdom|the\s+UK"),
    ("gov_usa", r"США|Соедин[её]нных\s+Штатов(?:\s+Америки)?", r"АКШнын", r"the\s+United\s+States(?:\s+of\s+America)?"),
    ("gov_korea", r"Республик(?:и|ой)\s+Корея|Коре(?:и|ей)", r"Корея\s+Республикасынын|Кореянын", r"the\s+Republic\s+of\s+Korea|Korea"),
    ("gov_finland", r"Финлянди(?:и|ей)", r"Финляндиянын", r"Finland"),
    ("gov_canada", r"Канад(?:ы|ой)", r"Канаданын", r"Canada"),
    ("gov_norway", r"Норвеги(?:и|ей)", r"Норвегиянын", r"Norway"),
    ("gov_sweden", r"Швеци(?:и|ей)", r"Швециянын", r"Sweden"),
    ("gov_switzerland", r"Швейцари(?:и|ей)", r"Швейцариянын", r"Switzerland"),
    ("gov_china", r"Кита(?:я|ем)|КНР|Китайской\s+Народной\s+Республик(?:и|ой)", r"Кытайдын|Кытай\s+Эл\s+Республикасынын", r"China"),
    ("gov_turkey", r"Турци(?:и|ей)|Турецкой\s+Республик(?:и|ой)", r"Түркиянын|Туркиянын", r"Turkey|T[üu]rkiye"),
    ("gov_kazakhstan", r"Казахстан(?:а|ом)", r"Казакстандын", r"Kazakhstan"),
    ("gov_france", r"Франци(?:и|ей)", r"Франциянын", r"France"),
    ("gov_netherlands", r"Нидерланд(?:ов|ами)", r"Нидерланддын", r"the\s+Netherlands"),
    ("gov_denmark", r"Дани(?:и|ей)", r"Даниянын", r"Denmark"),
    ("gov_austria", r"Австри(?:и|ей)", r"Австриянын", r"Austria"),
    ("gov_luxembourg", r"Люксембург(?:а|ом)", r"Люксембургдун", r"Luxembourg"),
    ("gov_australia", r"Австрали(?:и|ей)", r"Австралиянын", r"Australia"),
    ("gov_uae", r"ОАЭ|Объедин[её]нных\s+Арабских\s+Эмиратов", r"Бириккен\s+Араб\s+Эмирликтеринин", r"the\s+UAE"),
    ("gov_qatar", r"Катар(?:а|ом)", r"Катардын", r"Qatar"),
    ("gov_saudi_arabia", r"Саудовской\s+Арави(?:и|ей)", r"Сауд\s+Арабиясынын", r"Saudi\s+Arabia"),
    ("gov_india", r"Инди(?:и|ей)", r"Индиянын", r"India"),
    ("gov_italy", r"Итали(?:и|ей)", r"Италиянын", r"Italy"),
    ("gov_hungary", r"Венгри(?:и|ей)", r"Венгриянын", r"Hungary"),
    ("gov_czechia", r"Чехи(?:и|ей)|Чешской\s+Республик(?:и|ой)", r"Чехиянын", r"the\s+Czech\s+Republic|Czechia"),
    ("gov_poland", r"Польш(?:и|ей)", r"Польшанын", r"Poland"),
    ("gov_estonia", r"Эстони(?:и|ей)", r"Эстониянын", r"Estonia"),
    ("gov_ireland", r"Ирланди(?:и|ей)", r"Ирландиянын", r"Ireland"),
)
_RU_EN_CUE = (r"(?:(?i:при\s+(?:финансовой\s+|грантовой\s+)?поддержке|финансиру\w*|профинансирован\w*"
              r"|за\s+сч[её]т\s+средств|при\s+финансировании|(?:funded|financed|sponsored)\s+by"
              r"|with\s+(?:the\s+)?(?:generous\s+|financial\s+)?(?:support|funding)\s+(?:of|from)))"
              r"\s+")
# "Америка элинин колдоосу менен" is USAID's motto, which names USAID itself: the people are no funder here.
_KY_CUE = r"\s+(?:каржылоо\w*|каржылык\s+колдоо\w*|финансылык\s+колдоо\w*|колдоосу\s+менен)"
_RU_EN = re.compile(_RU_EN_CUE + "(?:" + "|".join(
    f"(?P<r{i}>{ru}|{en})" for i, (_, ru, _ky, en) in enumerate(_COUNTRIES)) + r")(?![\w-])")
_KY = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<k{i}>{ky})" for i, (_, _ru, ky, _en) in enumerate(_COUNTRIES))
                 + ")" + _KY_CUE)
# A country's own agencies and embassy: "Япониянын каржылоосу менен" in a headline over a text that
# names JICA is JICA's money, and "funded by Switzerland" beside the Swiss Embassy is the Embassy's.
_SAME_COUNTRY: dict[str, frozenset[str]] = {
    "russia_gov": frozenset({"russia_embassy", "rossotrudnichestvo", "emercom_russia", "rkdf",
                                "rospotrebnadzor", "russian_humanitarian_mission"}),
    "gov_japan": frozenset({"jica", "japan_embassy", "jica_volunteers", "jsdf", "jics"}),
    "gov_germany": frozenset({"giz", "kfw", "bmz", "german_embassy", "german_ffo", "ptb", "bgr"}),
    "fcdo": frozenset({"uk_embassy", "british_council"}),
    "gov_usa": frozenset({"usaid", "us_embassy", "state_dept", "usda", "mcc", "peace_corps", "inl", "us_cdc",
                              "dtra"}),
    "gov_korea": frozenset({"koica", "korea_embassy", "edcf"}),
    "gov_finland": frozenset({"finland_mfa", "finland_embassy"}),
    "gov_canada": frozenset({"global_affairs_canada", "canada_embassy", "cfli"}),
    "gov_norway": frozenset({"norad", "norway_embassy"}),
    "gov_switzerland": frozenset({"swiss_embassy", "sdc", "seco"}),
    "gov_china": frozenset({"china_embassy", "cidca"}),
    "gov_turkey": frozenset({"tika", "turkey_embassy", "afad"}),
    "gov_kazakhstan": frozenset({"kazaid", "kazakhstan_embassy"}),
    "gov_france": frozenset({"afd", "france_embassy"}),
    "gov_denmark": frozenset({"danida", "denmark_embassy"}),
    "gov_austria": frozenset({"ada", "austria_embassy"}),
    "gov_luxembourg": frozenset({"luxdev", "luxembourg_embassy"}),
    "gov_australia": frozenset({"dfat", "australia_embassy"}),
    "gov_uae": frozenset({"abu_dhabi_fund", "uae_embassy"}),
    "gov_saudi_arabia": frozenset({"saudi_fund", "saudi_embassy", "ksrelief"}),
    "gov_estonia": frozenset({"estdev", "estonia_embassy"}),
    "gov_poland": frozenset({"poland_embassy"}),
    "gov_czechia": frozenset({"czech_da", "czech_embassy"}),
    "gov_sweden": frozenset({"sweden_embassy"}),
    "gov_slovakia": frozenset({"slovakaid", "slovakia_embassy"}),
    "gov_lithuania": frozenset({"lithuania_embassy"}),
    "gov_latvia": frozenset({"latvia_embassy"}),
    "gov_belgium": frozenset({"belgium_embassy"}),
    "gov_ireland": frozenset({"ireland_embassy", "irish_aid"}),
    "gov_italy": frozenset({"aics", "italy_embassy"}),
    "gov_israel": frozenset({"mashav", "israel_embassy"}),
    "gov_india": frozenset({"itec", "india_embassy"}),
    "gov_hungary": frozenset({"hungary_helps", "hungary_embassy"}),
}


def named_through_agency(org_id: str, present: set[str]) -> bool:
    """The country's funding is already named through one of its own agencies in the document."""
    return bool(_SAME_COUNTRY.get(org_id, frozenset()) & present) or org_id in present




def _folded(word: str) -> str:
    return word.lower().replace("ө", "о").replace("ү", "у").replace("ң", "н").replace("ё", "е")


# Patterns run only where the shared scanner saw a cue (Russian, English) or a country's stem (Kyrgyz)
# in the folded text: a document without them costs one dictionary lookup.
_RU_EN_SCAN = Triggered("country_donor_cue", _RU_EN, (
    "при финансовой поддержке", "при грантовой поддержке", "при поддержке", "финансиру", "профинансирован",
    "за счет средств", "при финансировании", "funded by", "financed by", "sponsored by", "with the", "with support",
    "with funding", "with generous", "with financial"))
_KY_SCAN = Triggered("country_donor_ky", _KY, {_folded(m.group()) for _, _, ky, _ in _COUNTRIES
                                               for m in re.finditer(r"(?:^|(?<=\|))[А-ЯЁӨҮҢа-яёөүң]+", ky)})


@dataclass(slots=True)
class CountryDonor:
    start: int
    end: int
    org_id: str


def country_donors(text: str, folded: str) -> list[CountryDonor]:
    """Countries named as funders in ``text`` (``folded`` is its lower-case match text)."""
    out = []
    for scan in (_RU_EN_SCAN, _KY_SCAN):
        for m in scan.finditer(text, 0, len(text), scan.starts(folded)):
            group = next(g for g, v in m.groupdict().items() if v is not None)
            out.append(CountryDonor(m.start(group), m.end(group), _COUNTRIES[int(group[1:])][0]))
    return out
