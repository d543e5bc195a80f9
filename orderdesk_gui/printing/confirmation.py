"""Order confirmation PDF: company header, client and delivery, the lines, totals, terms and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import DocumentError, labels
from .data import Company, OrderDoc

if TYPE_CHECKING:  # pragma: no cover
    from .layout import Look


def check(order: OrderDoc, lang: str) -> None:
    """DocumentError when the order cannot be printed (no lines)."""
    if not order.lines:
        raise DocumentError("document.no_lines")


def render(order: OrderDoc, company: Company, *, paper: str = "A4", lang: str = "ru") -> bytes:
    """The confirmation of ``order`` as PDF bytes (A4 or Letter; ru, kk or en)."""
    lang = labels.norm_lang(lang)
    check(order, lang)
    from . import layout

    lk = layout.look(fax=False)
    width = layout.frame_width(paper, lang)
    story = [*layout.company_header(company, lk, lang, width), *body(order, company, lk, lang, width)]
    title = f"{labels.text('confirmation', lang)} {labels.text('number_sign', lang)} {order.number}"
    return layout.build(
        story,
        paper=paper,
        lang=lang,
        lk=lk,
        title=title,
        author=company.name,
        footer=f"{company.name} · {title}",
    )


def body(order: OrderDoc, company: Company, lk: Look, lang: str, width: float) -> list[Any]:
    """The order part shared by the confirmation and the fax sheet (in the look given)."""
    from reportlab.platypus import KeepTogether

    from . import layout

    t = labels.text
    story: list[Any] = [layout.para(t("confirmation", lang), lk["title"])]
    if lk.fax:  # the number alone in large type, the date under it
        story += [
            layout.para(f"{t('number_sign', lang)} {order.number}", lk["big"]),
            layout.para(f"{t('order_date', lang)}: {labels.date(order.date)}", lk["bold"]),
        ]
    else:
        story.append(
            layout.para(t("order_no", lang, number=order.number, date=labels.date(order.date)), lk["big"])
        )
    story.append(layout.spacer(2))
    client = order.client
    client_pairs = [
        (t("client", lang), client.name),
        (t("code", lang), client.code),
        (t("client_tax_id", lang), client.tax_id),
        (t("legal_address", lang), client.legal_address),
        (t("phone", lang), client.phone),
        (t("contact", lang), client.contact_name),
    ]
    delivery_pairs = [
        (t("delivery_date", lang), labels.date(order.delivery_date)),
        (t("delivery_address", lang), order.delivery_address or client.delivery_address),
        (t("receiver", lang), order.receiver),
        (t("payment_form", lang), labels.payment_form(order.payment_form, lang)),
        (t("pickup_date", lang), labels.date(order.pickup_date)),
        (t("shipping", lang), order.shipping_details),
        (t("documents", lang), labels.documents(order.documents, lang)),
        (t("operator", lang), order.operator_name),
    ]
    free_text = [(t("comment", lang), order.comment)]
    if lk.fax:  # one column of large type reads better after a fax
        story.append(layout.fields(client_pairs + delivery_pairs + free_text, lk, width, per_row=1))
    else:
        movable = {t("delivery_address", lang), t("shipping", lang)}
        story += _two_columns(client_pairs, delivery_pairs, free_text, movable, lk, width)
    # the totals never start a page alone: the last lines of the table go with them, and the
    # signatures go with the totals (a last page holding only the signature lines was signed for
    # nothing the client could see on it)
    terms: list[Any] = []
    if company.terms and not lk.fax:
        terms = [
            layout.para(part.strip(), lk["small"]) for part in company.terms.split("\n\n") if part.strip()
        ]
    signatures = layout.signatures(
        [(t("taken_by", lang), order.operator_name), (t("confirmed_by", lang), order.receiver)],
        lk,
        lang,
        width,
    )
    closing = [*terms, layout.spacer(6), signatures]
    kept = [*totals(order, lk, lang, width), layout.spacer(3), *closing]
    if layout.height_of(kept, width) > layout.page_height() / 3:
        # long terms: they follow the totals and may run over a page; the signatures then stay
        # with the last of them
        kept = totals(order, lk, lang, width)
        after = [*terms[:-1], KeepTogether([*terms[-1:], layout.spacer(6), signatures])]
    else:
        after = []
    story += [layout.spacer(3), lines_table(order, lk, lang, width, footer=kept), *after]
    return story


LONG_TEXT = 160  # a free-text field longer than this (or of 4 lines or more) is printed full width


def _long(value: str) -> bool:
    return len(value or "") > LONG_TEXT or (value or "").count("\n") >= 3


def _two_columns(
    client_pairs: list[tuple[str, str]],
    delivery_pairs: list[tuple[str, str]],
    free_text: list[tuple[str, str]],
    movable: set[str],
    lk: Look,
    width: float,
) -> list[Any]:
    """The client (left) and the delivery (right) side by side, then the long free-text fields
    (``movable`` labels when long, and the comment) full width below: a table row cannot split
    across pages inside a half-width block, so a long text there made the document unprintable.
    Should the block still be taller than half a page, every field goes full width."""
    from reportlab.platypus import Table

    from . import layout

    below = [(k, v) for k, v in delivery_pairs if k in movable and _long(v)]
    right_pairs = [pair for pair in delivery_pairs if pair not in below]
    below += [(k, v) for k, v in free_text if v and v.strip()]
    half = width / 2
    blocks = [
        b
        for b in (
            layout.fields(client_pairs, lk, half, per_row=1),
            layout.fields(right_pairs, lk, half, per_row=1),
        )
        if b is not None
    ]
    story: list[Any] = []
    if blocks:
        block = Table(
            [blocks],
            colWidths=[half] * len(blocks),
            hAlign="LEFT",
            style=layout.table_style(
                lk,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ],
            ),
        )
        page_height = min(h for _w, h in layout.PAPERS.values()) - layout.MARGIN_TOP - layout.MARGIN_BOTTOM
        if block.wrap(width, page_height)[1] > page_height / 2:
            # long names and addresses everywhere: one full-width list, which splits across pages
            everything = layout.fields(client_pairs + delivery_pairs + free_text, lk, width, per_row=1)
            return [everything] if everything is not None else []
        story.append(block)
    if below:
        story.append(layout.fields(below, lk, width, per_row=1))
    return story


def lines_table(order: OrderDoc, lk: Look, lang: str, width: float, *, footer: Sequence[Any] = ()) -> Any:
    """The lines with No, code, name, unit, quantity, price, discount and sum (``footer``, the
    totals, under them, kept with the last three lines).

    The confirmation always has the discount column (the client checks it against the
    agreed price column); the fax sheet, in large type, has it only when a line has one."""
    from .layout import Col, table

    t = labels.text
    cur = labels.currency_symbol(order.currency)
    with_discount = not lk.fax or any(line.discount_pct for line in order.lines)
    cols = [
        Col(t("col_no", lang), "RIGHT"),
        Col(t("col_code", lang), cap=0.14),
        Col(t("col_name", lang), flex=1),
        Col(t("col_unit", lang), "CENTER", cap=0.1),
        Col(t("col_qty", lang), "RIGHT", cap=0.12),
        Col(t("col_price", lang, cur=cur), "RIGHT", cap=0.16),
    ]
    if with_discount:
        cols.append(Col(t("col_discount", lang), "RIGHT", cap=0.13))
    cols.append(Col(t("col_sum", lang, cur=cur), "RIGHT", cap=0.2))
    rows = []
    for line in order.lines:
        row = [
            str(line.no),
            line.code,
            line.name,
            line.unit,
            labels.quantity(line.quantity, lang),
            labels.amount(line.price, lang),
        ]
        if with_discount:
            row.append(labels.percent(line.discount_pct, lang) if line.discount_pct else "")
        row.append(labels.amount(line.amount, lang))
        rows.append(row)
    return table(cols, rows, lk, width, footer=footer, keep_with_footer=3)


def totals(order: OrderDoc, lk: Look, lang: str, width: float) -> list[Any]:
    """Total (large on a fax), VAT per rate, discount, weight and line count, right-aligned."""
    from reportlab.platypus import Table

    from . import fonts, layout

    t = labels.text
    money = labels.money
    rows: list[tuple[str, str]] = [(t("total", lang), money(order.total, lang, order.currency))]
    if order.vat_by_rate:
        rows += [
            (t("vat_incl", lang, rate=rate), money(vat, lang, order.currency))
            for rate, vat in order.vat_by_rate
        ]
    else:
        rows.append((t("no_vat", lang), ""))
    if order.discount_total:
        rows.append((t("discount_total", lang), money(order.discount_total, lang, order.currency)))
    rows += [
        (t("weight", lang), labels.weight(order.weight_kg, lang)),
        (t("line_count", lang), str(order.line_count)),
    ]
    total_style = lk["big"] if lk.fax else lk["bold"]
    label_style = lk["label"]
    data = [
        [layout.para(rows[0][0] + ":", total_style), layout.para(rows[0][1], _right(total_style))],
        *[
            [layout.para(k + (":" if v else ""), label_style), layout.para(v, _right(lk["body"]))]
            for k, v in rows[1:]
        ],
    ]
    value_w = (
        max(
            layout.stringWidth(rows[0][1], fonts.BOLD, total_style.fontSize),
            *(layout.stringWidth(v, fonts.REGULAR, lk.body) for _k, v in rows[1:]),
        )
        + 2 * lk.pad
        + 2
    )
    label_w = min(
        max(
            layout.stringWidth(k + ":", fonts.BOLD, total_style.fontSize if i == 0 else lk.body)
            for i, (k, _v) in enumerate(rows)
        )
        + 2 * lk.pad
        + 2,
        width - value_w,
    )
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), lk.heavy_rule, layout.BLACK),
        ("LINEBELOW", (0, 0), (-1, 0), lk.rule, layout.BLACK),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), lk.pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), lk.pad),
    ]
    return [Table(data, colWidths=[label_w, value_w], hAlign="RIGHT", style=layout.table_style(lk, commands))]


def _right(style: Any) -> Any:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "_r", parent=style, alignment=TA_RIGHT)
