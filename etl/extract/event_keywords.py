"""Event keywords: which words name which event type, and where a text names them.

Counted events ("8 эдвокаси акция", "9 жолугушуу") and attending an event ("презентацию посетили")
name no event of their own.  The hits of the last text are kept per thread: every sentence of a
document asks for its stretch of one scan.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left

from etl.extract.dates import HAPPENED
from etl.extract.dates_context import TRAINED_VERB
from etl.extract.events_handover import HANDOVER, goods_first, handed_over_goods
from etl.reference.scan import Triggered, literal_prefixes, match_key

# (folded pattern, event type); the first matching type in a sentence wins ties by PRECEDENCE.
KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"тегерек\s+(?:стол|устол)|круглы[а-я]*\s+стол|round[\s-]?table", "round_table"),
    (r"иш\s+сапар|визит|посетил[а-я]*|посещени[а-я]*|побывал[а-я]*|visit(?:ed|s)?|сапар[а-я]*|"
     r"рабоч[а-я]+\s+поездк[а-я]*|working\s+trip|"
     # going somewhere to see it: "айылына барып, борбордун ишин көрүштү", "выехали в село и ознакомились"
     r"барып\W+(?:[^\s.!?]+\s+){0,8}?(?:корушт|корду|таанышт|таанышыш)[а-я]*|"
     r"(?:выехал[аи]?|съездил[аи]?)\s+(?:[^\s.!?]+\s+){0,6}?ознакомил[а-я]*|study\s+tours?|"
     r"(?:travell?ed|went|headed|came)\s+to\s+(?:[^\s.!?]+\s+){0,6}?to\s+(?:see|review|observe|inspect|monitor|"
     r"assess|learn\s+about|get\s+acquainted)(?![a-z])|"
     r"ознакомительн[а-я]*\s+(?:поездк|визит)[а-я]*|"
     # "делегациясы Москва районуна келип, акими менен жолугушту", "a delegation arrived in Naryn": a visit
     r"(?:делегаци[а-я]*|delegation)\s+(?:[^\s.!?]+\s+){0,8}?(?:кел(?:ип|ди|ишти|ишип)|прибыл[аи]?|приехал[аи]?|"
     r"came\s+to|arrived)(?![а-яa-z])", "visit"),
    (r"форум|forum", "forum"),
    (r"конференц[а-я]*|conference", "conference"),
    (r"грант[а-я]*\s+(?:\S+\s+){0,3}тапшыр[а-я]*|вручени[а-я]*\s+(?:\S+\s+)?грант|вручил[а-я]*\s+(?:\S+\s+){0,2}грант|наградил[а-я]*\s+(?:\S+\s+){0,4}грант|"
     r"вручен[а-я]*\s+(?:\S+\s+)?грант|grants?\s+(?:award|ceremony)|award(?:s|ed)?\s+(?:\S+\s+){0,3}grants?|"
     r"(?:presented|handed\s+over)\s+(?:\S+\s+){0,3}grants?|"
     r"вручены\s+(?:\S+\s+){0,2}грант|(?:выдан[аоы]?|предоставлен[аоы]?)\s+(?:\S+\s+){0,3}грант|"
     r"грант[а-я]*\s+(?:\S+\s+){0,2}(?:выдан|предоставлен)[а-я]*|грант[а-я]*\s+(?:\S+\s+){0,2}(?:берилд[иы]|ыйгарылд[ыы])|"
     r"получил[аи]?\s+(?:\S+\s+){0,3}(?:мини-|микро-)?грант|грант[а-я]*\s+(?:утуп|алыш[а-я]*|алд[ыы])|"
     r"received\s+(?:\S+\s+){0,2}grants?|grants?\W+(?:\S+\s+){0,5}(?:were|was)\s+awarded|"
     r"signed\s+(?:\S+\s+){0,2}grant\s+(?:contracts?|agreements?)|(?:handed|passed)\s+(?:\S+\s+){0,3}grants?\s+(?:over\s+)?to|"
     r"подписа(?:л[аио]?|н[аоы]?)\s+(?:\S+\s+){0,2}грантов[а-я]*\s+(?:договор|соглашени|контракт)|"
     r"грант[а-я]*\s+келишим[а-я]*\s+(?:\S+\s+){0,2}кол\s+ко[йю]|"
     # grants handed to their recipients: "передало гранты трем айыл окмоту", "гранттарды өткөрүп берди"
     r"переда(?:л[аио]?|н[аоы]?|ны)\s+(?:\S+\s+){0,2}грант|грант[а-я]*\s+(?:\S+\s+){0,2}откоруп\s+бер[а-я]*|"
     # the grantees named: "по итогам конкурса гранты получили восемь организаций", "подвело итоги конкурса
     # малых грантов", "announced the winners of its small grants competition" (the contest only chose them)
     r"гранты\s+получил[аи]?|(?:подвел[аио]?\s+итоги|объявил[аио]?\s+(?:\S+\s+)?победител[а-я]*|итоги)\s+"
     r"(?:\S+\s+){0,2}конкурс[а-я]*\s+(?:\S+\s+){0,2}грант|announced\s+(?:the\s+)?winners\s+of\s+(?:\S+\s+){0,3}"
     r"grants?\s+(?:competition|contest)",
     "grant_award"),
    # an award ceremony: a grant award where the text speaks of grants, else the competition's end
    (r"(?:церемони[а-я]*|торжественн[а-я]*)\s+(?:[^\s.!?]+\s+)?(?:награждени|вручени)[а-я]*|"
     r"награждени[а-я]*\s+победител[а-я]*|сыйлоо\s+(?:азем|салтанат)[а-я]*|"
     r"award(?:s|ing)?\s+ceremony|сыйлык[а-я]*\s+(?:[^\s.!?]+\s+)?тапшыруу[а-я]*|"
     # prizes or certificates handed to the winners: "жеңүүчүлөргө сертификаттар салтанаттуу түрдө тапшырылды",
     # "победителям вручили сертификаты", "certificates were presented to the winners"
     r"(?:женуучулорго|победителям)\s+(?:[^\s.!?]+\s+){0,4}?(?:тапшыр|вруч)[а-я]*|"
     r"вруч[а-я]*\s+(?:[^\s.!?]+\s+){0,3}?победителям|"
     r"(?:handed|presented|awarded)\s+(?:[^\s.!?]+\s+){0,3}?to\s+the\s+(?:\S+\s+)?winners", "grant_award"),
    (r"сынак|сынаг|конкурс|competition|contest|олимпиад[а-я]*|хакатон[а-я]*|hackathon|турнир[а-я]*|tournament|"
     r"мелдеш[а-я]*|спартакиад[а-я]*|соревновани[а-я]*|чемпионат[а-я]*|championships?|"
     # the akyns' contest, as a noun ("айтыштын финалы", "на айтыше"), never the verb "айтышты" (they said)
     r"айтыш(?:тын|ка|та|ын(?:ын|да|а)|[аеу]|ом)?(?![а-я])|айтышы(?=\s+(?:болуп\s+)?(?:отт|откорул|уюштурул|башталд))",
     "competition"),
    (r"салтанаттуу\s+ачыл|ачылыш|ачылд[ыы]|открыти[а-я]*|открыл[а-я]*\s+(?:\S+\s+){0,3}(?:нов|центр|кабинет|"
     r"офис|школ|детск|тепли|пункт|зал|площадк|мост|больниц|водопровод|стадион|спорт|библиотек|сад|клиник|"
     r"лаборатори|мастерск|цех|музе|парк|амбулатори|роддом|общежити|котельн|дом\s+культуры)|(?:ввод[а-я]*|введен[а-я]*|сдан[а-я]*)\s+в\s+эксплуатаци|"
     r"(?:перерезал[аи]?|красн[а-я]+)\s+ленту|(?:пайдаланууга|колдонууга|ишке)\s+берил[а-я]*|ачып\s+берд[иы]|"
     r"opening|opened|opens|reopen(?:ed|s|ing)?|inaugurat|commissioned\s+(?:a|the)\s+new|"
     # a renovated or new building handed over is its opening: "the handover ceremony of the renovated
     # school", "передача отремонтированного здания ФАПа", "оңдолгон мектеп салтанаттуу түрдө тапшырылды"
     r"(?:handover(?:\s+ceremony)?\s+of|handed\s+over)\s+the\s+(?:newly\s+)?(?:renovated|rehabilitated|"
     r"refurbished|reconstructed|repaired|rebuilt|new(?:ly)?\s+built)|"
     r"(?:передач[аиуе]|переда(?:л[аио]?|н[аоы]?|ны))\s+(?:\S+\s+){0,2}?(?:отремонтированн|реконструированн|"
     r"восстановленн|новопостроенн|капитально\s+отремонтированн)[а-я]*|"
     r"(?:ондолгон|ондоодон\s+откон|калыбына\s+келтирилген|реконструкцияланган|жаны\s+курулган)\s+"
     r"(?:\S+\s+){0,6}?(?:тапшырыл[а-я]*|откоруп\s+бер[а-я]*)", "opening"),
    # "месячник безопасности", "декадник по профилактике": a campaign named by how long it runs
    # and by its week: "Эмдөө жумалыгы өттү", "неделя иммунизации", "World Immunization Week" (not "жумалык
    # отчет", a weekly report, nor "на прошлой неделе")
    (r"жумалыг[ыи][а-я]*|недел[яиюе]\s+(?:иммунизаци|вакцинаци|здоровь|безопасност|профилактик|чистот|"
     r"грамотност|правов)[а-я]*|(?:immuni[sz]ation|vaccination|awareness|safety|health|hygiene|breastfeeding)"
     r"\s+week(?![a-z])|"
     r"кампани[а-я]*|акци[а-я]*|campaign|месячник[а-я]*|декадник[а-я]*|марафон|флешмоб|онокту[кг][а-я]*|субботник[а-я]*|ишембилик|"
     r"clean-?up\s+(?:day|campaign|drive)|marathon|ашар(?![а-я])|челлендж[а-я]*|шестви[а-я]*|"
     r"марш(?:а|у|ем|е|и|ы)?(?![а-я])|"
     # outreach to villages: a mobile clinic, a day of free consultations
     r"mobile\s+clinics?|мобильн[а-я]*\s+(?:клиник|бригад)[а-я]*|кочмо\s+(?:клиника|бригада)[а-я]*|"
     r"выездн[а-я]*\s+(?:при[её]м|консультаци|клиник|бригад)[а-я]*|кенеш\s+беруу\s+кун[а-я]*|"
     r"(?:день|дни|дня|дней)\s+(?:бесплатн[а-я]*\s+)?(?:юридическ[а-я]*\s+|правов[а-я]*\s+)?консультаци[а-я]*|"
     r"free\s+(?:legal\s+)?consultation\s+days?|legal\s+consultation\s+days?|consultation\s+days?", "campaign"),
    (r"презентаци[а-я]*|презентова[а-я]*|presentation|presented|"
     # "представили исследование", "presented the findings": a study or report shown is a presentation
     r"представил[аи]?\s+(?:\S+\s+){0,2}(?:результат|исследовани|доклад|отч[её]т|книг|стратеги|концепци|"
     r"публикаци|рейтинг|обзор|анализ|оценк)|(?:изилдоо|отчет|китеп|баяндама|жыйынтык|натыйжа)[а-я]*\s+(?:\S+\s+){0,4}?"
     r"(?:тааныштыр|сунушта|бериле)[а-я]*|"
     # Kyrgyz "presentation" as a noun or passive: "стратегиясынын тааныштыруусу болуп өттү", "план таанытылды"
     r"(?<!менен\s)тааныштыруу[а-я]*|таанытуу[а-я]*|таанытыл[а-я]*|тааныштырылд[ыы]", "presentation"),
    # "окуу" is a training ("окуу өттү"), not a pupil, a school, a textbook or an academic year
    (r"окуу(?!чу|-)[а-я]*+(?!\s+(?:жай|курал|сабат|китеп|жыл|программ|план|процесс|материал|мекеме|предмет|тил))|"
     # not "окутуучулары" (the teachers)
     r"тренинг|семинар|окутуу(?!чу)|вебинар|мастер-класс|обучени[а-я]*|training|workshop|seminar|webinar|"
     r"машыгуу[а-я]*|drills?|учения|учений|учениях|воркшоп[а-я]*|летн[а-я]+\s+школ[а-я]*|summer\s+school|"
     r"жайкы\s+мектеп[а-я]*|курс[а-я]*\s+(?:повышени|обучени|переподготовк)[а-я]*|training\s+courses?|"
     # a (farmer / pasture) field school is a course of practical sessions in the field
     r"field\s+schools?|полев[а-я]*\s+школ[а-я]*|талаа\s+мектеб[а-я]*|"
     # a course of some days, or one completed: "a five-day course on newborn care", "прошли трехдневный курс"
     r"(?<=-day\s)courses?(?![a-z])|(?<=-week\s)courses?(?![a-z])|(?<=дневный\s)курс|(?<=дневного\s)курса|"
     r"(?<=кундук\s)курс[а-я]*|"
     r"(?:completed|attended|took)\s+(?:a|the)\s+(?:[a-z]+\s+){0,2}?course(?![a-z])|"
     r"(?:прошли|окончили|завершили)\s+(?:[а-я]+\s+)?курс(?:ы|ов)?(?![а-я])|курстан\s+отушт[уу]|"
     r"онлайн[\s-]курс[а-я]*|online\s+courses?|"
     # a course held for someone: "a course for 20 nurses took place", "курсы для учителей" (not "курс доллара")
     r"courses?(?=\s+for\s)|курс(?:ы|а)?(?=\s+для\s)|"
     # a course held: "trainers held a course on food hygiene", "ran a two-week course for nurses"
     r"(?<=held\s)(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?courses?(?=\s+(?:on|in|for)\s)|"
     r"(?:ran|conducted|organi[sz]ed|delivered|taught|hosted)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?courses?"
     r"(?=\s+(?:on|in|for)\s)|"
     + TRAINED_VERB,
     "training"),
    # events of no other type: fairs, exhibitions, festivals, concerts, camps ("прошла ярмарка вакансий");
    # the independent labellers of holdout8 and holdout10 both typed a festival "other", not "forum"
    (r"фестивал[а-я]*|festivals?|ярмарк[а-я]*|выставк[а-я]*|концерт[а-я]*|жарм[ае]н?ке[а-я]*|коргозмо[а-я]*|(?:job|trade|craft|career|food|agricultural|book|education|investment|tourism|charity)\s+fairs?(?![a-z])|"
     r"(?<=the\s)fair(?=\s+(?:was|took|brought|gathered|opened))|"
     # a fair named by its season or reach: "the OVOP autumn fair opened", "a regional fair was held"
     r"(?:autumn|spring|summer|winter|harvest|annual|regional|district|village|seasonal|farmers'?|"
     r"christmas|new\s+year)\s+fairs?(?![a-z])|"
     r"exhibitions?|concerts?|(?:летн|молодежн|экологическ)[а-я]*\s+лагер[а-я]*|(?:summer|youth|climate|eco)\s+camps?(?![a-z])|"
     r"жайкы\s+лагер[а-я]*|"
     # a groundbreaking: "церемония закладки капсулы", "заложили первый камень", "groundbreaking ceremony",
     # "laid the foundation stone", "пайдубалына капсула салынды"
     r"закладк[а-я]*\s+(?:[^\s.!?]+\s+){0,2}?(?:капсул|перв[а-я]+\s+камн|фундамент)[а-я]*|"
     r"заложил[аи]?\s+(?:[^\s.!?]+\s+){0,2}?(?:капсул|перв[а-я]+\s+камен|фундамент)[а-я]*|"
     r"groundbreaking|(?:laid|laying|lay)\s+(?:of\s+)?the\s+(?:foundation|first)\s+stone|foundation[\s-]stone\s+ceremony|"
     r"капсула\s+(?:салуу|салынд|салышт|коюлд)[а-я]*|" + HANDOVER, "other"),
    # met someone, told by the verb: "встретились с акимом", "аким менен жолугушуп", "met with the mayor"
    (r"жолугушуу|жолугушту|жолугушушт[уу]|(?<=менен\s)жолугушуп|(?<=менен\s)кездеш(?:ти|ишти|ип)|"
     r"встретил[а-я]*\s+со?(?![а-я])|met\s+(?:with|the\s+(?:mayor|akim|governor|heads?|minister|deputy|deputies|"
     r"ambassador|chair(?:man|person)?|director|representatives|leaders|members|local))(?![a-z])|"
     # a body meeting as a whole: "the women's councils met in Tokmok", "members met on 11 March to discuss"
     r"(?<=\s)met\s+(?:in|on|at|to)\s+(?=[a-z0-9])|"
     # the bodies met, named by their kind: "met Karakol City Hall and the city's crisis centre", "met the district
     # akimat", "met local ayil okmotu staff" (not "met the requirements", "met its targets")
     r"(?<=\s)met\s+(?:[a-z'’-]+\s+){0,4}?(?:city\s+hall|akimat|administration|ayil\s+okmotu|municipality|council|committee|"
     r"ministry|department|authorities|officials|staff|residents|farmers|parents|teachers|elders|villagers|"
     r"entrepreneurs|survivors|volunteers)(?![a-z])|"
     r"кездешуу[а-я]*|встреч[а-я]*|meeting|"
     # a villagers' assembly: "жалпы чогулуш болуп өттү", "чогулушка 80 тургун катышты" (not the verb "чогулушту",
     # "чогулушуп": they gathered)
     r"чогулуш(?!(?:ту|уп|кан)(?![а-я]))[а-я]*|кенешме|совещани[а-я]*|собрани[а-я]*|сход[аеу]?(?![а-я])|жыйын(?!т)|"
     # not the topic ("grants for dialogue projects", "платформа для диалога", "Bridges for Dialogue")
     # not "угуу аппараттары" (hearing aids)
     r"слушани[а-я]*|угуу(?:лар)?[а-я]*(?!\s+аппарат)|hearings?|(?<!for\s)(?<!of\s)dialogues?(?!\s+(?:projects?|initiatives?|platforms?|groups?|skills|programmes?|programs?)(?![a-z]))|(?<!для\s)диалог[а-я]*|заседани[а-я]*|жыйналыш[а-я]*|"
     r"коомдук\s+талкуу[а-я]*|общественн[а-я]*\s+обсуждени[а-я]*|public\s+consultations?|"
     r"фокус-групп[а-я]*|фокус\s+групп[а-я]*|focus[\s-]groups?(?:\s+discussions?)?|"
     # a council's session: "сессия айылного кенеша", "айылдык кенешинин сессиясы"
     r"(?:кенеш|совет|council)[а-я]*\s+(?:[^\s.!?]+\s+)?(?:сесси[а-я]*|session)|"
     r"(?:сесси[а-я]*|session)\s+(?:[^\s.!?]+\s+){0,3}?(?:кенеш|совет|council)[а-я]*", "meeting"),
)
KEYWORD_RE = re.compile("(?<![а-яa-z])(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(KEYWORDS))
                         + ")")
# "Took place" verbs and event keywords are tried only where the shared scan saw their first words.
HAPPENED_SCAN = Triggered("happened", HAPPENED, anywhere=True)
KEYWORD_SCAN = Triggered("event_keywords", KEYWORD_RE, set().union(*(literal_prefixes(p) for p, _ in KEYWORDS)),
                          anywhere=True)
# A meeting or a presentation held within a visit, forum, conference or round table is part of it;
# so are the pitches in a competition ("42 young people presented their business plans").
# A fair, exhibition or camp ("other") holds master classes, contests and meetings as its programme; a
# contest among a campaign's or a forum's activities ("классные часы, конкурсы рисунков") is one of them.
# A campaign is carried out through meetings ("медиктер мектептерде ата-энелер менен жолугушууларды
# өткөрүштү", "в ходе акции прошли встречи с жителями"): undated on their own, they are the campaign.
# So is its instructors' training told without a day of its own ("56 учителей прошли двухдневное
# обучение инструкторов" among a campaign's results); one dated apart ("Кампании предшествовало обучение:
# 3–4 апреля …") stays an event of its own.
# "Жыйынга 64 киши катышты", "Во встрече приняли участие ...": a contest's final named again as "the meeting"
PART_OF = {"meeting": {"visit", "forum", "conference", "round_table", "campaign", "other", "competition"},
            "presentation": {"visit", "forum", "conference", "round_table", "meeting", "training", "competition",
                             "other"},
            "campaign": set(), "training": {"forum", "conference", "other", "campaign"},
            "competition": {"forum", "conference", "campaign", "other"},
            # "на ярмарке вакансий в рамках форума"; "в ходе тренинга передано оборудование": goods handed over
            # at a training
            "other": {"forum", "conference", "training"},
            "visit": {"campaign"},  # "Волонтёры побывали в 14 школах": the visits a campaign is made of
            # the grants given to a competition's winners are its prizes, not an award of their own
            "grant_award": {"competition"}}
PRECEDENCE = ("visit", "forum", "conference", "round_table", "grant_award", "competition", "opening",
              "training", "presentation", "campaign", "meeting", "other")
# "8 эдвокаси акция", "9 “ыкчам” жолугушуу": a number (and at most one word) before the keyword, on its
# line; not a time ("11:47"), a dateline's year ending the line above, or a year ("On 12 October 2023
# a training was held").  A word in the dative between them counts who receives, not the event: "уч мектебине
# компьютердик класстар тапшырылды", "трём школам переданы компьютерные классы" is one handover.
COUNTED_BEFORE = re.compile(
    r"(?<![\w:.,])(?:(?!(?:19|20)\d\d(?!\d))\d+|эки|уч|торт|беш|алты|жети|сегиз|тогуз|он|жыйырма|отуз|кырк|элуу|два|две|три|четыре|"
    r"пять|шесть|семь|восемь|девять|десять|two|three|four|five|six|seven|eight|nine|ten)(?![\w])"
    r"[^\S\n]*[\"“”«»']?[^\S\n]*(?:(?!кундук|кундон|саат|кун\b|дневн|часов|day|hour)[^\W\d_][\w\-]*"
    r"(?<!га|ге|ка|ке|го|ко|на|не|ам|ям)[^\S\n]*[\"“”«»']?[^\S\n]*)?$"
)
# The counted noun inside a longer event phrase ("выдано 45 грантов").
COUNTED_NOUN = re.compile(r"(?<![а-яa-z])(?:грант|grant)")
NUMBER_AFTER = re.compile(r"[а-яa-z]*[^\S\n]*[:\-–—]?[^\S\n]*\d[\d\s.,]*$")
_EVENT_NOUN = (r"(?:встреч|мероприяти|семинар|тренинг|форум|презентаци|конференц|церемони|выставк|ярмарк|"
               r"фестивал|концерт|круглы[а-я]*\s+стол)")
_ATTENDED_BEFORE = re.compile(_EVENT_NOUN + r"[а-я]*\s+$")
# "участники форума посетили хозяйства": the event's people went somewhere, they did not attend it
_PARTICIPANTS_OF = re.compile(r"(?:участник|делегат|гост|организатор)[а-я]*\s+(?:[^\s.!?]+\s+)?" + _EVENT_NOUN
                              + r"[а-я]*\s+$")
# "300 guests visited the festival": attending it
_ATTENDED_AFTER = re.compile(r"\s+(?:" + _EVENT_NOUN + r"|(?:the\s+|our\s+|this\s+)?(?:festival|fair|exhibition|"
                             r"event|concert|show|forum|conference|presentation)s?(?![a-z]))")
_TOPIC_AFTER = re.compile(r"[\"”»']?\s*(?:боюнча|по\s+итогам|жыйынтыг)")
# "победителей конкурса", "сынактын жеңүүчүлөрү": a competition held before, whose winners are now rewarded
# "победителем областного конкурса", "winners of the regional contest": an adjective may stand between
_WINNERS_BEFORE = re.compile(r"(?:победител|лауреат|призер|призёр|winners?\s+of)[а-я]*(?:\s+the)?"
                             r"(?:\s+(?:[а-я]+(?:ого|его|ой|ых|их)|[a-z]+(?:al|ic|ary|wide)))?\s+$")
_WINNERS_AFTER = re.compile(r"[а-я]*\s+(?:[^\s.!?]+\s+)?(?:женуучу|winner)")
# "с фондом «Нарын Жарыгы», партнёром конкурса", "the contest's sponsor", "сынактын өнөктөшү": the contest named
# as what a body or a rule belongs to, not as held
_ROLE_OF_BEFORE = re.compile(r"(?<![а-яa-z])(?:партн[её]р|организатор|спонсор|жюри|положени|услови|"
                             r"(?:partner|sponsor|organi[sz]er|jury|rules)\s+of(?:\s+the|\s+this)?)[а-я]*\s+$")
_ROLE_OF_AFTER = re.compile(r"(?:[а-я]*|['’]s)\s+(?:онокто[шк]|уюштуруучу|демоорчу|жюри|шарт|эреже|"
                            r"partner|sponsor|organi[sz]er|jury|rules)")
# "конференц-зал", "жыйындар залы", "training centre", "в зале заседаний": a venue named by an event word
_VENUE_AFTER = re.compile(r"[а-я]*(?:-|\s+)(?:зал|hall|room|борбор|centre|center)")
_HELD_IN_ROOMS = frozenset({"meeting", "training", "conference", "forum", "round_table"})  # "спорт залдын ачылышы" opens one
_VENUE_BEFORE = re.compile(r"(?<![а-я])(?:зал[а-я]*|hall|room)\s+$")
# "a mobile clinic visited the villages": outreach going round, no delegation's visit
# or volunteers going from door to door and school to school
_OUTREACH_BEFORE = re.compile(r"(?:clinics?|клиник[а-я]*|бригад[а-я]*|caravans?|караван[а-я]*|volunteers|"
                              r"волонтер[а-я]*|ыктыярчы[а-я]*|активист[а-я]*|activists)\s+(?:[^\s.!?]+\s+)?$")
# "эсептегичтерди окууну", "китеп окуу": reading something, not a training
_READ_OBJECT = re.compile(r"(?<![а-я])(?:китеп[а-я]*|[а-я]+(?:ды|ди|ну|ны|ни|ту|ти|ду))\s+$")
_GRANT_WORD = re.compile(r"грант|grant")
_EVENT_STEM = (r"(?:выставк|ярмарк|exhibition|fair|жарм[ае]н?ке|коргозмо|форум|тренинг|семинар|конференц|сессии|сессия|встреч|жолугуш|окуу|курс|кенешме|совещани|фестивал|"
               r"конкурс|сынак|сынаг|forum|training|seminar|conference|session|meeting|workshop|festival|"
               r"competition|event|мероприяти|иш-чара)")
_SESSION_OPENED_AFTER = re.compile(r"[а-я]*\s+(?:of\s+the\s+|церемони[а-я]*\s+|(?:the|an?)\s+(?:new\s+)?)?" + _EVENT_STEM
                                   + r"|\s+(?:session|ceremony\s+of\s+the\s+" + _EVENT_STEM + ")")
# "консультации по открытию собственного дела", "help opening a bank account": starting a business is no ceremony
_BUSINESS_OPENED_AFTER = re.compile(r"[а-я]*\s+(?:(?:собственн|сво|нов|малог)[а-я]*\s+)?(?:дел[а-я]*|бизнес[а-я]*|счет[а-я]*|"
                                    r"предприяти[а-я]*|ип)(?![а-я])|\s+(?:of\s+)?(?:a\s+|their\s+own\s+|new\s+|own\s+)?"
                                    r"(?:small\s+)?(?:business(?:es)?|bank\s+accounts?|accounts?|enterprises?)(?![a-z])")
# "Выставку посетили около 5 тысяч человек", "the museum was visited by 300 people": visitors counted,
# attending a place, not a delegation's visit
_VISITORS_AFTER = re.compile(
    r"(?:\s+by)?\s+(?:около|более|свыше|почти|порядка|до|about|over|more\s+than|nearly|some|around|almost)?\s*"
    r"\d[\d\s.,]*(?:тыс[а-я.]*\s*|thousand\s+)?(?:человек|жител|посетител|гост|зрител|турист|people|visitors|guests|"
    r"residents|tourists|адам|киши)")
_VISITORS_BEFORE = re.compile(r"\d[\d\s.,]*(?:тыс[а-я.]*\s*|thousand\s+)?(?:человек|жител[а-я]*|посетител[а-я]*|гост[а-я]*|"
                              r"зрител[а-я]*|турист[а-я]*|people|visitors|guests|residents|tourists)\s+$")
_SESSION_OPENED_BEFORE = re.compile(_EVENT_STEM + r"[а-я]*\s+(?:салтанаттуу\s+)?$")
_FIRST_WORD = re.compile(r"[а-яa-z]+")
# "an exhibition of the hospital's history opened", "Выставка детской книги открылась в библиотеке": the
# exhibition (fair, festival) is what opened, its subject named before the verb in the same clause
_EXHIBITION_OPENED_BEFORE = re.compile(
    r"(?:(?:exhibition|fair|festival)s?(?:\s+(?:of|on)\s+[^.;,!?]{1,40}?)?\s+(?:was\s+|has\s+|were\s+)?|"
    r"(?:выставка|ярмарка|фестиваль|экспозиция)(?:\s+[^\s.;,!?]+){0,4}\s+)$")
_AWARD_CEREMONY = next(i for i, (p, _) in enumerate(KEYWORDS) if p.startswith("(?:церемони"))


# The last document's keyword hits, per thread (extraction also runs in threads).
_last_hits = threading.local()


def keyword_types(folded: str, start: int, end: int) -> list[tuple[int, str]]:
    """(position, type) of event keywords in ``folded[start:end]`` (all of the text is scanned once)."""
    last = getattr(_last_hits, "entry", None)
    if last is None or last[0] is not folded:
        last = (folded, _keyword_hits(folded, 0, len(folded)))
        _last_hits.entry = last
    hits = last[1]
    lo = bisect_left(hits, (start, ""))
    hi = bisect_left(hits, (end, ""), lo)
    return hits[lo:hi]


def _keyword_hits(folded: str, start: int, end: int) -> list[tuple[int, str]]:
    hits: list[tuple[int, str]] = []
    # the pattern runs only where the shared scan saw one of its first words (identical matches)
    for m in KEYWORD_SCAN.finditer(folded, start, end, KEYWORD_SCAN.starts(match_key(folded))):
        index = int(m.lastgroup[1:])  # type: ignore[index]
        kind = KEYWORDS[index][1]
        if kind != "grant_award" and not (kind == "other" and goods_first(folded, m.start())) \
                and COUNTED_BEFORE.search(folded, max(start, m.start() - 30), m.start()):
            continue  # "алты грант тапшырылды", "50 компьютер тапшырылды" are still events; "8 акция" is a figure
        if kind == "competition" and (_TOPIC_AFTER.match(folded, m.end(), min(end, m.end() + 20))
                                      or _WINNERS_BEFORE.search(folded, max(start, m.start() - 30), m.start())
                                      or _WINNERS_AFTER.match(folded, m.end(), min(end, m.end() + 40))
                                      or _ROLE_OF_BEFORE.search(folded, max(start, m.start() - 30), m.start())
                                      or _ROLE_OF_AFTER.match(folded, m.end(), min(end, m.end() + 30))):
            continue
        if kind in _HELD_IN_ROOMS and (_VENUE_AFTER.match(folded, m.end(), min(end, m.end() + 12))
                                       or _VENUE_BEFORE.search(folded, max(start, m.start() - 12), m.start())):
            continue
        if index == _AWARD_CEREMONY and _GRANT_WORD.search(folded, m.start(), min(end, m.end() + 400)) is None:
            # "церемония награждения победителей олимпиады": medals, no grants; "церемония вручения ключей от
            # 12 домов", "ambulance keys handed over at an award ceremony": a handover of goods, no contest
            kind = "other" if handed_over_goods(folded, m.end(), min(end, m.end() + 60)) else "competition"
        if kind == "training" and folded.startswith("окуу", m.start()) and \
                _READ_OBJECT.search(folded, max(start, m.start() - 30), m.start()):
            continue
        if kind == "visit" and _OUTREACH_BEFORE.search(folded, max(start, m.start() - 30), m.start()):
            continue
        if kind == "opening" and (_SESSION_OPENED_AFTER.match(folded, m.end(), min(end, m.end() + 40))
                                  or _SESSION_OPENED_BEFORE.search(folded, max(start, m.start() - 30), m.start())):
            continue  # "форумдун ачылышында", "на открытии конференции": the session opened, no building
        if kind == "opening" and _BUSINESS_OPENED_AFTER.match(folded, m.end(), min(end, m.end() + 40)):
            continue
        if kind == "opening" and (verb := _FIRST_WORD.match(folded, m.start(), m.end())) and verb.end() < m.end() \
                and _SESSION_OPENED_AFTER.match(folded, verb.end(), min(end, verb.end() + 40)):
            continue  # "открылась выставка детской книги": the exhibition opened, not a building
        if kind == "opening" and _EXHIBITION_OPENED_BEFORE.search(folded, max(start, m.start() - 70), m.start()):
            continue
        if kind == "visit" and ((_ATTENDED_BEFORE.search(folded, max(start, m.start() - 30), m.start())
                                 and not _PARTICIPANTS_OF.search(folded, max(start, m.start() - 50), m.start()))
                                or _ATTENDED_AFTER.match(folded, m.end(), min(end, m.end() + 30))):
            continue  # "презентацию посетили 50 человек": attending an event is no visit
        if kind == "visit" and (_VISITORS_AFTER.match(folded, m.end(), min(end, m.end() + 50))
                                or _VISITORS_BEFORE.search(folded, max(start, m.start() - 40), m.start())):
            continue
        hits.append((m.start(), kind))
    return hits
