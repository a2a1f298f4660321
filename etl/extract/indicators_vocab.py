"""Indicator vocabulary (folded ``etl.text.fold`` text): counted nouns, currencies, predicate cues, groups;
kept apart from the reading logic so a new word or cue is one line here."""

from __future__ import annotations

import re

from etl.extract.numbers import _WORD_TOKEN

TOKEN = re.compile(r"[$€₽₸£¥%№]|[^\W_]+(?:[-'’][^\W_]+)*")
# Sentences end at line breaks, so a "\n" inside one is a hard wrap rejoined (PDF text): no boundary.
# a middle dot or a bullet separates items of a line ("АКШ доллары 89,10 · Евро 95,35": rates, not amounts)
STOP_IN_GAP = re.compile(r"[.;:!?,(·•]")

CURRENCY = (
    (re.compile(r"^(?:доллар|долл|usd|us\$|\$|dollar|у\.е)"), "USD"),
    (re.compile(r"^(?:сом(?:[а-я]{0,4})?$|kgs$|som$|soms$)"), "KGS"),
    # not the adjectives: "трёх европейских торговых компаний", "European", "Eurasian"
    (re.compile(r"^(?:евро(?!п)|eur(?:os?)?(?![a-z])|€)"), "EUR"),
    (re.compile(r"^(?:франк|chf|швейцар[а-я]*\s+франк|swiss\s+francs?|francs?$)"), "CHF"),
    (re.compile(r"^(?:рубл|руб$|rub$|₽)"), "RUB"),
    (re.compile(r"^(?:тенге|теңге|kzt$|₸)"), "KZT"),
    (re.compile(r"^(?:фунт[а-я]*\s+стерлинг|gbp|£|pounds?\s+sterling)"), "GBP"),
)
# Time, age and measure words: the number measures them, not people or events.
MEASURE = re.compile(
    r"^(?:%|процент|пайыз|percent|саат|час|мунот|минут|мин$|кун$|кундук|кундон|кунго|кунду|кун[а-я]*ч|"
    r"дн|день|дня|дней|недел|апта|ай$|айлык|айга|айдан|айдын|айы$|жыл|год|лет$|летн|месяц|hour|day|week|"
    r"month|year|жашта|жашка|жаштан|жашар|жашындагы|км|кг|га$|гектар|тонн|литр|метр|кв|балл|"
    # distances and quantities: "7 километр алыстагы … айылына", "7 km from the nearest village" count no village
    r"километр|kilomet|km$|kms$|met(?:re|er)s?$|miles?$|hectares?$|ha$|tonnes?$|tons$|lit(?:re|er)s?$|kg$|"
    r"орун|класс|курс$|этап|бет$|страниц|page|пункт|раз$|жолу$|жолку|чакырым|ирет|"
    # countries are no indicator (guide): "from five countries attended the event" counts no event
    r"countr|стран|олко|"
    # nor are households (guide): "36 семей прошли курсы" counts no course
    r"семе[йь]$|семь[иеяю]|семьям|famil(?:y|ies)$|households?$|домохозяйств|уй-було)"
)
AGE_WORD = re.compile(r"^жаш(?:та|ка|тан|ар)$")
HYPHEN_MODIFIER = re.compile(r"-(?:led|owned|run|based|headed|friendly|oriented)$")
PASSED_FROM = re.compile(r"[а-я]+(?:дан|ден|тан|тен)\s+(?:ийгиликтуу\s+)?(?:отт|отушт|откон)")
# Russian adjective endings: "фермерских кооперативов" qualifies the noun after it
ADJECTIVE_END = re.compile(r"(?:ск|н)(?:ий|ая|ое|ие|их|ого|ой|им|ими|ый|ые|ых|ым|ыми)$")
# A Kyrgyz plural head ("өкүлдөрү") after a genitive: the number counts the genitive's noun
KY_PLURAL = re.compile(r"(?:лар|лер|дар|дер|тар|тер|лор|дор|тор)")
WINNER = re.compile(r"^(?:женуучу|жениш|победител|призер|лауреат|winn|award)")
PRIZE_CUE = re.compile(r"сыйлык|приз|наград|award|орунду|место|жениш")

