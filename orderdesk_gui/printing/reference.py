"""Product reference sheet PDF: certificates, pack sizes, shelf life when known, weight and barcode."""

from __future__ import annotations

from typing import Any

from . import DocumentError, labels
from .data import Company, ReferenceDoc


def render(
    doc: ReferenceDoc, company: Company, *, paper: str = "A4", lang: str = "ru", fax: bool = False
) -> bytes:
    """The reference sheet as PDF bytes; ``fax=True`` for the fax-legible look. DocumentError when empty."""
    lang = labels.norm_lang(lang)
    if not doc.rows:
        raise DocumentError("document.empty")
    from . import layout

    t = labels.text
    lk = layout.look(fax=fax)
    width = layout.frame_width(paper, lang)
    unknown = t("unknown", lang)

    def shelf_life(days: int | None) -> str:
        return t("days", lang, n=days) if days else unknown

    if fax:  # fewer, wider columns at fax type size: pack with its unit, certificate over barcode
        cols = [
            layout.Col(t("col_code", lang), cap=0.14),
            layout.Col(t("col_name", lang), flex=1),
            layout.Col(t("col_pack", lang), "RIGHT", cap=0.13),
            layout.Col(t("col_weight", lang), "RIGHT", cap=0.12),
            layout.Col(t("col_shelf_life", lang), "RIGHT", cap=0.14),
            layout.Col(f"{t('col_certificate', lang)} / {t('col_barcode', lang)}", flex=1),
        ]
        rows = [
            [
                r.code,
                r.name,
                f"{labels.quantity(r.pack_size, lang)} {r.unit}".strip(),
                labels.quantity(r.weight_kg, lang),
                shelf_life(r.shelf_life_days),
                "\n".join(x for x in (r.certificate_ref or unknown, r.barcode) if x),
            ]
            for r in doc.rows
        ]
    else:
        cols = [
            layout.Col(t("col_code", lang), cap=0.12),
            layout.Col(t("col_name", lang), flex=1),
            layout.Col(t("col_unit", lang), "CENTER", cap=0.08),
            layout.Col(t("col_pack", lang), "RIGHT", cap=0.1),
            layout.Col(t("col_weight", lang), "RIGHT", cap=0.1),
            layout.Col(t("col_shelf_life", lang), "RIGHT", cap=0.11),
            layout.Col(t("col_certificate", lang), flex=0.8),
            layout.Col(t("col_barcode", lang), cap=0.15),
        ]
        rows = [
            [
                r.code,
                r.name,
                r.unit,
                labels.quantity(r.pack_size, lang),
                labels.quantity(r.weight_kg, lang),
                shelf_life(r.shelf_life_days),
                r.certificate_ref or unknown,
                r.barcode,
            ]
            for r in doc.rows
        ]
    story: list[Any] = [
        *layout.company_header(company, lk, lang, width),
        layout.para(doc.title, lk["title"]),
        layout.para(t("as_of", lang, date=labels.date(doc.date)), lk["bold"]),
    ]
    if doc.client is not None:
        block = layout.fields(
            [(t("for_client", lang), f"{doc.client.name} ({doc.client.code})")], lk, width, per_row=1
        )
        if block is not None:
            story.append(block)
    story += [
        layout.spacer(3),
        layout.table(cols, rows, lk, width),
        layout.spacer(2),
        layout.para(t("product_count", lang, n=len(doc.rows)), lk["small"] if not fax else lk["body"]),
    ]
    footer = f"{company.name} · {doc.title} · {labels.date(doc.date)}"
    return layout.build(
        story, paper=paper, lang=lang, lk=lk, title=doc.title, author=company.name, footer=footer
    )
