"""Who "supports" an event with money: firms.

"При поддержке компании «Ала-Тоо Агро»", "ОсОО «Нур Трейд» колдоосу менен": a company that supports
an NGO's event sponsors it (money, goods, prizes), so it is the donor; an NGO, a university or a
business association that supports it lends its people or expertise (a partner, see ``roles``).
"""

from __future__ import annotations

from etl.text import fold

# Legal forms of a firm (folded, lower case, in the dictionary form ``unseen_orgs`` gives them).
_FIRM_FORMS = ("компани", "осоо", "жчк", "жоопкерчилиги", "общество с ограниченной", "оао", "зао", "llc")


def sponsor_hint(form: str) -> str:
    """``"sponsor"`` for a firm's legal form, else ``""`` (a cooperative or NGO is a peer)."""
    return "sponsor" if fold(form).lower().startswith(_FIRM_FORMS) else ""