# (stem regex, category); checked on a token or a token pair.  Order matters.
CATEGORIES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), c) for p, c in (
    (r"^(?:кызмат адам|чечим кабыл|должностн|чиновник|decision|official|депутат|аким|мэр$|мэрлер|"
     r"представител[а-я]* (?:государствен|органов|госорган|о?мсу|местн|муниципал|администрац|министерств|"
     r"ведомств|акимиат|мэри|айыл|власт)|орган[а-я]* (?:окул|кызматкер)|жоб[а-я]* (?:окул|кызматкер)|"
     r"администрация[а-я]* (?:окул|кызматкер)|heads? of(?: |$)|"
     r"deput|councill?or|mayors?$|governors?$|ministers?$|civil servant|public servant|министр(?!лик|ств)|"
     r"жетекчи|башчы|руководител|глав(?:[аыуе]|ам|ами|ах)?(?![а-я])|госслужащ|муниципальн[а-я]* служащ|мамлекеттик кызматкер)",
     "official"),
    (r"^(?:катышуучу|участник|участниц|participant|attendee)", "participant"),
    (r"^(?:аял(?!уу)|айым|кыз(?:дар)?(?:[а-я]{0,4})$|кыз кел|кыз-кел|женщин|девуш|девоч|мам(?:а|ы|ам|ами|ах)?$|women|woman|girl|female|"
     r"эне(?!р)|матер(?!иал)|mother|апа(?:лар[а-я]*|сы|лары)?$|келин(?:дер[а-я]*)?$|кемпир|бабушк)", "female"),
    # mothers are women ("90ы энелер", "118и апалар", not "апат"); "ата-эне" are parents
    (r"^(?:эркек|улан(?:дар[а-я]*)?$|жигит(?!-кыз|тер-кыз)|мужчин|парн|юнош|мальчик|пап(?:а|ы|ам|ами|ах)?$|отц(?:ов|а|ы)$|аталар[а-я]*$|абышка|дедушк|men$|man$|boy|male)", "male"),
    (r"^(?:адам|киши|человек|чел$|люд|person|people|individual|жаштар|жаш$|жаш кыз|молод|youth|"
     r"айылдаш|гид$|гиддер|гид(?:ов|ы|а|ам|ами)$|guide|инструктор|юрист|адвокат|судья|бухгалтер|конок|гост(?:и|я|ей|ям|ями)$|guest|горожан|сельчан|villager|townspeople|"
     r"жител|farmer|worker|ученик|воспитател|социальн[а-я]* работник|аксакал|старейшин|"
     r"активист|activist|тургун|жашоочу|жител|resident|студент|student|окуучу|школьник|учащ|pupil|мугалим|учител|педагог|"
     r"teacher|кызматкер|сотрудник|специалист|адис|служащ|staff|employee|лидер|leader|волонтер|ыктыярчы|"
     r"volunteer|добровол|окурман|читател|reader|бейтап|survivor|пострадавш|жабырлануучу|медайым|медсест(?:р|ер)|медбрат|nurse|акушер|midwi|угуучу|фермер|ондуруучу|производител|producer|дыйкан|farmer|ишкер|предприним|entrepreneur|ата-эне|родител(?!ьск)|"
     r"parent|бала|балдар|дет(?:и|ей|ям|ьми|ях)$|children|child|мучо|член|member|окул|представител|representative|эксперт|"
     r"expert|журналист|journalist|медиатор|медик|медработ|дарыгер|врач|полиц|милиц|мигрант|майып|"
     r"инвалид|пенсионер|бенефициар|beneficiar|тренер|фасилитатор|facilitator|слушател|выпускник|выпускниц|"
     r"мобилизатор|кандидат|спикер|жамаат мучо|работник|граждан|жаран(?!дык)|citizen|делегат|delegate|пациент|patient|оорулуу|посетител|"
    r"visitor|учен(?:ый|ые|ых|ым|ыми|ая)$|практик(?:ов|ам|ами)$|scientist|окумуштуу|илимпоз|профессор|professor|academic|scholar|"
    r"зрител|spectator|корууч|"
    # a tournament's players are its participants: "190 players took part"
    r"players?$|игрок|оюнчу|athletes?$|спортсмен|sportsm[ae]n$|борц|борец|балбан|wrestlers?$|шахматист|безработн|unemployed|жумушсуз|"
    r"accountant|lawyer|paralegal|engineer|doctor|dentist|pharmacists?$|psycholog(?:ist)|agronomist|veterinarian|"
    r"librarian|библиотекар|китепканач|economist|inspector|manager|director|principal|educator|caregiver|officers?$|artisan|specialists?$|"
    r"craftsm|craftswom|tailor|beekeeper|fisherm|инженер(?!дик|н)|психолог(?!ич|иял)|агроном(?!иял|ическ)|"
    r"ветеринар(?!дык|н)|экономист|директор(?!ат)|менеджер|инспектор|пчеловод|ремесленник|усталар|уста$|мастер(?:а|ов|ам|ами)?$|экспонент|exhibitor|кол онорчу|чебер(?!чил)|potter|weaver|гончар|ткач|вышивальщи|кузнец|blacksmith|woodcarver|"
     r"researcher|исследовател|кыз-жигит|жигит-кыз|жигиттер-кыз|улан-кыз|малчы|чабан|животновод|скотовод|пастух|herder|pastoralist|"
     r"лиц$|лица$|подрост|оспурум|teenager|adolescent|работодател|employer|жаштын$|куткаруучу|спасател|rescuer|firefighter|пожарн[а-я]*$|"
    # trades whose people a vocational course trains
    r"builders?$|строител(?!ьств|ьн)|куруучу|plumbers?$|сантехник|electricians?$|электрик(?:и|ов|ам|ами)?$|welders?$|сварщик|"
    r"hairdressers?$|парикмахер|seamstress|швеи?$|швей|processors$|collectors$|"
    # owners of a business or a house: "38 владельцев гостевых домов", "20 shop owners"
    r"владел(?:ец|ьц|иц)|owners?$|"
    # market people at a meeting: "около 70 продавцов и владельцев контейнеров", "60 traders" (vendors are a tender's bidders)
    r"продав(?:ец|ц|щиц)|торгов(?:ец|ц)|traders?$|sellers?$|merchants?$|shopkeepers?$|"
    # heads of a unit: "12 заведующих детскими садами" are people, the kindergartens only what they head
    r"заведующ)", "person"),
    (r"^(?:жолугушуу|тренинг|семинар|окутуу|иш-чара|акция|акци|тегерек стол|круглы[а-я]* стол|форум|"
     r"сессия|сесси|кенешме|конференц|вебинар|мастер-класс|консультаци(?!онн|ялык)|встреч|мероприяти|заняти|"
     r"заседани|workshop|session|meeting|training|event|webinar|seminar|сход|жыйын|дебат|debate|"
     r"экскурс|фестивал|конкурс|сынак|кампани|campaign|презентаци|лекци|lecture|курс[а-я]|кружок|"
     r"тренинги|round table|forum|собрани|жыйналыш|урок|сабак|бесед[аыуо]|классн[а-я]* час|tutorial|lesson|"
     r"briefing|брифинг)", "session"),
    (r"^(?:айыл аймаг|айыл аймак|айыл окмот|айыл ок|a(?:yi|iy|i|y)l aimak|a(?:yi|iy|i|y)l okmot)", "aa_or_ao"),
    (r"^(?:муниципалитет|конуш|айыл$|айылда(?!ш)|айылдар|айылга|айылдын|айылын|айылды$|айылдан|айылы$|айылына|сел(?:о|а|у|е|ам|ах|ами|ом)?$|сёл|"
     r"поселен|населенн[а-я]* пункт|аил|аймак|village(?!r)|municipalit|settlement|шаар(?!дык)|город(?!ск)|"
     r"town)", "settlement"),
    (r"^(?:мектеп|мектеб|мекеме|учреждени|учебн[а-я]* заведени|образовательн[а-я]* (?:учреждени|организаци)|медицинск[а-я]* учреждени|(?:health|medical) facilit|institution|бала бакча|балдар бакча|школ|детск[а-я]* сад|детсад|дошкольн|жоб орган|органов мсу|"
     r"орган[а-я]* местного|фап|фельдшерско-акушерск|фельдшердик-акушердик|feldsher|оорукана|больниц|клиник|университет|колледж|лице[йяюие]|гимнази|центр(?!альн)|centres?$|centers?$|китепкана|"
     r"библиотек|school|kindergarten|демилгелуу топ|инициативн[а-я]* групп|жамаат(?:тык)? уюм|"
     r"медициналык борбор|ден соолук борбор|топтон$|топтордон$|"
     # bodies of territorial public self-government: "23 органа ТОС", "23 органа территориального …"
     r"орган[а-я]* (?:территориальн|тос))", "institution"),
    # "из 14 групп": the groups people came from are covered; "в нем 6 групп" only describes a place
    (r"^групп$", "group_from"),
    (r"^(?:грант|микрогрант|субгрант|микро-проект|микропроект|мини-проект|мини-грант|grant|"
     r"стипенди|scholarship)", "grant"),
    # ("3 проектора" are projectors, equipment handed over, no projects)
    (r"^(?:демилге|инициатив|initiative|долбоор|проект(?!ор)|project(?!or)|бизнес-план|бизнес план)", "initiative"),
    # organizations count as grants only where the clause awards them one ("grants to 15 cooperatives")
    (r"^(?:кооператив|cooperative|organi[sz]ation|ngos?$|cso|нко$|нпо$|уюм(?!даштыр)|организаци|"
     r"ассоциаци|association|ишкана|предприяти|компани|company|companies|enterprise|"
     r"общественн[а-я]* объединени|юридическ[а-я]* лиц|общин|communit(?:y|ies)|groups?$|команд(?!ир)|teams?$|топ$|топтор$)",
     "organization"),
))
KY_MODIFIER = re.compile(r"^(?:жаштар|жаш$|аял|кыз|эркек|жигит|мектеп|айыл|шаар$|бала|тургун|активист|ишкер|"
                          r"фермер|дыйкан|мугалим|окуучу|студент|эне|жамаат|ден соолук)")
