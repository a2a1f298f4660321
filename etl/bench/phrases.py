"""Sentences of a generated report, written from its facts in one language (ky or ru)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from etl.bench.vocab import (
    ALSO_KY,
    ALSO_RU,
    FILLERS_KY,
    FILLERS_RU,
    LEADS_KY,
    LEADS_RU,
    MONTHS_EN,
    MONTHS_KY,
    MONTHS_KY_LOC,
    MONTHS_RU_GEN,
    TITLES_KY,
    TITLES_RU,
)

if TYPE_CHECKING:
    from etl.bench.compose import Facts


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    n = abs(int(n))
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(slots=True)
class Part:
    lang: str
    title: str
    blocks: list[list[str]] = field(default_factory=list)  # paragraphs of sentences

    def text_bytes(self) -> bytes:
        return "\n\n".join(" ".join(b) for b in [[self.title], *self.blocks]).encode("utf-8")

    def paragraphs(self, include_title: bool) -> list[str]:
        body = [" ".join(b) for b in self.blocks]
        return [self.title, *body] if include_title else body


def add_filler(part: Part, rng: random.Random) -> int:
    """Insert a neutral paragraph after the lead; return the bytes it adds."""
    pool = FILLERS_KY if part.lang == "ky" else FILLERS_RU
    block = rng.sample(pool, rng.randint(2, 5))
    part.blocks.insert(rng.randint(1, len(part.blocks)), block)
    return len(" ".join(block).encode("utf-8")) + 2


def event_date_text(lang: str, facts: Facts, rng: random.Random) -> str | None:
    start, end = facts.start, facts.end
    if start is None or end is None:
        return None
    ranged = end != start
    days = f"{start.day}-{end.day}" if ranged else f"{start.day}"
    if lang == "ru":
        if not facts.year_in_text:
            return f"{days} {MONTHS_RU_GEN[start.month - 1]}"
        if not ranged and rng.random() < 0.25:
            return start.strftime("%d.%m.%Y")
        return f"{days} {MONTHS_RU_GEN[start.month - 1]} {start.year} года"
    if not facts.year_in_text:
        return f"{days}-{MONTHS_KY[start.month - 1]} күнү"
    if not ranged and rng.random() < 0.2:
        return start.strftime("%d.%m.%Y")
    return f"{start.year}-жылдын {days}-{MONTHS_KY_LOC[start.month - 1]}"


def dateline(facts: Facts, rng: random.Random) -> str:
    d = facts.published
    assert d is not None
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    if facts.dateline_form == 0:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}, {hh:02d}:{mm:02d}"
    if facts.dateline_form == 1:
        return f"{d:%d.%m.%Y} {hh:02d}:{mm:02d}"
    return f"{d.year}-{d.month:02d}-{d.day:02d} {hh:02d}:{mm:02d}"


def _amount(lang: str, value: float, currency: str, rng: random.Random) -> str:
    v = int(value)
    if currency == "KGS" and v >= 1_000_000 and v % 100_000 == 0:
        millions = f"{v / 1_000_000:g}".replace(".", ",")
        return f"{millions} млн " + ("сом" if lang == "ky" else "сомов")
    r = rng.random()
    if v >= 10_000 and r < 0.5:
        digits = f"{v:,}".replace(",", " ")
    elif v >= 10_000 and r < 0.7 and lang == "ky":
        digits = f"{v:,}"  # "61,933 доллар", as Kyrgyz reports write it
    else:
        digits = str(v)
    if lang == "ky":
        word = {"USD": rng.choice(("АКШ доллары", "доллар")), "KGS": "сом", "EUR": "евро",
                "CHF": "швейцар франкы"}[currency]
    else:
        word = {"USD": ru_plural(v, "доллар США", "доллара США", "долларов США"),
                "KGS": ru_plural(v, "сом", "сома", "сомов"), "EUR": "евро",
                "CHF": ru_plural(v, "швейцарский франк", "швейцарских франка", "швейцарских франков")}[currency]
    return f"{digits} {word}"


def _indicator_sentences(lang: str, facts: Facts, rng: random.Random) -> list[str]:
    by = {(name, sex): (value, unit) for name, sex, value, unit in facts.indicators}
    out: list[str] = []
    ru = lang == "ru"
    if ("participants", "total") in by:
        n = int(by["participants", "total"][0])
        people = ru_plural(n, "человек", "человека", "человек")
        if ("participants", "female") in by:
            f, m = int(by["participants", "female"][0]), int(by["participants", "male"][0])
            if ru:
                fw, mw = ru_plural(f, "женщина", "женщины", "женщин"), ru_plural(m, "мужчина", "мужчины", "мужчин")
                out.append(rng.choice((f"В мероприятии приняли участие {n} {people}, из них {f} {fw} и {m} {mw}.",
                                       f"Всего участников — {n} ({f} {fw}, {m} {mw}).")))
            else:
                out.append(rng.choice((f"Иш-чарага {n} адам, анын ичинде {f} аял жана {m} эркек катышты.",
                                       f"Жалпы {n} адам (м.и. {f} аял, {m} эркек) катышты.")))
        elif ru:
            out.append(rng.choice((f"В мероприятии приняли участие {n} {people}.", f"Всего участников — {n}.")))
        else:
            out.append(rng.choice((f"Иш-чарага {n} адам катышты.", f"Катышуучулардын жалпы саны — {n} адам.")))
    if ("officials_participants", "total") in by:
        k = int(by["officials_participants", "total"][0])
        out.append(f"Среди участников — {k} {ru_plural(k, 'представитель', 'представителя', 'представителей')}"
                   " органов местного самоуправления." if ru else
                   f"Алардын ичинде {k} жергиликтүү өз алдынча башкаруу органдарынын кызматкери бар.")
    simple_ru = {
        "sessions_held": lambda n: f"Всего было проведено {n} {ru_plural(n, 'сессия', 'сессии', 'сессий')}.",
        "settlements_covered": lambda n: f"Проект охватывает {n} {ru_plural(n, 'населённый пункт', 'населённых пункта', 'населённых пунктов')}.",
        "institutions_covered": lambda n: f"К программе присоединились {n} {ru_plural(n, 'школа', 'школы', 'школ')}.",
        "people_trained": lambda n: f"Обучение прошли {n} {ru_plural(n, 'человек', 'человека', 'человек')}.",
        "beneficiaries": lambda n: f"Благополучателями проекта стали {n} {ru_plural(n, 'житель', 'жителя', 'жителей')}.",
        "grants_awarded": lambda n: f"Было выдано {n} {ru_plural(n, 'грант', 'гранта', 'грантов')}.",
    }
    simple_ky = {
        "sessions_held": lambda n: f"Жалпысынан {n} сессия өткөрүлдү.",
        "settlements_covered": lambda n: f"Долбоор {n} айылды камтыйт.",
        "institutions_covered": lambda n: f"Программага {n} мектеп кошулду.",
        "people_trained": lambda n: f"{n} адам окутуудан өттү.",
        "beneficiaries": lambda n: f"Долбоордон {n} тургун пайда көрдү.",
        "grants_awarded": lambda n: f"Жалпысынан {n} грант тапшырылды.",
    }
    for name, render in (simple_ru if ru else simple_ky).items():
        if (name, "total") in by:
            out.append(render(int(by[name, "total"][0])))
    if ("funding_amount", "total") in by:
        value, currency = by["funding_amount", "total"]
        text = _amount(lang, value, currency, rng)
        out.append(f"Общая сумма финансирования составила {text}." if ru else
                   f"Каржылоонун жалпы суммасы {text} түздү.")
    return out


def _org_sentences(lang: str, facts: Facts, rng: random.Random) -> list[str]:
    out: list[str] = []
    project = facts.project
    for org, role in facts.orgs:
        if lang == "ru":
            choices = {
                "donor": (f"Мероприятие проведено при финансовой поддержке {org.ru_gen}.",
                          f"Финансирование предоставлено за счёт средств {org.ru_gen}.", f"Донор — {org.ru_nom}."),
                "implementer": (f"Мероприятие организовано {org.ru_ins}.", f"Организатор — {org.ru_nom}."),
                "partner": (f"Мероприятие проведено в партнёрстве с {org.ru_ins}.", f"Соорганизатор — {org.ru_nom}."),
                "government": (f"В мероприятии приняли участие представители {org.ru_gen}.",
                               f"На мероприятии присутствовали сотрудники {org.ru_gen}."),
                "participant_org": (f"Также в работе приняли участие представители {org.ru_gen}.",),
            }[role]
        else:
            choices = {
                "donor": (f"Иш-чараны {org.ky} каржылаган.", f"Каржылоочу: {org.ky}."),
                "implementer": (f"Иш-чара {org.ky} тарабынан уюштурулду.", f"Уюштуруучу: {org.ky}."),
                "partner": (f"Иш-чара {org.ky} менен биргеликте өткөрүлдү.", f"Өнөктөш: {org.ky}."),
                "government": (f"Иш-чарага {org.ky} өкүлдөрү катышты.",),
                "participant_org": (f"Ошондой эле {org.ky} өкүлдөрү да катышты.",),
            }[role]
        out.append(rng.choice(choices))
    if project:
        out.insert(0, f"Мероприятие прошло в рамках проекта {project[1]}." if lang == "ru"
                   else f"Иш-чара {project[2]} долбоорунун алкагында өттү.")
    return out


def write_part(lang: str, facts: Facts, rng: random.Random) -> Part:
    topic = facts.topic[0] if lang == "ru" else facts.topic[1]
    leads = LEADS_RU if lang == "ru" else LEADS_KY
    main = facts.event_types[0]
    titles = TITLES_RU if lang == "ru" else TITLES_KY
    title = _cap(titles[main].format(topic=topic))
    when = event_date_text(lang, facts, rng)
    place = facts.places[0]
    where = place.ru_loc if lang == "ru" else place.ky_loc
    lead = rng.choice(leads[main]).format(topic=topic)
    first = " ".join(x for x in (when, where, lead) if x)
    blocks = [[_cap(first) + "."]]
    if len(facts.places) > 1:
        other = facts.places[1]
        blocks[0].append(f"Мероприятие объединило также представителей {other.ru_gen}." if lang == "ru"
                         else f"Иш-чарага {other.ky_gen} өкүлдөрү да катышты.")
    for extra in facts.event_types[1:]:
        also = rng.choice(leads[extra]).format(topic=topic)
        blocks[0].append((ALSO_RU if lang == "ru" else ALSO_KY).format(lead=also))
    orgs = _org_sentences(lang, facts, rng)
    if orgs:
        blocks.append(orgs)
    figures = _indicator_sentences(lang, facts, rng)
    if figures:
        blocks.insert(rng.randint(1, len(blocks)), figures)
    return Part(lang=lang, title=title, blocks=blocks)


def created_stamp(d: dt.date) -> str:
    return d.strftime("%Y%m%d")
