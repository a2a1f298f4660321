"""The words that give an organization its role, in Kyrgyz, Russian and English (folded text).

Post-cues follow the names they govern (Kyrgyz postpositions and verbs, "X выступил организатором"),
pre-cues precede them ("при поддержке X", "funded by X"), label words head a sentence or list
("Донор — X", "Партнёры:").  Roles "support" and "owner" are resolved by the organization's kind
(see ``roles``).
"""

from __future__ import annotations

# Roles "support" and "owner" are resolved by kind (see module doc). Patterns run on folded text.
POST_CUES: tuple[tuple[str, str], ...] = (
    # "GIZдин «…» долбоорунун каржылоосу менен": the money of X's project is X's money (before the owner word)
    ("donor", r"долбоор\w*\s+каржылоо\w*(?:\s+менен)?|тарабынан\s+(?:\w+\s+){0,2}?каржылан\w*|каржылык\s+колдоо\w*(?:\s+менен)?|каржыл\w*|финансылык\s+колдоо\w*|финансыл\w*\s+менен"
              # демөөрчү and демөөчү are both the Kyrgyz sponsor ("демөөчүлүгү менен курулду")
              r"|демоо?р?чулу[гк]\w*|спонсорлу[гк]\w*|каражат\w*\s+(?:менен|эсебинен)|каражатына|эсебинен(?!\w)"
              r"|гранттык\s+колдоо\w*"
              # the channel of the money: "IFRC аркылуу ECHOнун каржылоосу менен" — both bodies pass the funds
              r"|аркылуу(?=(?:\s+[\w()«»\"-]+){1,10}?\s+каржыл)"
              # "GIZ BMZнин тапшырмасы боюнча": the ministry commissioned the work, the agency carries it out
              r"|тапшырма\w*\s+боюнча"
              r"|выдел\w*\s+(?:грант|средств|финансировани|деньги)\w*"
              r"|тарабынан\s+(?:\w+\s+){0,2}?буйрутма\w*|буйрутма\w*|демоо?р?чу\w*"
              r"|грант\w*\s+(?:менен|эсебинен|аркылуу)"
              # "Ассоциация городов выступила соорганизатором": the Russian role noun after its subject
              r"|выступ(?:ил|ает|ают)\w*\s+(?:в\s+качестве\s+)?(?:спонсор|донор)\w*"
              r"|funded(?!\s+by)|financed(?!\s+by)|sponsored(?!\s+by)"
              # the Russian finite verbs of paying after their subject: "банк оплатил мешки и вывоз мусора",
              # "компания профинансировала ремонт"; Kyrgyz "X … төлөп берди"; "X paid for the buses"
              r"|профинансировал\w*|оплатил\w*|спонсировал\w*|толоп\s+бер(?:ди|ишти|ген)(?!\w)|paid\s+for(?!\s+by)"
              # the body that gave the prizes sponsors the event: "X предоставил призы", "X provided the prizes"
              r"|предостав\w*\s+(?:призы|призов\w+\s+фонд|подарки)|provided\s+(?:the\s+)?(?:prizes|prize\s+fund)"),
    ("implementer", r"тарабынан|уюштур(?!\w*\s+(?:жардам|комок))\w*|ишке\s+ашыр(?!ыл)(?!ууда\s+(?:\w+\s+)?оноктош)\w*|откорго\w*|откоргон|откорду|откорушту|демилгеси\s+менен|жузого\s+ашыр\w*"
                    r"|организовал\w*|пров[её]л\w*|провели|провод(?:ит|ят)(?!\w)|реализует|реализовал\w*|представил\w*|презентовал\w*"
                    r"|выступ(?:ил|ает|ают)\w*\s+(?:в\s+качестве\s+)?(?:главн\w+\s+)?организатор\w*"
                    # an organization's own press service reports its event
                    r"|маалымат\s+кызмат\w*\s+(?:билдир|маалымда|кабарла)\w*"
                    r"|басма\s+соз\s+кызмат\w*\s+(?:билдир|маалымда|кабарла)\w*"
                    r"|organi[sz]ed(?!\s+(?:by|with|in|under|jointly|together))|conducted(?!\s+by)|implemented(?!\s+by)"
                    r"|hosted(?!\s+by)|launched(?!\s+by)|курду|курушту|куруп\s+берди"
                    # "the Naryn Women's Council held a forum"; a passive "was held" names no organizer
                    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)(?<!is\s)(?<!are\s)held(?!\s+(?:by|in|on|at|during|under|with)\b)"
                    # a contractor "carried out" the works: иштерин X аткарды
                    r"|аткар(?:ды|ышты)(?!\w)"
                    r"|acted\s+as\s+(?:the\s+|an?\s+)?(?:main\s+)?organi[sz]er|served\s+as\s+(?:the\s+|an?\s+)?(?:main\s+)?organi[sz]er"),
    # "X өкүлдөрү да катышты": present, not organizing; attached to the list right before it only.
    ("participant", r"окул\w*\s+(?:да\s+|дагы\s+)?катыш\w*|кызматкер\w*\s+(?:да\s+|дагы\s+)?катыш\w*"
                    # "X-тин студенттери да колдоо көрсөтүштү": X's students joined in, X did not back the event
                    r"|(?:студент|окуучу|ыктыярчы|волонтер|муч[ео])\w*\s+(?:да\s+|дагы\s+)?"
                    r"(?:колдоо\s+корсот|кошул|катыш|чыг)\w*"
                    r"|да\s+катыш\w*|катыш(?:ты|ышты|кан|ышкан|ып|ышып|ат|ышат|уусу\s+менен)(?!\w)"
                    r"|representatives?\s+(?:also\s+)?(?:attended|took\s+part|participated)"
                    r"|also\s+(?:attended|took\s+part|participated)|attended(?!\w)|took\s+part(?!\s+as\s+(?:an?\s+|the\s+)?co)"
                    r"|participated(?!\s+as\s+(?:an?\s+|the\s+)?co)"
                    r"|также\s+(?:приня\w*\s+участие|участвовал\w*|присутствовал\w*)"
                    r"|приня\w*\s+участие(?!\s+в\s+качестве\s+со)"
                    r"|участвовал\w*|присутствовал\w*"),
    ("partner", r"выступ(?:ил|ает|ают)\w*\s+(?:в\s+качестве\s+)?(?:со\s*организатор|партнер)\w*"
                # "X helped organize the volunteers": a hand in the organizing, not the organizer
                r"|уюштурууга\s+(?:жардам|комок)\w*|помог\w*\s+(?:в\s+)?организ\w*|помог\w*\s+(?:в\s+)?провести"
                r"|(?:helped|assisted)\s+(?:to\s+|in\s+|with\s+)?organi[sz]\w*"
                # "took part as a co-organiser of the session": the role noun, not the attendance, says it
                r"|(?:took\s+part|participated)\s+as\s+(?:an?\s+|the\s+)?co\s*organi[sz]er"
                r"|приня\w*\s+участие\s+в\s+качестве\s+соорганизатор\w*|тен\s+уюштуруучу\w*\s+катары\s+катыш\w*"
                r"|acted\s+as\s+(?:the\s+|an?\s+)?(?:co\s*organi[sz]er|partner)|served\s+as\s+(?:the\s+|an?\s+)?(?:co\s*organi[sz]er|partner)"
                # "X коомдук фондунун, долбоордун өнөктөшүнүн, өкүлдөрү": the project's partner, not its owner
                # (an apposition, after its comma: before a name the words describe that name)
                r"|(?<=,\s)(?:долбоордун|программанын)\s+(?:жергиликтуу\s+)?оноктош\w*"
                # the same apposition in English and Russian: "X, the project's local partner, arranged …",
                # "X, партнёр проекта, организовала …"
                r"|(?<=,\s)the\s+(?:[a-z]+(?:'s|’s|s')\s+)?(?:local\s+|main\s+|key\s+|implementing\s+)?partner(?:\s+organi[sz]ation)?(?=,)"
                r"|(?<=,\s)партнер\w*\s+(?:проекта|программы|ярмарки|форума|фестиваля)(?=,)"
                r"|(?<=,\s)(?:местн|основн)\w+\s+партнер\w*\s+(?:проекта|программы|ярмарки|форума|фестиваля)(?=,)"
                r"|менен\s+менен\s+онокташтыкта|менен\s+оноктоштукто|оноктош\w*|менен\s+биргеликте"
                r"|менен\s+кызматташтыкта|менен\s+бирдикте|менен\s+биргелешип|менен\s+бирге(?!\w)"
                r"|техникалык\s+(?:жактан\s+)?колдоо\w*(?:\s+менен)?|техникалык\s+жардам\w*(?:\s+менен)?"),
    ("support", r"жардам\s+бер(?:ди|ишти|ген)(?!\w)|колдоо\w*\s+менен|колдоосу\s+аркылуу|колдоо\s+корсот\w*|колдоосунда|колдоосу\s+астында"
                r"|комок\s+корсот\w*|комогу\s+менен|жардам\s+корсот\w*|жардамы\s+менен"
                # an English subject that supports the event or its people ("X supports the trainees")
                r"|supports(?!\w)|supported(?!\s+by)"),
    # a visit is the visiting body's ("X-тин делегациясы келди", "делегация X посетила"): a funder's
    # delegation comes as the donor, an agency's as the implementer (resolved like a project's owner)
    # "X presented its project's results": an NGO presents its own work, a funder the project it pays for
    # the accusative "долбоорду ишке ашырууда" makes the project an object, not the name's own
    ("owner", r"биргелешкен\s+долбоор\w*|долбоор(?!(?:лор)?ду(?!\w))\w*|программа\w*\s+алкагында|делегация\w*"
              r"|presented(?!\s+(?:by|to|with|at|in|on)\b)"
              # "X opened a new mini-pitch": a federation or an NGO opens what it built, a funder what it paid for
              r"|opened(?!\s+(?:by|to|with|at|in|on|for)\b)"),
)
PRE_CUES: tuple[tuple[str, str], ...] = (
    ("donor", r"(?:донор|демоо?р?чу|каржылоочу)\w*\s+катары|в\s+качестве\s+(?:\w+\s+)?(?:донор|спонсор)\w*"
              # Russian puts the event first and the payer after its verb: "Оснащение центра профинансировало
              # Посольство X", "Мешки оплатила компания «Y»", "оплачено компанией Z"
              r"|профинансировал\w*|оплатил\w*|оплачен\w*|спонсировал\w*"
              # the Kyrgyz participle before its noun: "демөөрчүлүк кылган «Талас-Агро» ЖЧК" (the sponsoring LLC)
              r"|демоо?р?чулу[кг]\s+(?:кылган|корсоткон)|каржылоочулук\s+кылган"
              # a co-funder pays too: "софинансирование — ОАО «Айыл Банк»", "co-funded by X", "кошумча каржылоочу"
              r"|софинансир\w*|co[\s-]?(?:funded|financed)\s+by|co[\s-]?funding\s+from"
              r"|при\s+финансов\w+\s+поддержке|финансир\w*|за\s+сч[её]т\s+(?:\w+\s+)?(?:средств|гранта?|грантов|финансирования|взноса)|при\s+финансировании"
              # "построено на средства X": the money's owner, nearer the name than the building verb
              r"|(?:на|из)\s+средства?(?!\w)|на\s+деньги|(?:with|using)\s+funds\s+(?:from|of|provided\s+by)|paid\s+for\s+by"
              r"|funded\s+by|financed\s+by|with\s+(?:the\s+)?financial\s+support\s+of|sponsored\s+by"
              r"|with\s+funding\s+from|funding\s+from|grants?\s+from|по\s+поручению|on\s+behalf\s+of"
              r"|грант\w*\s+от|с\s+грантом\s+от|по\s+заказу|commissioned\s+by|донором|донорами|спонсором|спонсорами"
              r"|при\s+грантовой\s+поддержке|финансов\w+\s+поддержк\w+\s+(?:оказал\w*|предостав\w*)"
              r"|with\s+(?:the\s+)?financial\s+support\s+from|каржылоочу\w*|демоо?р?чу\w*"
              # "при технической поддержке ВОЗ и финансовой поддержке Gavi": the second "при" is left out
              r"|и\s+финансов\w+\s+поддержке"
              # "призовой фонд предоставило ОАО «Айыл Банк»", "the prizes were provided by X"
              r"|(?:призов\w+\s+фонд\w*|призы|подарки)\s+(?:для\s+\w+\s+)?предостав\w*"
              r"|(?:prizes|the\s+prize\s+fund)\s+(?:were|was)\s+(?:provided|donated|sponsored)\s+by"
              # "победители получили призы от компании X", "prizes and certificates from X": what X gave
              r"|(?:призы|подарки|призов\w+\s+фонд\w*)\s+(?:и\s+\w+\s+)?от(?!\w)"
              r"|(?:prizes|gifts|the\s+prize\s+fund)\s+(?:and\s+\w+\s+)?from(?!\w)"),
    # the trainers who ran the sessions: "занятия вели тренеры X", "тренинг провели эксперты X" (resolved by kind:
    # a hired firm implements, another body's experts take part; see ``roles.resolve``)
    ("trainer", r"(?:занятия|сессии|уроки|модули|тренинг\w*|семинар\w*|обучение|курсы)\s+(?:вели|в[её]л|вела|провел[аио]?|пров[её]л"
                r"|проводили)\s+(?:\w+\s+)?(?:тренер|эксперт|специалист|преподавател|сотрудник)\w*"
                r"|тренерами\s+выступили\s+(?:\w+\s+)?(?:тренер|эксперт|специалист|преподавател|сотрудник)\w*"
                r"|(?:sessions|training|classes|courses?)\s+(?:was|were)\s+(?:led|delivered|conducted|run)\s+by\s+"
                r"(?:\w+\s+)?(?:trainers|experts|specialists|lecturers|staff)\s+(?:of|from)"),
    ("implementer", r"организова\w*|организатор\w*"
                    # the contractor who did the work: "подрядчик — ОсОО X", "иштерин аткарган X ЖЧК"
                    r"|подрядчик\w*|contractor,?|иштерин\s+аткарган|work\s+was\s+done\s+by"
                    r"|реализу\w*|реализова\w*|проводим\w*|провод(?:ит|ят)(?!\w)|провед[её]н\w*"
                    r"|пров[её]л\w*|провели|implemented\s+by|organi[sz]ed\s+by|conducted\s+by|run\s+by"
                    r"|hosted\s+by|carried\s+out\s+by|built\s+(?:and\s+\w+\s+)?by|equipped\s+by|delivered\s+by|led\s+by"
                    # "Центр создан фондом X": the passive names its maker
                    r"|создан[аоы]?(?!\w)"
                    r"|построил\w*|построен\w*|выполнил\w*|выполнен\w*|сообщ\w*\s+пресс\s+служб\w*|информир\w*\s+пресс\s+служб\w*|силами|по\s+инициативе|initiated\s+by|at\s+the\s+initiative\s+of|уюштуруучу\w*(?:\s+катары)?"),
    # Plural only: "Постоянный представитель ПРООН посетила…" is a person's title, not attendance.
    ("participant", r"среди\s+участник\w*|в\s+числе\s+участник\w*|among\s+(?:the\s+)?participants"
                    # a grant contest's winners receive, they do not carry out the event
                    r"|среди\s+победител\w*|в\s+числе\s+победител\w*|among\s+(?:the\s+)?winners"
                    r"|женуучулордун\s+(?:арасында|катарында)"
                    r"|specialists\s+(?:of|from)|experts\s+(?:of|from)|staff\s+(?:of|from)|employees\s+of"
                    r"|students\s+(?:of|from)|volunteers\s+(?:of|from)|студенты|студентов|волонтеры|волонтеров"
                    r"|ученые|ученых|scientists\s+(?:of|from)|researchers\s+(?:of|from)"
                    r"|члены|членов|members\s+of"
                    r"|катышуучулардын\s+(?:арасында|катарында)"
                    r"|представители|представителей|сотрудники|сотрудников|при\s+участии|с\s+участием|приня\w*\s+участие"
                    r"|участвовал\w*|присутствовал\w*|representatives?\s+of|with\s+the\s+participation\s+of"
                    r"|attended\s+by"
                    # the parties to a memorandum signed at the event ("меморандум о сотрудничестве между X, Y и Z")
                    r"|(?:меморандум|соглашени)\w*\s+(?:о\s+\w+\s+)?между|(?:memorandum|agreement)\s+(?:of\s+\w+\s+)?between"),
    # technical support is expertise, not money: the UN agency or NGO that gives it is a partner
    ("partner", r"содействие\s+(?:в\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+)?оказал\w*"
                r"|помощь\s+в\s+(?:организации|проведении)\s+(?:[\w-]+\s+){0,2}?оказал\w*"
                r"|при\s+техническ\w+\s+(?:и\s+\w+\s+)?(?:поддержке|содействии)|при\s+технической\s+помощи"
                r"|with\s+(?:the\s+)?technical\s+(?:support|assistance)\s+(?:of|from)|technical\s+support\s+from"
                r"|соорганизатор\w*|в\s+партн[её]рстве\s+с|совместно\s+с|вместе\s+со?(?!\w)|при\s+содействии|в\s+сотрудничестве\s+с"
                r"|в\s+рамках\s+сотрудничества\s+с|при\s+организационн\w+\s+поддержке"
                r"|in\s+partnership\s+with|together\s+with|jointly\s+with|in\s+cooperation\s+with"
                r"|in\s+collaboration\s+with|partners?\s+(?:were|are|included)"
                # "партнер проекта — фонд X": the role noun with its project is one cue, so the project
                # word does not make X the project's owner
                # but "банков-партнёров" (folded "банков партнеров") is a kind of participant, not a role noun
                # "Партнёром тренинга выступил X": the role noun, its event and the verb before the name
                r"|партн[её]ром\s+(?:[\w-]+\s+){0,2}?выступ(?:ил|ила|или|ает|ают)(?!\w)"
                r"|(?<!ов\s)(?<!ей\s)(?<!ий\s)партн[её]р\w*(?:\s+(?:проекта|программы))?"
                r"|(?:project|programme|program)['’]s\s+(?:\w+\s+)?partner(?:,|\s+(?=the\s))"
                # "UNHCR and its partner, the public association X, ran …": the organizer's partner
                r"|(?:its|their)\s+(?:\w+\s+)?partners?(?:,|\s+(?=the\s))"
                r"|co[\s-]?organi[sz]ed\s+(?:by|with)|co[\s-]?hosted\s+by"
                # a role noun with "as" before its name ("жергиликтүү өнөктөш катары X катышты", "в качестве
                # партнёра выступил X", "as a local partner, X joined"): the noun, not the attendance verb, says it
                r"|оноктош\w*(?:\s+катары)?|тен\s+уюштуруучу\s+катары"
                # after "took part" / "участие" the role noun is the earlier names' (a post-cue), not the next one's
                r"|(?<!участие\s)в\s+качестве\s+(?:\w+\s+)?(?:партн[её]р|соорганизатор)\w*"
                r"|(?<!part\s)(?<!participated\s)(?<!acted\s)(?<!served\s)(?<!joined\s)"
                r"as\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:partner|co[\s-]?organi[sz]er)s?(?!\w)"),
    # thanks for help: those thanked supported the event ("Huge thanks to X and to our friends from Y")
    # "Акцию поддержал банк «X»": the event first, the verb, then who backed it
    ("support", r"при\s+поддержке|с\s+помощью|supported\s+by|with\s+(?:the\s+)?support\s+(?:of|from)"
                r"|поддержал[аои]?(?!\w)|поддержали"
                r"|(?:thanks|grateful|gratitude)\s+to"),
    # "ОО «Y» с проектом по …" describes Y's own entry, no owner for the names after it
    ("owner", r"(?<![»\"]\sс\s)проект\w*|программ\w*|делегаци(?:я|и|ю|ей)(?!\w)|delegation\s+(?:of|from)"),
)