KY_POSSESSIVE = re.compile(r"(?:ы|и|у|сы|си|су|лары|лери|дары|дери|тары|тери|лору|дору|тору)"
                            r"(?:н|на|не|нда|нде|нын|нин|га|ге|на)?$")
# "-дагы/-деги" (which is in): an adjective of place, no possessive head ("жаш шаардагы" is no town)
KY_LOCATIVE_ADJ = re.compile(r"(?:да|де|до|та|те|то)(?:гы|ги|гу)$")
NUMBER_WORD = re.compile(_WORD_TOKEN + "$")
GENITIVE = re.compile(r"(?:нын|нин|нун|дын|дин|дун|тын|тин|тун)$")
# "30 жаш аял", "12 молодых женщин": an age word before a sex noun counts that sex.
PERSON_ADJECTIVE = re.compile(r"^(?:жаш$|молод[а-я]*$|young$|улгайган$|пожил[а-я]*$|elderly$)")
BOTH_SEXES_AFTER = re.compile(r"\s+(?:и|жана|and)\s+([^\W\d_]+)")
# "50 миң сомдон" / "по 50 тысяч": an amount each, between a number and the noun it counts.
DISTRIBUTIVE_AMOUNT = re.compile(r"\d[\d\s.,]*(?:(?:мин|млн|тыс\.?|тысяч|миллион)[а-я]*\s*)?"
                                 r"(?:сом|доллар|евро|франк)[а-я]*(?:дон|дан|ден|тан|тен|тон)(?![а-я])")
