"""Price list PDF for a client's price column: groups, promotions with the old price struck, new products."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from . import DocumentError, labels
from .data import Company, PriceListDoc


def render(
    doc: PriceListDoc, company: Company, *, paper: str = "A4", lang: str = "ru", fax: bool = False
) -> bytes:
    """The price list as PDF bytes; ``fax=True`` for the fax-legible look. DocumentError when empty."""
    lang = labels.norm_lang(lang)
    groups = [g for g in doc.groups if g.rows]
    if not groups:
        raise DocumentError("document.empty")
    from . import layout

    t = labels.text
    lk = layout.look(fax=fax)
    width = layout.frame_width(paper, lang)
    cur = labels.currency_symbol(doc.currency)
    rows_all = [row for g in groups for row in g.rows]
    with_base = any(r.base_price is not None and r.base_price != r.price for r in rows_all)
    with_note = any(r.note.strip() for r in rows_all)
    cols = [
        layout.Col(t("col_code", lang), cap=0.14),
        layout.Col(t("col_name", lang), flex=1),
        layout.Col(t("col_unit", lang), "CENTER", cap=0.1),
        layout.Col(t("col_pack", lang), "RIGHT", cap=0.12),
    ]
    if with_base:
        cols.append(layout.Col(t("col_base_price", lang, cur=cur), "RIGHT", cap=0.16))
    cols.append(layout.Col(t("col_price", lang, cur=cur), "RIGHT", cap=0.16))
    if with_note:
        cols.append(layout.Col(t("col_note", lang), cap=0.26))  # promotion names are long
    table_rows: list[Any] = []
    for group in groups:
        table_rows.append(layout.Span(group.name))
        for r in group.rows:
            promoted = r.base_price is not None and r.base_price != r.price
            row: list[str] = [r.code, r.name, r.unit, labels.quantity(r.pack_size, lang)]
            if with_base:
                base = labels.amount(r.base_price, lang) if promoted else ""
                row.append(layout.Markup(f"<strike>{escape(base)}</strike>") if base else "")
            price = labels.amount(r.price, lang)
            row.append(layout.Markup(f"<b>{escape(price)}</b>") if promoted else price)
            if with_note:
                row.append(r.note)
            table_rows.append(row)
    pairs = [(t("price_column", lang), doc.price_column)]
    if doc.client is not None:
        pairs.append((t("for_client", lang), f"{doc.client.name} ({doc.client.code})"))
    if doc.note:
        pairs.append((t("col_note", lang), doc.note))
    story: list[Any] = [
        *layout.company_header(company, lk, lang, width),
        layout.para(doc.title, lk["title"]),
        layout.para(t("as_of", lang, date=labels.date(doc.date)), lk["bold"]),
        layout.spacer(1.5),
    ]
    block = layout.fields(pairs, lk, width, per_row=1)
    if block is not None:
        story.append(block)
    story += [
        layout.spacer(3),
        layout.table(cols, table_rows, lk, width),
        layout.spacer(2),
        layout.para(
            f"{t('prices_incl_vat', lang)} {t('product_count', lang, n=len(rows_all))}",
            lk["small"] if not fax else lk["body"],
        ),
    ]
    footer = f"{company.name} · {doc.title} · {labels.date(doc.date)}"
    return layout.build(
        story, paper=paper, lang=lang, lk=lk, title=doc.title, author=company.name, footer=footer
    )
