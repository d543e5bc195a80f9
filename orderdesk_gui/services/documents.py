"""Fills the documents' plain data from the database: confirmation, fax cover, price list, reference, report.

No Qt here and no rendering: ``printing`` turns these dataclasses into PDF.
Money stays ``Decimal``; dates and times are converted from stored UTC to local.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from orderdesk_gui import clock, config
from orderdesk_gui.db import catalog
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import OUTCOMES, ShiftFigures, ShiftReport
from orderdesk_gui.domain.ordering import GRAM, PriceError, PriceQuote, money, quote
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.states import OrderStatus
from orderdesk_gui.printing import DocumentError, labels
from orderdesk_gui.printing.data import (
    ClientParty,
    Company,
    DailyReportDoc,
    DocLine,
    FaxCover,
    OrderDoc,
    PriceGroup,
    PriceListDoc,
    PriceRow,
    ReferenceDoc,
    ReferenceRow,
    ReportRow,
)
from orderdesk_gui.services.auth import actor

__all__ = [
    "DocumentError",
    "OrderContacts",
    "company_from",
    "daily_report_doc",
    "fax_cover",
    "last_order_id",
    "client_email",
    "order_contacts",
    "order_doc",
    "order_product_ids",
    "price_list_doc",
    "product_groups",
    "reference_doc",
]

PRINTABLE_STATUSES = ("accepted", "delivered")
CHUNK = 500  # ids per IN (...) query: well under every engine's parameter limit


def _local(utc: dt.datetime | None) -> dt.datetime | None:
    """A stored naive-UTC time as a naive local time (what documents print)."""
    if utc is None:
        return None
    return clock.to_local(utc).replace(tzinfo=None)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield list(ids[i : i + CHUNK])


# --- company ---------------------------------------------------------------------------


def _logo_path(value: str) -> str:
    """A logo setting is a file name in ``resources/`` or a path; '' when it does not exist."""
    from pathlib import Path

    value = (value or "").strip()
    if not value:
        return ""
    candidates = [Path(value)]
    try:
        from orderdesk_gui import resources

        candidates.insert(0, resources.path(value))
    except FileNotFoundError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return ""


def company_from(settings: config.Settings, lang: str | None = None) -> Company:
    """The company requisites printed on every document, from the settings; the terms, when left at
    their default, in the document's language ``lang`` (as typed when the company wrote its own)."""
    terms = settings.get(config.DOCUMENT_TERMS).strip()
    if lang and terms == config.DOCUMENT_TERMS.default.strip():
        terms = labels.text("default_terms", lang)
    return Company(
        name=settings.get(config.COMPANY_NAME).strip(),
        address=settings.get(config.COMPANY_ADDRESS).strip(),
        phone=settings.get(config.COMPANY_PHONE).strip(),
        fax=settings.get(config.COMPANY_FAX).strip(),
        tax_id=settings.get(config.COMPANY_TAX_ID).strip(),
        email=settings.get(config.COMPANY_EMAIL).strip(),
        logo_path=_logo_path(settings.get(config.COMPANY_LOGO)),
        terms=terms,
        account=settings.get(config.COMPANY_ACCOUNT).strip(),
        bik=settings.get(config.COMPANY_BIK).strip(),
        bank=settings.get(config.COMPANY_BANK).strip(),
    )


# --- clients ----------------------------------------------------------------------------


def _client_fax(client_id: int, prefer_contact: int | None = None) -> tuple[str, str]:
    """(fax number, contact name): the receiver's or the primary contact's fax first, then any
    contact's, then a client phone of kind fax; ('', '') when there is none."""
    contacts = list(
        m.Contact.select()
        .where(m.Contact.client == client_id)
        .order_by(m.Contact.is_primary.desc(), m.Contact.id)
    )
    contacts.sort(key=lambda c: 0 if c.id == prefer_contact else 1)
    for contact in contacts:
        if contact.fax.strip():
            return contact.fax.strip(), contact.name
    phone = (
        m.Phone.select()
        .where((m.Phone.client == client_id) & (m.Phone.kind == "fax"))
        .order_by(m.Phone.id)
        .first()
    )
    if phone is not None:
        owner = m.Contact.get_or_none(m.Contact.id == phone.contact_id) if phone.contact_id else None
        return phone_display(phone.e164) if phone.e164 else phone.number, owner.name if owner else ""
    return "", ""