# Words that end the counted noun phrase without being counted themselves.
PHRASE_BREAK = re.compile(r"^(?:жана|и|and|or|же|или|менен|с|со|для|учун|боюнча|по|в|во|на|из|от|of|for|to|from|at|by)$")
# The dative of those given something ("120 балага", "семьям"): read with GIVEN of indicators_predicates.
DATIVE_NOUN = re.compile(r"(?:га|ге|ка|ке|го|ко|[ая]м)$")
# A description of a place ("районда 12 мектеп бар", "the district has 12 schools"), not coverage.
THERE_ARE = re.compile(r"(?<![а-я])(?:бар|имеется|имеются|есть|насчитывается|жашайт|проживает)(?![а-я])|"
                       r"(?<![a-z])(?:there\s+are|is\s+home\s+to)(?![a-z])|(?<![a-z])(?:has|have)\s+\|")
JURY = re.compile(r"жюри|jury")
# "Районда 62 мектеп жана 30 бала бакча бар": the existential closing the sentence describes every place listed
THERE_ARE_END = re.compile(r"(?<![а-я])бар\W*$")
# "жюри в составе 5 человек", "предприятия численностью свыше 20 работников": the size of a body
# or a threshold, no one counted as present
# "7 кишилик комиссия", "5 адамдан турган жюри", "a 7-member panel": the size of a jury or a commission
BODY_SIZE_AFTER = re.compile(r"(?:\s+(?:кишилик|адамдык|мучолук)|\s+(?:адам|киши|мучо)[а-я]*\s+турган|-(?:member|strong|person))"
                             r"\s+(?:[а-яa-z]+\s+)?(?:комиссия|жюри|калыстар|эксперттик\s+топ|commission|jury|panel|committee)")
BODY_SIZE_BEFORE = re.compile(r"(?:(?:жюри|jury|комисси[а-я]*|калыстар\s+тоб[а-я]*|panel)\s+(?:в\s+составе|из|"
                              r"consisting\s+of|of)|численност[а-я]*(?:\s+(?:свыше|более|до|от|не\s+менее))?)\s+$")
# People doing the work of a campaign take part in it: "300 тургун көчөлөрдү тазалашты", "убрали мусор".
CAMPAIGN_ACTION = re.compile(r"тазала(?:шты|ды|шып)|отургуз(?:ушту|ду|уп)|жыйна(?:шты|ды)|чогулт(?:ушту|ту)|"
                             r"(?<![а-я])(?:убрали|очистили|посадили|высадили|покрасили|cleaned|planted|collected)"
                             r"(?![а-яa-z])|"
                             # volunteers who ran the campaign's sessions or handed out its materials did its work
                             r"(?<![а-я])провели\s+(?:[а-я]+\s+){0,2}(?:заняти|урок|акци|бесед|тренинг|встреч)|"
                             r"(?<![а-я])(?:раздали|распространили|таратышты|тараткан)(?![а-я])|"
                             r"(?<![a-z])(?:distributed|handed\s+out|ran\s+(?:\w+\s+){0,2}(?:sessions|lessons|workshops))(?![a-z])")
# People who received a grant each: "25 women received grants", "гранттарды 12 жаш утуп алышты".
PERSON_GRANTED = re.compile(
    r"(?:получил[аи]|received|won|выиграл[аи]|were\s+awarded|were\s+given)\s+(?:\S+\s+){0,2}(?:микро|мини-?|small\s+)?"
    r"(?:грант|grant)|грант[а-я]*\s+(?:\S+\s+){0,2}(?:утуп\s+алышт|алышт|ээ\s+болушт|получил[аи])|"
    r"(?:грант[а-я]*|grants?)\s+(?:были\s+)?(?:вручены|выданы|awarded\s+to|given\s+to)\s+\||"
    # the giver's verb, the grants, then those who got them: "Oxfam awarded small business grants to 24 women",
    # "фонд вручил гранты 12 фермерам"
    r"(?:awarded|gave|presented|handed\s+over)\s+(?:\S+\s+){0,3}?grants?\s+to\s+\||"
    r"(?:вручил[аио]?|выдал[аио]?|предоставил[аио]?)\s+(?:\S+\s+){0,3}?грант(?:ы|ов)?\s+\||"
    # the Kyrgyz singular verb after a numeral ("12 жаш фермер грант утуп алды") and a grant to each of them
    r"грант[а-я]*\s+(?:утуп\s+алды|утту|алды|ээ\s+болду)(?![а-я])|ар\s+бирине\s+[^.;|]{0,40}?грант[а-я]*\s+(?:тапшырыл|берил|"
    r"ыйгарыл)|each\s+(?:received|was\s+awarded|won|got)\s+(?:a|one)\s+(?:\S+\s+)?grant|каждому\s+(?:[а-я]+\s+){0,3}"
    r"(?:вручен|выдан|предоставлен)\s+грант|каждый\s+(?:из\s+них\s+)?получил\s+(?:по\s+)?грант")
# Given something ("получили новые учебники", "received food kits"): reached, unless it is a prize.
RECEIVED = re.compile(r"(?<![а-яa-z])(?:получил[аи]|алышты|received|got)(?![а-яa-z])")
PRIZE_THING = re.compile(r"приз|наград|сыйлык|prize|award|диплом|грамот|медал|кубок")
# A list of who was present, the number one of its items (the comma cut it from its verb).
LISTED_AFTER = re.compile(r"(?<![а-яa-z])(?:присутствовал[аи]?|приняли\s+участие|участвовал[аи]|катышты|катышышты|"
                          r"attended|took\s+part|participated|were\s+present)\s+[^.;:!?]*,[^.;:!?]*$")
