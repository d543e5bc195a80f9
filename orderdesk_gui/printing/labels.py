"""Printed texts of the documents in Russian (default), Kazakh and English, and locale formatting.

Money, quantities and weights go through Babel (imported on first use) with the
locales ru_KZ / kk_KZ / en; dates are always ``dd.mm.yyyy``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

LANGS = ("ru", "kk", "en")
DEFAULT_LANG = "ru"
_LOCALES = {"ru": "ru_KZ", "kk": "kk_KZ", "en": "en"}
_SYMBOLS = {"KZT": "₸", "RUB": "₽", "USD": "$", "EUR": "€", "KGS": "сом", "UZS": "сўм", "CNY": "¥"}
_CENT = Decimal("0.01")
NBSP = "\u00a0"

# key: (ru, kk, en); "{name}" placeholders filled by ``text(key, lang, name=...)``
TEXTS: dict[str, tuple[str, str, str]] = {
    # page furniture
    "page_of": ("Страница {page} из {total}", "Бет {page} / {total}", "Page {page} of {total}"),
    "address": ("Адрес", "Мекенжайы", "Address"),
    "phone": ("Телефон", "Телефон", "Phone"),
    "fax": ("Факс", "Факс", "Fax"),
    "email": ("E-mail", "E-mail", "E-mail"),
    "tax_id": ("БИН", "БСН", "BIN"),
    "client_tax_id": ("БИН/ИИН", "БСН/ЖСН", "BIN/IIN"),
    "account": ("ИИК", "ЖСК", "IBAN"),
    "bik": ("БИК", "БСК", "BIC"),
    # order confirmation
    "confirmation": ("Подтверждение заказа", "Тапсырысты растау", "Order confirmation"),
    "order_no": (
        "Заказ № {number} от {date}",
        "{date} күнгі № {number} тапсырыс",
        "Order No. {number} of {date}",
    ),
    "order_date": ("Дата заказа", "Тапсырыс күні", "Order date"),
    "number_sign": ("№", "№", "No."),
    "client": ("Клиент", "Клиент", "Client"),
    "code": ("Код", "Коды", "Code"),
    "legal_address": ("Юридический адрес", "Заңды мекенжайы", "Legal address"),
    "contact": ("Контактное лицо", "Байланыс тұлғасы", "Contact"),
    "delivery_date": ("Дата доставки", "Жеткізу күні", "Delivery date"),
    "delivery_address": ("Адрес доставки", "Жеткізу мекенжайы", "Delivery address"),
    "receiver": ("Получатель", "Қабылдаушы", "Receiver"),
    "payment_form": ("Форма оплаты", "Төлем нысаны", "Payment"),
    "pickup_date": ("Дата самовывоза", "Алып кету күні", "Pickup date"),
    "shipping": ("Отправка", "Жөнелту", "Shipping"),
    "documents": ("Документы", "Құжаттар", "Documents"),
    "comment": ("Комментарий", "Түсініктеме", "Comment"),
    "operator": ("Оператор", "Оператор", "Operator"),
    # line table
    "col_no": ("№", "№", "No."),
    "col_code": ("Код", "Коды", "Code"),
    "col_name": ("Наименование", "Атауы", "Product"),
    "col_unit": ("Ед.", "Өлш.", "Unit"),
    "col_qty": ("Кол-во", "Саны", "Qty"),
    "col_price": ("Цена, {cur}", "Бағасы, {cur}", "Price, {cur}"),
    "col_discount": ("Скидка, %", "Жеңілдік, %", "Disc., %"),
    "col_sum": ("Сумма, {cur}", "Сомасы, {cur}", "Amount, {cur}"),
    "col_pack": ("В упак.", "Қаптамада", "Pack"),
    "col_note": ("Примечание", "Ескертпе", "Note"),
    "col_base_price": ("Было, {cur}", "Бұрын, {cur}", "Was, {cur}"),
    "col_weight": ("Вес, кг", "Салмағы, кг", "Weight, kg"),
    "col_shelf_life": ("Срок годности", "Сақтау мерзімі", "Shelf life"),
    "col_certificate": ("Сертификат / декларация", "Сертификат / декларация", "Certificate / declaration"),
    "col_barcode": ("Штрихкод", "Штрихкод", "Barcode"),
    # totals
    "total": ("Итого", "Барлығы", "Total"),
    "vat_incl": ("в т. ч. НДС {rate}%", "оның ішінде ҚҚС {rate}%", "incl. VAT {rate}%"),
    "no_vat": ("Без НДС", "ҚҚС-сыз", "No VAT"),
    "discount_total": ("Сумма скидки", "Жеңілдік сомасы", "Discount"),
    "weight": ("Вес", "Салмағы", "Weight"),
    "line_count": ("Позиций", "Позициялар саны", "Lines"),
    "kg": ("кг", "кг", "kg"),
    "days": ("{n} сут.", "{n} тәул.", "{n} days"),
    "unknown": ("—", "—", "—"),
    # signatures
    "taken_by": ("Заказ принял", "Тапсырысты қабылдаған", "Order taken by"),
    "confirmed_by": ("Заказ подтверждаю (клиент)", "Тапсырысты растаймын (клиент)", "Confirmed by (client)"),
    "signature": ("подпись / Ф. И. О.", "қолы / аты-жөні", "signature / name"),
    # fax
    "fax_title": ("ФАКС", "ФАКС", "FAX"),
    "to": ("Кому", "Кімге", "To"),
    "attention": ("Вниманию", "Назарына", "Attention"),
    "from": ("От кого", "Кімнен", "From"),
    "company": ("Компания", "Компания", "Company"),
    "sent_at": ("Дата и время", "Күні мен уақыты", "Date and time"),
    "pages_incl_cover": ("Страниц (с этой)", "Беттер (осыны қоса)", "Pages (incl. this one)"),
    "subject": ("Тема", "Тақырыбы", "Subject"),
    "fax_call_back": (
        "Если страницы не дошли или плохо читаются, позвоните: {phone}",
        "Беттер келмесе немесе анық оқылмаса, хабарласыңыз: {phone}",
        "If pages are missing or hard to read, please call {phone}",
    ),
    "fax_footer": ("Факс для: {name}", "Факс алушы: {name}", "Fax to: {name}"),
    # price list and reference
    "as_of": ("на {date}", "{date} жағдай бойынша", "as of {date}"),
    "price_column": ("Колонка цен", "Баға бағаны", "Price column"),
    "for_client": ("Для клиента", "Клиент үшін", "For client"),
    "prices_incl_vat": ("Цены указаны с НДС.", "Бағалар ҚҚС-пен көрсетілген.", "Prices include VAT."),
    "product_count": ("Товаров: {n}", "Тауарлар: {n}", "Products: {n}"),
    # daily report
    "period": ("Период", "Кезең", "Period"),
    "whole_desk": ("Весь отдел", "Бүкіл бөлім", "Whole desk"),
    "generated_at": ("Сформирован", "Жасалған", "Generated"),
    "summary": ("Итоги", "Қорытынды", "Summary"),
    "no_data": ("Нет данных", "Деректер жоқ", "No data"),
    # payment forms (codes of domain.ordering.PAYMENT_FORMS)
    "pay_cash": ("Наличные", "Қолма-қол ақша", "Cash"),
    "pay_bank_transfer": ("Безналичный расчёт", "Банктік аударым", "Bank transfer"),
    "pay_on_account": ("В счёт лимита (отсрочка)", "Лимит есебінен (кейінге қалдыру)", "On account (credit)"),
    "pay_card": ("Банковская карта", "Банк картасы", "Card"),
    # the shipping documents an order asks for (the completion dialog's default "Invoice, waybill"
    # in the operator's language): printed in the document's language
    "doc_invoice": ("счёт-фактура", "шот-фактура", "invoice"),
    "doc_waybill": ("накладная", "жүкқұжат", "waybill"),
    "doc_invoice_only": ("счёт", "шот", "bill"),
    "doc_act": ("акт", "акт", "certificate of completion"),
    "doc_certificate": ("сертификат", "сертификат", "certificate"),
    # documents.terms left at its default (config.DOCUMENT_TERMS)
    "default_terms": (
        "Цены указаны в тенге с учётом НДС. Товар принимается по количеству и качеству при получении.",
        "Бағалар теңгемен ҚҚС-ты қоса алғанда көрсетілген. Тауар алу кезінде саны мен сапасы бойынша "
        "қабылданады.",
        "Prices are in tenge and include VAT. Goods are accepted for quantity and quality on receipt.",
    ),
    # routing reasons stored as codes (domain/routing.py REASONS), for the daily report's transfers
    "routing.key_account_manager": (
        "Ключевой клиент: заказ принимает его менеджер",
        "Негізгі клиент: тапсырысты оның менеджері қабылдайды",
        "Key account: their manager takes the order",
    ),
    "routing.not_an_order": (
        "Не заказ: менеджеру клиента или руководителю отдела продаж",
        "Тапсырыс емес: клиенттің менеджеріне немесе сату бөлімінің басшысына",
        "Not an order: to the client's manager or the head of sales",
    ),
    "routing.new_client": (
        "Новый клиент: заказ принимается здесь, затем руководитель назначает менеджера",
        "Жаңа клиент: тапсырыс осында қабылданады, содан кейін басшы менеджер тағайындайды",
        "New client: take the order here, then the head assigns a manager",
    ),
    "routing.ordinary_client": (
        "Обычный клиент: заказ принимается здесь",
        "Қарапайым клиент: тапсырыс осында қабылданады",
        "Ordinary client: take the order here",
    ),
    "routing.no_rule": (
        "ни одно правило маршрутизации не подошло",
        "бағыттаудың бірде-бір ережесі сәйкес келмеді",
        "no routing rule matched",
    ),
    "routing.debt": (
        "Задолженность: просрочка или превышен лимит",
        "Берешек: мерзімі өткен немесе лимиттен асқан",
        "Debt: overdue or over the limit",
    ),
    # filled in by services/documents.py: titles, notes and the daily report's figures
    "price_list": ("Прайс-лист", "Баға парағы", "Price list"),
    "reference": ("Справочный лист по товарам", "Тауарлар бойынша анықтама", "Product reference"),
    "daily_report": (
        "Отчёт о звонках и заказах",
        "Қоңыраулар мен тапсырыстар есебі",
        "Calls and orders report",
    ),
    "new": ("новинка", "жаңа", "new"),
    "promo_until": ("акция «{n}» до {d}", "«{n}» акциясы {d} дейін", "promotion “{n}” until {d}"),
    "only_new": ("только новинки", "тек жаңа тауарлар", "new products only"),
    "only_promo": ("только акции", "тек акциялар", "promotions only"),
    "groups": ("группы: {g}", "топтар: {g}", "groups: {g}"),
    "other_group": ("Прочее", "Басқа", "Other"),
    "calls_in": ("Входящие звонки", "Кіріс қоңыраулар", "Incoming calls"),
    "calls_out": ("Исходящие звонки", "Шығыс қоңыраулар", "Outgoing calls"),
    "orders_taken": ("Принято заказов", "Қабылданған тапсырыстар", "Orders taken"),
    "orders_sum": ("Сумма заказов", "Тапсырыстар сомасы", "Orders total"),
    "avg_call": ("Средняя длительность звонка", "Қоңыраудың орташа ұзақтығы", "Average call"),
    "conversion": ("Заказов на входящий звонок", "Кіріс қоңырауға тапсырыс", "Orders per incoming call"),
    "callbacks_done": ("Перезвонов выполнено", "Орындалған кері қоңыраулар", "Callbacks done"),
    "callbacks_missed": ("Перезвонов пропущено", "Өткізілген кері қоңыраулар", "Callbacks missed"),
    "sleeping_called": (
        "Звонков «спящим» клиентам",
        "Енжар клиенттерге қоңыраулар",
        "Sleeping clients called",
    ),
    "sleeping_reactivated": ("Из них вернулись", "Оның ішінде қайтқандары", "Of them reactivated"),
    "complaints": ("Жалоб зарегистрировано", "Тіркелген шағымдар", "Complaints registered"),
    "by_outcome": ("Звонки по результату", "Қоңыраулар нәтиже бойынша", "Calls by outcome"),
    "outcome": ("Результат", "Нәтиже", "Outcome"),
    "calls": ("Звонков", "Қоңыраулар", "Calls"),
    "share": ("Доля", "Үлесі", "Share"),
    "per_operator": ("По операторам", "Операторлар бойынша", "By operator"),
    "in": ("Вход.", "Кіріс", "In"),
    "out": ("Исх.", "Шығыс", "Out"),
    "orders": ("Заказы", "Тапсырыстар", "Orders"),
    "sum": ("Сумма", "Сома", "Sum"),
    "avg": ("Ср. звонок", "Орт. қоңырау", "Avg call"),
    "transfers": ("Переводы по причинам", "Себептері бойынша аударулар", "Transfers by reason"),
    "reason": ("Причина", "Себебі", "Reason"),
    "by_hour": ("Звонки по часам", "Сағат бойынша қоңыраулар", "Calls by hour"),
    "no_calls": ("За период звонков нет.", "Кезеңде қоңыраулар жоқ.", "No calls in the period."),
    "order_taken": ("Принят заказ", "Тапсырыс қабылданды", "Order taken"),
    "info_given": ("Дана справка", "Анықтама берілді", "Information given"),
    "transferred": ("Переведён", "Аударылды", "Transferred"),
    "consulted": ("Консультация", "Кеңес", "Consulted"),
    "no_answer": ("Нет ответа", "Жауап жоқ", "No answer"),
    "busy": ("Занято", "Бос емес", "Busy"),
    "refused": ("Отказ", "Бас тарту", "Refused"),
    "callback_scheduled": ("Назначен перезвон", "Кері қоңырау белгіленді", "Callback scheduled"),
    "open": ("Не закрыт", "Жабылмаған", "Still open"),
}

PAYMENT_CODES = ("cash", "bank_transfer", "on_account", "card")


def norm_lang(lang: str | None) -> str:
    """``ru``, ``kk`` or ``en`` from ``"ru"``, ``"kk_KZ"``, ``"en-US"``...; raises DocumentError otherwise."""
    code = (lang or DEFAULT_LANG).strip().lower().replace("-", "_").split("_")[0]
    if code not in LANGS:
        from . import DocumentError

        raise DocumentError("document.language", language=str(lang), languages=list(LANGS))
    return code


def text(key: str, lang: str = DEFAULT_LANG, **values: Any) -> str:
    """The printed text ``key`` in ``lang``, placeholders filled."""
    template = TEXTS[key][LANGS.index(norm_lang(lang))]
    return template.format(**values) if values else template


def reason(value: str, lang: str = DEFAULT_LANG) -> str:
    """A transfer reason stored as a code (``routing.debt``) in words; an operator's own text as is."""
    return text(value, lang) if value.startswith("routing.") and value in TEXTS else value