# A role named as a label at the head of a sentence or list line ("Донор — ФАО.", "Каржылоочу: ЮНИСЕФ.",
# "Партнёры проекта: …", "Иш-чаранын уюштуруучусу: …").  Folded text; an optional genitive before it,
# up to two words after it ("проекта", "мероприятия"), then a colon or a spaced dash.
LABEL_WORDS: tuple[tuple[str, str], ...] = (
    ("donor", r"донор\w*|спонсор\w*|каржылоочу\w*|демоо?р?чу\w*|финансирование|финансовая\s+поддержка"
              r"|финансов\w+\s+партн[её]р\w*|funding\s+partners?|каржылык\s+оноктош\w*"
              r"|donors?|sponsors?|funded\s+by|funding|financial\s+support"),
    ("partner", r"соорганизатор\w*|партн[её]р\w*|оноктош\w*|шериктеш\w*|co[\s-]?organi[sz]ers?|partners?"),
    ("implementer", r"организатор\w*|уюштуруучу\w*|исполнител\w*|ишке\s+ашыруучу\w*|реализ\w+"
                    r"|organi[sz]ers?|organi[sz]ed\s+by|implement\w*"),
    ("support", r"при\s+поддержке|колдоочу\w*|колдоо\s+менен|поддержк\w*|with\s+(?:the\s+)?support\s+of"
                r"|supported\s+by"),
    ("participant", r"участник\w*|катышуучу\w*|participants?"),
)