def _party(client: m.Client, prefer_contact: int | None = None) -> ClientParty:
    contacts = list(
        m.Contact.select()
        .where(m.Contact.client == client.id)
        .order_by(m.Contact.is_primary.desc(), m.Contact.id)
    )
    primary = contacts[0] if contacts else None
    email = next((c.email.strip() for c in contacts if c.email.strip()), "")
    phone = (
        m.Phone.select()
        .where((m.Phone.client == client.id) & (m.Phone.kind != "fax"))
        .order_by(m.Phone.contact.is_null(False), m.Phone.id)
        .first()
    )
    fax, _who = _client_fax(client.id, prefer_contact)
    return ClientParty(
        code=client.code,
        name=client.name,
        tax_id=client.tax_id or "",
        legal_address=client.legal_address,
        delivery_address=client.delivery_address,
        phone=(phone_display(phone.e164) if phone.e164 else phone.number) if phone else "",
        contact_name=primary.name if primary else "",
        contact_email=email,
        fax=fax,
    )


def _printable_order(order_id: int) -> m.Order:
    order = m.Order.get_or_none(m.Order.id == order_id)
    if order is None:
        raise DocumentError("document.order_gone")
    if order.status not in PRINTABLE_STATUSES:
        if order.status == OrderStatus.DRAFT:
            raise DocumentError("document.order_draft")
        if order.status == OrderStatus.CANCELLED:
            raise DocumentError("document.order_cancelled", number=order.number or "")
        raise DocumentError("document.order_not_printable", number=order.number or "", status=order.status)
    return order


# --- order confirmation -------------------------------------------------------------------


def order_doc(order_id: int, lang: str = "ru") -> OrderDoc:
    """The accepted order as its confirmation and fax sheet print it."""
    order = _printable_order(order_id)
    rows = list(
        m.OrderLine.select(m.OrderLine, m.Product)
        .join(m.Product)
        .where(m.OrderLine.order == order_id)
        .order_by(m.OrderLine.line_no)
    )
    if not rows:
        raise DocumentError("document.order_no_lines", number=order.number or "")
    lines = []
    vat: dict[int, Decimal] = {}
    for i, ln in enumerate(rows, start=1):
        p = ln.product
        amount = ln.amount
        base = ln.base_price if ln.base_price and ln.base_price > 0 else ln.unit_price
        pct = PriceQuote(base, ln.unit_price, "column").discount_pct
        line_weight = (ln.quantity * p.weight_kg).quantize(GRAM)
        lines.append(
            DocLine(
                no=i,
                code=p.code,
                name=p.name,
                unit=p.unit,
                quantity=ln.quantity,
                price=ln.unit_price,
                discount_pct=max(pct, Decimal(0)),
                amount=amount,
                vat_rate=p.vat_rate,
                weight_kg=line_weight,
            )
        )
        vat[p.vat_rate] = vat.get(p.vat_rate, Decimal(0)) + money(amount * p.vat_rate / (100 + p.vat_rate))
    receiver = m.Contact.get_or_none(m.Contact.id == order.receiver_id) if order.receiver_id else None
    operator = m.User.get_or_none(m.User.id == order.operator_id)
    accepted = _local(order.accepted_at or order.created_at)
    return OrderDoc(
        number=order.number or "",
        date=accepted.date(),
        client=_party(order.client, order.receiver_id),
        lines=tuple(lines),
        # the totals saved with the order (domain.ordering.totals), so the paper matches the order
        total=order.total_amount,
        discount_total=order.total_discount,
        vat_by_rate=tuple(sorted((rate, amount) for rate, amount in vat.items() if rate)),
        weight_kg=order.total_weight,
        delivery_date=order.delivery_date,
        delivery_address=order.delivery_address or order.client.delivery_address,
        receiver=receiver.name if receiver else "",
        payment_form=labels.payment_form(order.payment_form, lang),
        documents=order.documents,
        pickup_date=order.pickup_date,
        shipping_details=order.shipping_details,
        operator_name=operator.full_name if operator else "",
        comment=order.comment,
    )