def payment_form(value: str, lang: str = DEFAULT_LANG) -> str:
    """A payment form code (``cash``, ``bank_transfer``, ``on_account``, ``card``) in words; else as is."""
    key = (value or "").strip()
    return text(f"pay_{key}", lang) if key in PAYMENT_CODES else key


_DOCUMENT_KEYS = ("doc_invoice", "doc_waybill", "doc_invoice_only", "doc_act", "doc_certificate")


def _fold(word: str) -> str:
    return " ".join(word.casefold().replace("ё", "е").split())


@lru_cache(maxsize=1)
def _document_words() -> dict[str, str]:
    """Every language's name of a shipping document -> its key."""
    return {_fold(name): key for key in _DOCUMENT_KEYS for name in TEXTS[key]}


def documents(value: str, lang: str = DEFAULT_LANG) -> str:
    """The documents an order asks for, the known names (invoice, waybill ... in any of the three
    languages) in ``lang``, anything else as typed: "Invoice, waybill" prints "Счёт-фактура,
    накладная" on a Russian document."""
    parts = [part.strip() for part in re.split(r"[,;]", value or "")]
    if not any(parts):
        return (value or "").strip()
    words = _document_words()
    out = [text(words[_fold(p)], lang) if _fold(p) in words else p for p in parts if p]
    joined = ", ".join(out)
    return joined[:1].upper() + joined[1:] if _fold(parts[0]) in words else joined


