"""Each document of the Documents menu made in one call: its data read, rendered to PDF, and what
the dialogs prefill (the order's number, the client and their e-mail). The window only shows, saves,
prints or sends the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.printing.data import Company
from orderdesk_gui.services import documents, reports
from orderdesk_gui.services.auth import actor


@dataclass(frozen=True)
class Rendered:
    """A rendered document: the PDF, its kind (as the dispatch history records it), a title for the
    file name and the e-mail subject, and whom it concerns."""

    pdf: bytes
    kind: str
    title: str = ""
    number: str = ""  # the order's number (the confirmation: the window words its title)
    order_id: int | None = None
    client_id: int | None = None
    email: str = ""  # the client's e-mail, to prefill


def confirmation(order_id: int, company: Company, paper: str, lang: str) -> Rendered:
    """The confirmation of an accepted order, to the receiver's contact."""
    from orderdesk_gui.printing import confirmation as layout

    lang = documents.order_language(order_id) or lang  # the client's language first
    doc = documents.order_doc(order_id, lang)
    who = documents.order_contacts(order_id)
    pdf = layout.render(doc, company, paper=paper, lang=lang)
    return Rendered(
        pdf, "confirmation", number=doc.number, order_id=order_id, client_id=who.client_id, email=who.email
    )


def order_fax_sheet(
    order_id: int, user: UserInfo, company: Company, message: str, number: str, paper: str, lang: str
) -> bytes:
    """The order's fax sheet: a cover page to ``number`` with the operator's message, then the order."""
    actor(user)  # signed in: a made-up UserInfo is refused
    from orderdesk_gui.printing import fax

    lang = documents.order_language(order_id) or lang  # the client's language first
    cover = documents.fax_cover(order_id, user, company, message, to_fax=number)
    return fax.render(documents.order_doc(order_id, lang), company, cover, paper=paper, lang=lang)


def price_list(
    client_id: int | None,
    groups: Sequence[int],
    only_new: bool,
    only_promo: bool,
    today: dt.date,
    company: Company,
    paper: str,
    lang: str,
    fax: bool = False,
) -> Rendered:
    """A price list, at the client's prices when there is one (fax: a fax-legible layout)."""
    from orderdesk_gui.printing import price_list as layout

    lang = documents.client_language(client_id) or lang  # the client's language first
    doc = documents.price_list_doc(client_id, None, groups, only_new, only_promo, today=today, lang=lang)
    pdf = layout.render(doc, company, paper=paper, lang=lang, fax=fax)
    return Rendered(
        pdf,
        "price_list",
        f"{doc.title} {doc.price_column} {today:%d.%m.%Y}",
        client_id=client_id,
        email=documents.client_email(client_id) if client_id else "",
    )


def reference(
    order_id: int | None,
    groups: Sequence[int],
    today: dt.date,
    client_id: int | None,
    company: Company,
    paper: str,
    lang: str,
    fax: bool = False,
) -> Rendered:
    """A product reference sheet: the order's products when ``order_id`` is given, else the groups."""
    from orderdesk_gui.printing import reference as layout

    lang = documents.client_language(client_id) or documents.order_language(order_id) or lang
    products = documents.order_product_ids(order_id) if order_id else ()
    doc = documents.reference_doc(products, groups, today=today, client_id=client_id, lang=lang)
    pdf = layout.render(doc, company, paper=paper, lang=lang, fax=fax)
    return Rendered(
        pdf,
        "reference",
        f"{doc.title} {today:%d.%m.%Y}",
        order_id=order_id,
        client_id=client_id,
        email=documents.client_email(client_id) if client_id else "",
    )


def daily_report(user: UserInfo, day: dt.date, company: Company, paper: str, lang: str) -> Rendered:
    """The day's report for a head (the service checks the right)."""
    actor(user)  # signed in: a made-up UserInfo is refused
    from orderdesk_gui.printing import daily_report as layout

    report = reports.shift_report(user, day, day)
    doc = documents.daily_report_doc(report, lang)
    pdf = layout.render(doc, company, paper=paper, lang=lang)
    return Rendered(pdf, "daily_report", f"{doc.title} {day:%d.%m.%Y}")