def fax_cover(
    order_id: int,
    operator: UserInfo,
    company: Company,
    message: str = "",
    to_fax: str | None = None,
    *,
    now: dt.datetime | None = None,
) -> FaxCover:
    """The cover page of an order's fax sheet; the client's fax unless ``to_fax`` is typed."""
    actor(operator)  # signed in: a made-up UserInfo is refused
    order = _printable_order(order_id)
    fax, contact = _client_fax(order.client_id, order.receiver_id)
    number = (to_fax if to_fax is not None else fax).strip()
    if not number:
        raise DocumentError("document.no_fax_number")
    if contact == "" and order.receiver_id:
        receiver = m.Contact.get_or_none(m.Contact.id == order.receiver_id)
        contact = receiver.name if receiver else ""
    return FaxCover(
        to_name=order.client.name,
        to_contact=contact,
        to_fax=number,
        from_name=operator.full_name,
        from_company=company.name,
        from_fax=company.fax,
        from_phone=company.phone,
        sent_at=now or clock.now_local().replace(microsecond=0, tzinfo=None),
        message=(message or "").strip(),
    )


@dataclass(frozen=True)
class OrderContacts:
    """Who an order's documents go to: the client, its e-mail and fax (prefilled in the dialogs)."""

    order_id: int
    number: str
    client_id: int
    client_name: str
    email: str
    fax: str
    contact_name: str


def order_contacts(order_id: int) -> OrderContacts:
    """The accepted order's number, client and where to send it (the receiver's contact first)."""
    order = _printable_order(order_id)
    contacts = list(
        m.Contact.select()
        .where(m.Contact.client == order.client_id)
        .order_by(m.Contact.is_primary.desc(), m.Contact.id)
    )
    contacts.sort(key=lambda c: 0 if c.id == order.receiver_id else 1)
    with_mail = next((c for c in contacts if c.email.strip()), None)
    fax, _who = _client_fax(order.client_id, order.receiver_id)
    return OrderContacts(
        order.id,
        order.number or "",
        order.client_id,
        order.client.name,
        with_mail.email.strip() if with_mail else "",
        fax,
        with_mail.name if with_mail else (contacts[0].name if contacts else ""),
    )


def client_email(client_id: int) -> str:
    """The e-mail of the client's contacts, the primary contact first; '' when none has one."""
    return next(
        (
            c.email.strip()
            for c in m.Contact.select()
            .where(m.Contact.client == client_id)
            .order_by(m.Contact.is_primary.desc(), m.Contact.id)
            if c.email.strip()
        ),
        "",
    )


def last_order_id(client_id: int) -> int | None:
    """The client's latest accepted order: what is printed when no order was completed in this call."""
    return catalog.last_order_id(client_id)


def order_product_ids(order_id: int) -> list[int]:
    """The products of an order, in line order (for a reference sheet of what was ordered)."""
    return [pid for pid, _q, _s, _p in catalog.order_lines(order_id)]


# --- price list and reference sheet ------------------------------------------------------


def _group_tree(group_ids: Iterable[int]) -> set[int]:
    """The groups asked for and every group below them."""
    wanted = {int(g) for g in group_ids}
    if not wanted:
        return set()
    children: dict[int, list[int]] = {}
    for gid, parent in m.ProductGroup.select(m.ProductGroup.id, m.ProductGroup.parent).tuples():
        if parent is not None:
            children.setdefault(parent, []).append(gid)
    out, todo = set(), list(wanted)
    while todo:
        gid = todo.pop()
        if gid in out:
            continue
        out.add(gid)
        todo.extend(children.get(gid, ()))
    return out


def product_groups() -> list[tuple[int, str]]:
    """Every product group as (id, name), in catalogue order (for the price-list dialog)."""
    return [
        (g.id, g.name)
        for g in m.ProductGroup.select().order_by(m.ProductGroup.sort_order, m.ProductGroup.name)
    ]