@lru_cache(maxsize=8)
def _locale(lang: str) -> Any:
    from babel import Locale

    return Locale.parse(_LOCALES[norm_lang(lang)])


def _number(value: Decimal | int | float, pattern: str, lang: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, format=pattern, locale=_locale(lang), decimal_quantization=True)


def currency_symbol(currency: str = "KZT") -> str:
    """₸ for KZT, ₽ for RUB ...; the ISO code itself when no sign is known."""
    return _SYMBOLS.get((currency or "KZT").upper(), (currency or "").upper())


def amount(value: Decimal, lang: str = DEFAULT_LANG) -> str:
    """Money without its sign, two decimals: ``12 345,67`` (ru/kk), ``12,345.67`` (en)."""
    return _number(Decimal(value).quantize(_CENT, ROUND_HALF_UP), "#,##0.00", lang)


def money(value: Decimal, lang: str = DEFAULT_LANG, currency: str = "KZT") -> str:
    """Money with its sign after a no-break space: ``12 345,67 ₸``."""
    return f"{amount(value, lang)}{NBSP}{currency_symbol(currency)}"


def quantity(value: Decimal, lang: str = DEFAULT_LANG) -> str:
    """A quantity or pack size: up to three decimals, none when whole (``12``, ``2,5``)."""
    return _number(Decimal(value).quantize(Decimal("0.001"), ROUND_HALF_UP), "#,##0.###", lang)


def percent(value: Decimal, lang: str = DEFAULT_LANG) -> str:
    """A percentage number without the sign: ``5``, ``7,5``."""
    return _number(Decimal(value).quantize(_CENT, ROUND_HALF_UP), "#,##0.##", lang)


def weight(kg: Decimal, lang: str = DEFAULT_LANG) -> str:
    """A weight in kilograms with its unit: ``1 234,5 кг``."""
    return (
        _number(Decimal(kg).quantize(Decimal("0.01"), ROUND_HALF_UP), "#,##0.##", lang)
        + NBSP
        + text("kg", lang)
    )


def date(value: dt.date | None) -> str:
    """``dd.mm.yyyy``; empty for none."""
    return value.strftime("%d.%m.%Y") if value else ""


def date_time(value: dt.datetime | None) -> str:
    """``dd.mm.yyyy HH:MM``; empty for none."""
    return value.strftime("%d.%m.%Y %H:%M") if value else ""