# A place in a ranking: money said beside it is that place's prize, not the event's funding.
PLACE_RANK = re.compile(r"(?<![а-яa-z])(?:биринчи|экинчи|учунчу|перв[а-я]+|втор[а-я]+|трет[а-я]+|first|second|"
                        r"third)\s+(?:орун|мест|place|prize)|\d-(?:орун|мест)|(?:i|ii|iii)\s+(?:орун|мест)")
# "восемь проектов-победителей", "беш жеңүүчү команда": the winners of a contest, funded where grants are said
WINNING = re.compile(r"победител|женуучу|winning|winners?(?![a-z])")
# A lone "он" in a Russian sentence is the pronoun, not the Kyrgyz "ten".
RUSSIAN_WORDS = re.compile(r"(?<![а-я])(?:и|в|на|что|не|по|для|с|из|его|ее|их)(?![а-я])")
RUSSIAN_PAST_AFTER = re.compile(r"\s+[а-я]{3,}(?:ил|ал|ел|ял|ул)(?:а|и|о|ся)?(?![а-я])")
# "в республике проживает более 204 тыс. лиц с инвалидностью": a population, not people reached
LIVING_BEFORE = re.compile(r"(?<![а-я])(?:проживает|проживают|живут|живет|жашайт|жашашат|насчитывается)(?![а-я])|"
                           r"(?<![a-z])(?:live|lives|living)(?![a-z])|"
                           # a school's whole roll, not those the event reached: "Всего в школе учатся 2 300 детей"
                           r"(?<![а-я])всего\s+в\s+(?:[а-я]+\s+){1,2}(?:учатся|обучаются)(?![а-я])")
# "тренинг для 25 педагогов", "для 40 фермеров проведён полевой день": the audience of a session
SESSION_FOR = re.compile(r"(?<![а-яa-z])(?:для|for)\s+(?:(?:более|около|свыше|over|about|more\s+than)\s+)?\|")
SESSION_WORD = re.compile(r"тренинг|семинар|встреч|курс|урок|заняти|полев[а-я]*\s+д|мастер-класс|training|seminar|"
                          r"workshop|session|course|field\s+day")
# Who a facility or service is for ("кызмат көрсөтөт", "рассчитан на", "will be used by").
SERVES = re.compile(
    # "тейлейт" (serves): "Жаңы ФАП … 1 600дөн ашык тургунун тейлейт"
    r"кызмат\s+(?:корсот|кыл)|кызмат(?!кер)[а-я]*\s+(?:[а-я]+\s+)?корсот|(?<![а-я])(?:тейле(?:йт|шет|й\s+турган)(?![а-я])|обслужива(?!ни)|рассчитан[а-я]*\s+на\s|пайдаланат|пайдаланышат|"
    r"колдон(?:от|ушат)(?![а-я])|(?:бакча|мектеп)[а-я]*\s+(?:\S+\s+){0,3}бар(?:ат|ышат)(?![а-я])|катна(?:йт|шат)(?![а-я])|кун\s+сайын|ежедневно|каждый\s+день|посеща(?:ют|ет)(?![а-я])|пайда\s+(?:ал(?:ат|ышат|ды|ышты)|кор(?:от|ушот))(?![а-я])|"
    r"польз[уа]\s+(?:от\s+(?:[а-я]+\s+){1,3})?(?:получ|извлек)|(?:получ|извлек)[а-я]*\s+пользу)|"
    r"(?<![a-z])(?:serves?|serving|will\s+serve|(?:be\s+)?used\s+by|will\s+benefit|are\s+enrolled|study\s+(?:at|in))(?![a-z])|"
    # the pupils a school teaches and the people a service will help are its users, now or to come
    r"(?<![а-я])(?:учатся|обучаются|окушат|окуйт|билим\s+ал(?:ат|ышат))(?![а-я])|"
    r"помощ[а-я]*\s+(?:[а-я]+\s+){0,3}получат|получат\s+(?:[а-я]+\s+){0,2}помощ|жардам\s+ал(?:ат|ышат)(?![а-я])|"
    # the help or services a service gives: "будет оказывать помощь 300 женщинам", "жардам корсотот",
    # "будет оказывать услуги … 180 детям", "кызматтарын акысыз көрсөтөт"
    r"оказыва(?:ть|ет|ют)\s+(?:[а-я]+\s+){0,2}?(?:помощь|услуг[аи])|жардам\s+корсот(?:от|ушот)(?![а-я])"
)
# Participation summed over a project's life or its other events is not this event's attendance
# (its results to date — people trained, reached — still are indicators).
OTHER_EVENTS = re.compile(
    r"за\s+это\s+время|за\s+время\s+(?:реализации|работы|действия)|с\s+(?:начала|момента)\s+(?:реализации|"
    r"проекта|программы|запуска)|в\s+(?:его|ее|их)\s+мероприятиях|в\s+мероприятиях\s+(?:проекта|программы)|"
    r"долбоор\s+башталгандан\s+бери|ушул\s+убакка\s+чейин|долбоордун\s+иш-чараларына|"
    r"since\s+(?:the\s+start|its\s+launch|the\s+launch)|to\s+date|in\s+(?:its|the\s+project's)\s+(?:events|activities)"
)
GRANT_WORD = re.compile(r"грант|grant")
GRANT_GIVEN = re.compile(
    r"award|present|receiv|handed|won(?![a-z])|получил|получат|выдан|вручен|вручил|присужд|выиграл|победил|"
    r"берилд|тапшырыл|ыйгарыл|утуп|утушт|алышт|алды(?![а-я])"
)
APPLIED = re.compile(r"заявк|арыз|application|applied|подал|тапшырышт")
# Background: a figure dated "since" a year ("с 1997 года", "2015-жылдан бери", "since 2015") is the
# history of the organization, not the event's.
# ("с 2015 года по 2020 год" is a span; "с 2015 года по программе ITEC" is since, "по" a preposition)
SINCE = re.compile(r"(?:(?<![а-яa-z])(?:с|since)\s+((?:19|20)\d\d)"
                   r"(?!\s*(?:год[а-я]*|г\.)?\s*(?:(?:по|до)\s+(?:\d|[а-я]+\s+(?:19|20)\d\d)|[-–—]))|"
                    r"((?:19|20)\d\d)-?(?:жылдан|жылдардан)\s+(?:бери|баштап))")