def _group_names() -> dict[int, tuple[int, str]]:
    return {
        g.id: (g.sort_order, g.name)
        for g in m.ProductGroup.select(m.ProductGroup.id, m.ProductGroup.sort_order, m.ProductGroup.name)
    }


def _active_promotions(
    product_ids: Sequence[int], today: dt.date
) -> dict[int, dict[int, tuple[dt.date, str]]]:
    """Product -> {promotion id: (end date, promotion name)} of the promotions active today, with
    or without a special price."""
    out: dict[int, dict[int, tuple[dt.date, str]]] = {}
    for ids in _chunks(product_ids):
        rows = (
            m.PromotionItem.select(
                m.PromotionItem.product, m.Promotion.id, m.Promotion.ends, m.Promotion.name
            )
            .join(m.Promotion)
            .where(
                m.PromotionItem.product.in_(ids)
                & (m.Promotion.active == True)  # noqa: E712
                & (m.Promotion.starts <= today)
                & (m.Promotion.ends >= today)
            )
            .tuples()
        )
        for pid, promotion_id, ends, name in rows:
            out.setdefault(pid, {})[promotion_id] = (ends, name)
    return out


def _promotion_note(active: dict[int, tuple[dt.date, str]], promotion_id: int | None, lang: str) -> str:
    """The note of a product in a promotion: the one that gave its price, else the one lasting longest."""
    if promotion_id in active:
        ends, name = active[promotion_id]
    else:
        ends, name = max(active.values(), key=lambda v: (v[0], v[1]))
    return labels.text("promo_until", lang, n=name.strip(), d=ends.strftime("%d.%m"))


def _selected_products(
    product_ids: Sequence[int],
    group_ids: Sequence[int],
    only_new: bool,
    only_promotions: bool,
    today: dt.date,
) -> list[m.Product]:
    query = m.Product.select().where(m.Product.active == True)  # noqa: E712
    if product_ids:
        query = query.where(m.Product.id.in_(list(product_ids)))
    groups = _group_tree(group_ids)
    if groups:
        query = query.where(m.Product.group.in_(sorted(groups)))
    if only_new:
        query = query.where(m.Product.new_since >= today - dt.timedelta(days=catalog.NEW_PRODUCT_DAYS))
    if only_promotions:
        promoted = (
            m.PromotionItem.select(m.PromotionItem.product)
            .join(m.Promotion)
            .where((m.Promotion.active == True) & (m.Promotion.starts <= today) & (m.Promotion.ends >= today))  # noqa: E712
        )
        query = query.where(m.Product.id.in_(promoted))
    return list(query.order_by(m.Product.name, m.Product.code))


def _by_group(items: list[tuple[int | None, object]], lang: str) -> list[tuple[str, list]]:
    names = _group_names()
    grouped: dict[int | None, list] = {}
    for gid, row in items:
        grouped.setdefault(gid, []).append(row)
    order = sorted(grouped, key=lambda g: (g is None, *(names.get(g, (0, "")) if g is not None else (0, ""))))
    return [(names[g][1] if g in names else labels.text("other_group", lang), grouped[g]) for g in order]


