"""Fax sheet PDF: a cover page (to, from, fax numbers, pages with the cover), then the order, fax-legible."""

from __future__ import annotations

from typing import Any

from . import DocumentError, confirmation, labels
from .data import Company, FaxCover, OrderDoc


def check(order: OrderDoc, cover: FaxCover, lang: str) -> None:
    """DocumentError when the sheet cannot be made: no lines, or no fax number to send it to."""
    confirmation.check(order, lang)
    if not any(ch.isdigit() for ch in cover.to_fax or ""):
        raise DocumentError("document.no_fax_number")


def render(
    order: OrderDoc, company: Company, cover: FaxCover, *, paper: str = "A4", lang: str = "ru"
) -> bytes:
    """Cover page then the order in black and white, large type and thick rules, as PDF bytes."""
    lang = labels.norm_lang(lang)
    check(order, cover, lang)
    from reportlab.platypus import PageBreak

    from . import layout

    lk = layout.look(fax=True)
    width = layout.frame_width(paper, lang)
    story = [
        *cover_page(order, cover, lk, lang, width),
        PageBreak(),
        *layout.company_header(company, lk, lang, width),
        *confirmation.body(order, company, lk, lang, width),
    ]
    no = labels.text("number_sign", lang)
    title = f"{labels.text('fax_title', lang)} · {labels.text('confirmation', lang)} {no} {order.number}"
    footer = labels.text("fax_footer", lang, name=cover.to_name) + f" · {no} {order.number}"
    return layout.build(story, paper=paper, lang=lang, lk=lk, title=title, author=company.name, footer=footer)


def cover_page(order: OrderDoc, cover: FaxCover, lk: Any, lang: str, width: float) -> list[Any]:
    """The cover: a large FAX, to and from with their numbers, date, pages including this one, message."""
    from reportlab.platypus import Table

    from . import layout

    t = labels.text
    head = layout.para(
        t("fax_title", lang), layout.ParagraphStyle("fax_head", parent=lk["big"], fontSize=34, leading=40)
    )
    rows = [
        (t("to", lang), cover.to_name),
        (t("attention", lang), cover.to_contact),
        (t("fax", lang), cover.to_fax),
        (t("from", lang), cover.from_name),
        (t("company", lang), cover.from_company),
        (t("fax", lang), cover.from_fax),
        (t("phone", lang), cover.from_phone),
        (t("sent_at", lang), labels.date_time(cover.sent_at)),
        (t("subject", lang), f"{t('confirmation', lang)} {t('number_sign', lang)} {order.number}"),
    ]
    label = layout.ParagraphStyle("fax_label", parent=lk["label"], fontSize=14, leading=17)
    value = layout.ParagraphStyle("fax_value", parent=lk["body"], fontSize=14, leading=17)
    data: list[list[Any]] = [
        [layout.para(k, label), layout.para(v, value)] for k, v in rows if v and v.strip()
    ]
    data.append([layout.para(t("pages_incl_cover", lang), label), layout.PageTotal(value)])
    keys = [k for k, _v in rows] + [t("pages_incl_cover", lang)]
    longest = max(layout.stringWidth(k, label.fontName, label.fontSize) for k in keys)
    label_w = min(longest + 2 * 6 + 1, 0.4 * width)  # the cells' 6 pt padding each side
    grid = Table(
        data,
        colWidths=[label_w, width - label_w],
        hAlign="LEFT",
        splitInRow=1,
        style=layout.table_style(
            lk,
            [
                ("BOX", (0, 0), (-1, -1), lk.heavy_rule, layout.BLACK),
                ("INNERGRID", (0, 0), (-1, -1), lk.rule, layout.BLACK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        ),
    )
    story: list[Any] = [head, layout.rule(lk, width, heavy=True), layout.spacer(4), grid, layout.spacer(8)]
    if cover.message.strip():
        story.append(
            Table(
                [[layout.para(cover.message.strip(), value)]],
                colWidths=[width],
                hAlign="LEFT",
                splitInRow=1,
                style=layout.table_style(
                    lk,
                    [
                        ("BOX", (0, 0), (-1, -1), lk.rule, layout.BLACK),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                    ],
                ),
            )
        )
        story.append(layout.spacer(8))
    call_back = cover.from_phone or cover.from_fax
    if call_back:
        story.append(layout.para(t("fax_call_back", lang, phone=call_back), lk["body"]))
    return story