# A sentence opening with an earlier year and no day ("В 2023 году …", "2022-жылы …") reports that year.
YEAR_OPENING = re.compile(r"\s*(?:(?:в|in)\s+)?((?:19|20)\d\d)(?:\s*(?:году|г\.)|-?жылы|,)\s")
LAST_YEAR = re.compile(r"(?<![а-яa-z])(?:в\s+(?:прошлом|прошедшем)\s+(?:[а-я]+\s+)?(?:году|сезоне)|отк[оа]н\s+(?:[а-я]+\s+)?(?:жылы|сезондо|сезонда)|былтыр(?:кы)?|last\s+(?:[a-z]+\s+)?(?:year|season)|"
                       r"in\s+the\s+previous\s+year|(?:has|have)\s+since|since\s+then|с\s+тех\s+пор)(?![а-яa-z])")
# A relative clause that turns to other circumstances: ", где …", ", which …", ", анда …".
RELATIVE_ASIDE = re.compile(r",\s*(?:где|когда|которы[а-я]+|where|which|when|анда|ал\s+жерде)(?![а-яa-z])")
THIS_YEAR = re.compile(r"(?<![а-яa-z])(?:быйыл|в\s+этом\s+году|в\s+текущем\s+году|this\s+year)(?![а-яa-z])")
# Another, earlier event told for comparison: "Ранее аналогичный тренинг прошли 30 человек".
OTHER_EVENT = re.compile(r"^\W*(?:ранее|мурда|мындан\s+мурун|previously|earlier|напомним|эске\s+салсак)(?![а-яa-z])|"
                         r"(?<![а-яa-z])(?:аналогичн[а-я]*\s+(?:тренинг|семинар|встреч|мероприяти|форум|акци|конкурс|"
                         r"ярмарк|кампани|субботник)|ушундай\s+эле\s+(?:тренинг|семинар|жолугушуу|иш-чара|форум|акци|"
                         r"сынак|жыйын|ярмарк|кампания)|ушул\s+сыяктуу|a\s+similar\s+(?:training|event|meeting|forum|"
                         r"campaign|competition|fair|clean-up))")
# The start of a press release's "about us" block (folded, at a line start).
ABOUT_HEADING = re.compile(
    # a bare "About" / "About us" / "О нас" heading alone on its line heads the same block
    r"^[ \t]*(?:(?:about(?:\s+us)?|о\s+нас)[ \t]*:?[ \t]*$|about\s+(?:the\s+)?[^\n:.]{1,60}(?::|$)|notes?\s+(?:to|for)\s+editors?:?|"
    r"о\s+(?:проекте|фонде|программе|организации|компании)\b[^\n:.]{0,60}(?::|$)|об\s+организации:?|"
    r"(?:справка|для\s+справки|справочно)\s*:|[^\n:.]{1,40}\s+жонундо\s*(?::|$))",
    re.MULTILINE)
# "2022-жылы", "в 2022 году", "in 2022": a year the clause reports on.
YEAR_IN_CLAUSE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*году|-?жылы(?![а-я])|-?жылдары(?![а-я]))|(?<![a-z])in\s+((?:19|20)\d\d)(?!\d)")
# "300 миң сомго чейин", "до 80 тыс. сомов", "up to USD 5,000": a ceiling per grant, not a total.
UP_TO_BEFORE = re.compile(r"(?<![а-яa-z])(?:до|up\s+to|максимум|не\s+более)\s*(?:usd|\$|eur|€|kgs)?\s*$")
# "80 миң сомго чейин", "сомго чейинки гранттар" (the adjective form): a ceiling, in every dative vowel
UP_TO_AFTER = re.compile(r"\s*(?:(?:га|ге|го|ка|ке|ко)\s+)?чейин(?:ки)?(?![а-я])")
PRIZE_MONEY = re.compile(r"приз|сыйлык|prize|(?<![а-я])мест[аоу]?(?![а-я])|(?<![а-я])орун(?:га|ду|дар|у)?(?![а-я])")
AMOUNT_LIST_BEFORE = re.compile(r"\d\s*(?:,|и|жана|and)\s*$")
TOTAL_FUND = re.compile(r"фонд|жалпы|общ[а-я]*\s+(?:сумм|бюджет)|total|budget|бюджет")
HEADS_BEFORE = re.compile(r"(?<![а-яa-z])(?:глав[аыуе]?|руководител[а-я]*|heads?\s+of)\s+$")
# "айыл өкмөттөрүнүн кызматкерлери": the staff of the bodies, who are officials
HEADS_AFTER = re.compile(r"\s*(?:[а-я]+\s+)?(?:башчы|жетекчи|кызматкер|окул)")
SPLIT_CUE = re.compile(
    r"(?:м\.\s?и\.?|(?:анын|алардын)\s+ичинде|алардын\s+ичинен|алардын\s+арасында|среди\s+них|алардын|анын|"
    r"ичинен|из\s+них|в\s+(?:том|их)\s+числе|алардын\s+катарында|из\s+которых|катышуучулардын(?:\s+(?:ичинен|арасында))?|"
    r"среди\s+(?:участник[а-я]*|присутствующ[а-я]*)|including|of\s+whom|of\s+which|among\s+them|"
    r"among\s+(?:the\s+)?participants|of\s+them|of\s+(?:the|these|those)\s+(?:participants|present|attendees|trained|"
    r"trainees|graduates))\s*[,:\-–—]?\s*"
    r"(?:(?:более|около|свыше|почти|примерно|over|about|nearly|more\s+than)\s+)?$"
)
# "52 человека: 38 женщин и 12 мужчин", "60 participants — 35 women": a colon or dash opens the breakdown.
BREAKDOWN = re.compile(r"\s*[:—–]\s*")
# The total named after its women and men: "…, всего 52 человека", "Жалпысынан 42 адам", "30 in total".
TOTAL_CUE = re.compile(r"(?<![а-яa-z])(?:всего|итого|в\s+общей\s+сложности|жалпы|жалпысынан|бардыгы|a\s+total\s+of|"
                       r"in\s+total|total(?:ling)?|overall)(?![а-яa-z])")
TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether|всего|баары)(?![а-яa-z])")
GENERIC_PERSON = re.compile(r"\s*(?:адам|киши|человек|чел\.?|people|persons)(?![а-яa-z])")
GENITIVE_END = re.compile(r"(?:нын|нин|нун|дын|дин|дун|тын|тин|тун)$")
# A sentence that starts with a split cue and then qualifies who is counted.
SPLIT_OPENING = re.compile(r"(?:(?:анын|алардын)\s+ичинде|алардын\s+ичинен|алардын\s+арасында|из\s+них|среди\s+них|"
                           r"в\s+(?:том|их)\s+числе|алардын\s+катарында|среди\s+(?:участник|присутствующ)[а-я]*|among\s+them|of\s+them|"
                           r"катышуучулардын\s+(?:арасында|ичинде|ичинен)|among\s+(?:the\s+)?participants)\s+[^\d]*$")
# "Of the 60 participants, 35 were women": the total is named as the whole the next figures divide.
PARTITIVE_BEFORE = re.compile(r"(?<![а-яa-z])(?:of\s+the|out\s+of|из)\s+$")
# "29 of the participants", "21 из участников": a part named as of the event's participants, not "of them".
PARTICIPANTS_NAMED = re.compile(r"\s+(?:of\s+the\s+(?:participants|attendees|trainees|graduates|delegates)|"
                                r"из\s+(?:числа\s+)?(?:участник|слушател|присутствующ)[а-я]*)(?![а-яa-z])")
# What the participants proposed or recommended is not done: "предложили открыть ещё 3 центра".
PROPOSED = re.compile(r"предлож|сунушт|proposed|suggested|recommend|рекоменд")
# Where a clause turns to a part of what was just counted.
SUBSET_AHEAD = re.compile(r"(?<![а-яa-z])(?:алардын|из\s+них|из\s+которых|of\s+(?:them|which|whom)|"
                          r"among\s+them|среди\s+них)(?![а-яa-z])")
PARTICIPANT_BEFORE = re.compile(
    r"(?:(?:участник[а-я]*|катышуучулар|participants|attendees|посетител[а-я]*|гост(?:ей|и)|visitors|guests|"
    r"конокто[а-я]*)\s*(?:составил[а-я]*|было|стало|numbered|:|—|–|-)"
    r"|(?:катышуучулард|катышкандард)[а-я]*\s+(?:жалпы\s+)?саны|число\s+участник[а-я]*|количество\s+участник[а-я]*|number\s+of\s+participants"
    r"(?:\s+was)?)\s*(?:составил[а-я]*|:|—|–|-)?\s*(?:более|около|свыше|почти|примерно|over|about|around|some|"
    r"more\s+than|nearly)?\s*$"
)
# Money per recipient, never a total unless the clause says it is one ("общая сумма", "жалпы").
EACH_BEFORE = re.compile(r"(?<![а-яa-z])(?:кажд[а-я]*|ар\s+бир|each|every|средн[а-я]*|орточо|average|"
                         r"максимал[а-я]*|минимал[а-я]*|maximum|minimum|предельн[а-я]*|"
                         r"на\s+(?:одного|одну|человека)|per\s+(?:person|participant|head))(?![а-яa-z])")
EACH_AFTER = re.compile(r"\s*(?:кажд[а-я]*|each|apiece|на\s+(?:каждого|человека|одного)|per\s+[a-z]+)(?![а-яa-z])")
WINNERS_GET = re.compile(r"(?<![а-яa-z])(?:победител|призер|призёр|лауреат|женуучу|winners?(?![a-z]))")
GRANT_SIZE_AFTER = re.compile(r"(?:дук|дык|тук|тык|лук|лык)\s+(?:грант|сыйлык|приз)")
# Prices, wages, fees and fines are not money granted to the event.
NOT_MONEY_BEFORE = re.compile(r"(?:зарплат|айлык|цена|salary|price|тариф)[а-я]*\s*\S*\s*$|"
                              r"(?:килограмм|литр|баасы|бааны)[а-я]*\s*$|"
                              r"(?<![а-яa-z])(?:зарплат[а-я]*|айлык\s+акы|стоит|стоят|билет[а-я]*|ticket|fee|"
                              r"взнос[а-я]*|штраф[а-я]*|айып\s+пул|fines?)(?![а-яa-z])|"
                              r"(?:стоимост[а-я]*|цен[аы])\s+(?:одного|одной|одну)(?![а-я])")