def price_list_doc(
    client_id: int | None = None,
    price_column_code: str | None = None,
    group_ids: Sequence[int] = (),
    only_new: bool = False,
    only_promotions: bool = False,
    *,
    today: dt.date,
    lang: str = "ru",
) -> PriceListDoc:
    """A price list in the client's column (or the named one, else the base column), grouped; each
    price is what order entry would charge today: the column, or a better active promotion price."""
    client = None
    if client_id is not None:
        client = m.Client.get_or_none(m.Client.id == client_id)
        if client is None:
            raise DocumentError("document.client_gone")
        column = m.PriceColumn.get_by_id(client.price_column_id)
    elif price_column_code:
        column = m.PriceColumn.get_or_none(m.PriceColumn.code == price_column_code)
        if column is None:
            raise DocumentError("document.no_such_price_column", column=price_column_code)
    else:
        column = m.PriceColumn.get_or_none(m.PriceColumn.is_base == True)  # noqa: E712
        if column is None:
            raise DocumentError("document.no_base_price_column")
    products = _selected_products((), group_ids, only_new, only_promotions, today)
    ids = [p.id for p in products]
    facts: dict[int, catalog.ProductFacts] = {}
    for chunk in _chunks(ids):
        facts.update(catalog.facts(chunk, column.id, today))
    promos = _active_promotions(ids, today)
    new_since = today - dt.timedelta(days=catalog.NEW_PRODUCT_DAYS)
    items: list[tuple[int | None, PriceRow]] = []
    for p in products:
        fact = facts[p.id]
        try:
            q = quote(fact.base_price, fact.column_price, fact.promotions)
        except PriceError:
            continue  # no price in this column: it cannot be sold, so it is not offered
        notes = []
        if p.new_since is not None and p.new_since >= new_since:
            notes.append(labels.text("new", lang))
        if p.id in promos:  # every product of an active promotion says so, special price or not
            notes.append(_promotion_note(promos[p.id], q.promotion_id, lang))
        items.append(
            (
                p.group_id,
                PriceRow(
                    code=p.code,
                    name=p.name,
                    unit=p.unit,
                    pack_size=p.pack_size,
                    price=q.unit_price,
                    base_price=fact.column_price if q.source == "promotion" else None,
                    note=", ".join(notes),
                ),
            )
        )
    if not items:
        raise DocumentError("document.price_list_empty")
    filters = []
    if only_new:
        filters.append(labels.text("only_new", lang))
    if only_promotions:
        filters.append(labels.text("only_promo", lang))
    if group_ids:
        names = _group_names()
        filters.append(labels.text("groups", lang, g=", ".join(names[g][1] for g in group_ids if g in names)))
    return PriceListDoc(
        title=labels.text("price_list", lang),
        date=today,
        price_column=column.name,
        client=_party(client) if client is not None else None,
        groups=tuple(PriceGroup(name, tuple(rows)) for name, rows in _by_group(items, lang)),
        note="; ".join(filters),
    )


def reference_doc(
    product_ids: Sequence[int] = (),
    group_ids: Sequence[int] = (),
    *,
    today: dt.date,
    client_id: int | None = None,
    lang: str = "ru",
) -> ReferenceDoc:
    """Certificates, pack sizes, shelf life, weights and barcodes of the chosen products (D18)."""
    products = _selected_products(product_ids, group_ids, False, False, today)
    if not products:
        raise DocumentError("document.reference_empty")
    client = m.Client.get_or_none(m.Client.id == client_id) if client_id is not None else None
    rows = [
        ReferenceRow(
            code=p.code,
            name=p.name,
            unit=p.unit,
            pack_size=p.pack_size,
            certificate_ref=p.certificate_ref,
            shelf_life_days=p.shelf_life_days,
            weight_kg=p.weight_kg,
            barcode=p.barcode or "",
        )
        for p in products
    ]
    return ReferenceDoc(
        title=labels.text("reference", lang),
        date=today,
        rows=tuple(rows),
        client=_party(client) if client is not None else None,
    )


# --- daily report -----------------------------------------------------------------------------


def _duration(seconds: float) -> str:
    total = int(round(seconds))
    minutes, sec = divmod(total, 60)
    return f"{minutes}:{sec:02d}"


def _pct(part: int, whole: int, lang: str) -> str:
    """A share in the document's language: ``71,7 %`` (ru, kk), ``71.7 %`` (en)."""
    if not whole:
        return "—"
    share = (Decimal(part * 100) / Decimal(whole)).quantize(Decimal("0.1"))
    return labels.percent(share, lang) + "\u00a0%"


def _summary(f: ShiftFigures, lang: str) -> tuple[tuple[str, str], ...]:
    rows = [
        (labels.text("calls_in", lang), str(f.calls_in)),
        (labels.text("calls_out", lang), str(f.calls_out)),
        (labels.text("orders_taken", lang), str(f.orders_taken)),
        (labels.text("orders_sum", lang), labels.money(f.orders_sum, lang)),
        (labels.text("conversion", lang), _pct(f.orders_taken, f.calls_in, lang)),
        (labels.text("avg_call", lang), _duration(f.avg_call_s)),
        (labels.text("callbacks_done", lang), str(f.callbacks_done)),
        (labels.text("callbacks_missed", lang), str(f.callbacks_missed)),
        (labels.text("sleeping_called", lang), str(f.sleeping_called)),
        (labels.text("sleeping_reactivated", lang), str(f.sleeping_reactivated)),
        (labels.text("complaints", lang), str(f.complaints_registered)),
    ]
    return tuple(rows)


