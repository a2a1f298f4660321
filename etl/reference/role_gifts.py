"""A funder or a firm that hands goods over is their donor, whoever presents them.

"«Оптима Банк» тарабынан 15 компьютер салтанаттуу түрдө тапшырылды", "компания «Шоро» передала школе
мебель", "the embassy handed over two ambulances", "банк мектепке белек кылды", "компания выделила на
покупку инвентаря 350 тыс. сомов": the words that say who carried the act out ("тарабынан", "передал") name the giver of the goods, and a bank, a company, an embassy or a fund
gives what it pays for.  An NGO or an agency that runs programmes keeps the implementer's role: it hands over
what its donor bought.
"""

from __future__ import annotations

import re

from etl.reference.role_resolve import DONOR_KINDS

# On the folded text (lower case; ө ү ң as о у н).
_GIFT = re.compile(
    r"(?<!\w)(?:тапшыр(?:ылды|ылган|ды|ышты|ып)|белек(?:ке)?\s+(?:кылды|кылышты|берди|беришти|катары)"
    r"|белек\w*\s+тапшыр\w*|подар(?:ил[аи]?|ен[аоы]?|ок|ки)|передал[аи]?|передан[аоы]?|пожертвовал[аи]?"
    r"|безвозмездно|handed\s+over|donated|gifted|presented\s+(?:the\s+)?(?:school|hospital|clinic|village)\w*"
    r"\s+with|тартуула(?:ды|шты|ган|п)"
    # money put in is a gift too: "компания выделила на покупку шлангов 350 тыс. сомов", "ЖЧК 200 миң сом
    # бөлүп берди", "the bank allocated KGS 90,000 for the prizes" (a verb of singling out has no money)
    r"|(?:выдел(?:ил|ила|ило|или)|allocated|contributed)(?=[^!?\n]{0,80}?(?:сом|долл|евро|рубл|тенге|kgs|som|usd|eur"
    r"|dollars|\$))|болуп\s+бер(?:ди|ишти|ген))(?!\w)")


def giver(kind: str, role_hint: str) -> bool:
    """Bodies whose handing over is giving: funders by kind or hint, and firms."""
    return kind in DONOR_KINDS or role_hint in ("donor", "sponsor")


# "директор … передал ключ от объекта айыл окмоту": a builder hands over the keys of what it was paid to build
_KEY = re.compile(r"(?<!\w)(?:ключ\w*|ачкыч\w*|keys?)(?!\w)")
_KEY_REACH = 60


def gift_sentence(ft: str, lo: int, hi: int) -> bool:
    """The sentence ``ft[lo:hi]`` tells goods (not a building's keys) being handed over or donated."""
    return any(_KEY.search(ft, max(lo, m.start() - _KEY_REACH), min(hi, m.end() + _KEY_REACH)) is None
               for m in _GIFT.finditer(ft, lo, hi))