# "30 сом за килограмм", "USD 2 per kg": a price
PER_UNIT_AFTER = re.compile(r"\s*(?:за|per|/)\s*(?:кг|килограмм|литр|штук|kg|kilo|litre|liter)(?![а-яa-z])")
# Who will take part is a plan: "примут участие 500 человек", "200 адам катышат"
WILL_TAKE_PART = re.compile(r"(?<![а-яa-z])(?:примут\s+участие|примет\s+участие|будут\s+участвовать|ожида(?:ет|ют|ется|ются)|"
                            r"катышат|катышышат|will\s+(?:take\s+part|participate|attend)|expected\s+to)(?![а-яa-z])")
DISTRIBUTIVE = re.compile(r"(?<![а-я])(?:по|each|per)\s*$")
DISTRIBUTIVE_SUFFIX = re.compile(r"(?:дон|дан|ден|тан|тен|тон)(?![а-я])")
# "помещения в двух школах": the rooms lent for the event, no school covered
VENUE_BEFORE = re.compile(r"(?<![а-яa-z])(?:(?:помещени[а-я]*|premises|rooms?|зал[а-я]?|здани[а-я]*)\s+(?:в|во|in|at|of)|"
                          r"возле|вблизи|рядом\s+с|near|next\s+to)\s+$")
# "Кара-Буура жана дагы үч айыл – жалпысынан 5 айыл": the places beyond those named, inside the total
MORE_BEFORE = re.compile(r"(?<![а-яa-z])(?:дагы|еще|ещё|another|more)\s+$")
FROM_BEFORE = re.compile(r"(?<![а-яa-z])(?:из|from)\s+$")
FOR_BEFORE = re.compile(r"(?<![а-яa-z])(?:for|для)\s+(?:(?:more\s+than|over|about|около|более)\s+)?$")
CURRENCY_BEFORE = re.compile(r"(?<![\w])(usd|us\$|\$|eur|€|chf|kgs|rub|₽|kzt|₸|gbp|£|jpy|¥|cny|rmb|krw|uzs)\s?$")
CURRENCY_CODE = {"usd": "USD", "us$": "USD", "$": "USD", "eur": "EUR", "€": "EUR", "chf": "CHF", "kgs": "KGS",
                  "rub": "RUB", "₽": "RUB", "kzt": "KZT", "₸": "KZT",
                 "gbp": "GBP", "£": "GBP", "jpy": "JPY", "¥": "JPY", "cny": "CNY", "rmb": "CNY", "krw": "KRW", "uzs": "UZS"}
LSG_CONTEXT = re.compile(r"маб|жоб|мсу|самоуправ|органов\s+местного|жергиликтуу\s+оз\s+алдынча|айыл окмот|муниципал|мэри|администрац|госорган|мамлекеттик|"
                          r"государствен|акимиат|министр")

GROUPS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), g) for p, g in (
    (r"(?:жаштар|молод[а-я]*|youth)\s+(?:\S+\s+)?(?:актив|activ)", "youth activists"),
    (r"(?:аял|айым|женщин)[а-я\-]*\s*лидер|лидер\s+(?:аял|айым)", "women leaders"),
    (r"демилгелуу\s+топ|инициативн[а-я]*\s+групп", "initiative group members"),
    (r"активист|activist", "activists"),
    (r"жаштар|жаш(?:\s|$)|молод|youth|young", "youth"),
    (r"мугалим|учител|педагог|teacher", "teachers"),
    (r"окуучу|школьник|учащ|ученик|pupil", "pupils"),
    (r"студент|student", "students"),
    (r"фермер|дыйкан|farmer", "farmers"),
    (r"ишкер|предприним|entrepreneur", "entrepreneurs"),
    (r"волонтер|ыктыярчы|volunteer", "volunteers"),
    (r"тургун|жашоочу|жител|resident", "residents"),
    (r"депутат|deput", "deputies"),
    (r"журналист", "journalists"),
    (r"медик|медработ|дарыгер|врач|медицин|медайым|медсестр|nurse", "health workers"),
    (r"ата-эне|родител|parent", "parents"),
    (r"эне|матер|mother", "mothers"),
    (r"майып|инвалид|disabilit", "persons with disabilities"),
    (r"мигрант", "migrants"),
    (r"полиц|милиц", "police officers"),
    (r"лидер|leader", "leaders"),
    (r"балдар|дет[еия]|children", "children"),
))
# a sex noun joined, with no number of its own, to people of the other sex or of any ("женщинам и детям")
AND_OTHERS = re.compile(r"[^\S\n]+(?:и|жана|and)[^\S\n]+(?:их[^\S\n]+|алардын[^\S\n]+|their[^\S\n]+)?"
                        r"(?:дет(?:и|ей|ям|ьми)|балдар|балдарына|балдарга|children|мужчин|эркек|men(?![a-z])|женщин|аял|"
                        r"women|подрост|семь|famil)\w*")