def _outcome_label(outcome: str, lang: str) -> str:
    if not outcome:
        return labels.text("open", lang)
    return labels.text(outcome, lang) if outcome in labels.TEXTS else outcome


def daily_report_doc(
    report: ShiftReport, lang: str = "ru", *, now: dt.datetime | None = None
) -> DailyReportDoc:
    """The head's daily (or period) report: summary, calls by outcome, per operator, calls by hour."""
    total = report.total
    period = (
        labels.date(report.start)
        if report.start == report.end
        else (f"{labels.date(report.start)} – {labels.date(report.end)}")
    )
    calls = sum(total.by_outcome.values())
    known = [o for o in OUTCOMES if total.by_outcome.get(o)]
    others = sorted(o for o in total.by_outcome if o not in OUTCOMES and total.by_outcome[o])
    outcome_rows = tuple(
        ReportRow(_outcome_label(o, lang), (str(total.by_outcome[o]), _pct(total.by_outcome[o], calls, lang)))
        for o in (*known, *others)
    )
    tables: list[tuple[str, tuple[str, ...], tuple[ReportRow, ...]]] = []
    if outcome_rows:
        tables.append(
            (
                labels.text("by_outcome", lang),
                (labels.text("outcome", lang), labels.text("calls", lang), labels.text("share", lang)),
                outcome_rows,
            )
        )
    if report.per_operator:
        tables.append(
            (
                labels.text("per_operator", lang),
                (
                    labels.text("operator", lang),
                    labels.text("in", lang),
                    labels.text("out", lang),
                    labels.text("orders", lang),
                    labels.text("sum", lang),
                    labels.text("avg", lang),
                ),
                tuple(
                    ReportRow(
                        name,
                        (
                            str(f.calls_in),
                            str(f.calls_out),
                            str(f.orders_taken),
                            labels.money(f.orders_sum, lang),
                            _duration(f.avg_call_s),
                        ),
                    )
                    for name, f in report.per_operator
                ),
            )
        )
    if total.transfers_by_reason:
        transfers = Counter(total.transfers_by_reason)
        tables.append(
            (
                labels.text("transfers", lang),
                (labels.text("reason", lang), labels.text("calls", lang)),
                tuple(
                    ReportRow(labels.reason(reason, lang) if reason else "—", (str(n),))
                    for reason, n in transfers.most_common()
                ),
            )
        )
    hours = dict(report.calls_by_hour)
    chart: tuple[tuple[str, int], ...] = ()
    if hours:
        first, last = min(min(hours), 8), max(max(hours), 18)
        chart = tuple((f"{h:02d}", int(hours.get(h, 0))) for h in range(first, last + 1))
    notes = () if (total.calls_in or total.calls_out) else (labels.text("no_calls", lang),)
    return DailyReportDoc(
        title=labels.text("daily_report", lang),
        period=period,
        operator_name=report.operator_name,
        summary=_summary(total, lang),
        tables=tuple(tables),
        chart_title=labels.text("by_hour", lang),
        chart=chart,
        generated_at=now or clock.now_local().replace(microsecond=0, tzinfo=None),
        notes=notes,
    )


DOCUMENT_LANGUAGES = ("ru", "kk", "en")


def client_language(client_id: int | None) -> str:
    """The language the client reads its documents in, '' when the client has none (the office's)."""
    if client_id is None:
        return ""
    language = m.Client.select(m.Client.language).where(m.Client.id == client_id).scalar() or ""
    return language if language in DOCUMENT_LANGUAGES else ""


def order_language(order_id: int | None) -> str:
    """The language of the order's client's documents, '' when none is set."""
    if order_id is None:
        return ""
    client_id = m.Order.select(m.Order.client).where(m.Order.id == order_id).scalar()
    return client_language(client_id)
