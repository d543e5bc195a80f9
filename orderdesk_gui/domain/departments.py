"""The departments the program's rules name by code: whom a complaint goes to, whose head sees every
department's items, which department fulfils an order, whose head routing and consultations reach.

Every database has them: migration 0008 adds the missing ones (by code) with the default names
below and leaves existing ones as they are. Other departments a company keeps are data only.
"""

from __future__ import annotations

WHOLESALE = "wholesale"
KEY_ACCOUNTS = "key_accounts"
REGIONAL = "regional"
SALES = "sales"
FINANCE = "finance"
CALL_CENTRE = "call_centre"
LOGISTICS = "logistics"

# Not required: complaints about the quality of goods go to it when a company has one.
QUALITY = "quality"

# code -> default name, in the order a new database numbers them (the demo's order)
DEFAULT_NAMES: dict[str, str] = {
    WHOLESALE: "Отдел оптовых продаж",
    KEY_ACCOUNTS: "Отдел по работе с ключевыми клиентами",
    REGIONAL: "Региональный отдел",
    SALES: "Отдел продаж",
    FINANCE: "Финансовая служба",
    CALL_CENTRE: "Отдел приёма заказов",
    LOGISTICS: "Служба доставки / логистика",
}
REQUIRED: tuple[str, ...] = tuple(DEFAULT_NAMES)
