"""Messages of the exchange with accounting: files refused, rows rejected, conflicts left to the desk."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "exchange.bad_number": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” is not a number this program takes."
    ),
    "exchange.missing_value": QT_TRANSLATE_NOOP("Messages", "{field} is empty."),
    "exchange.too_long": QT_TRANSLATE_NOOP(
        "Messages", "{field} is {length} characters long; at most {longest} are allowed."
    ),
    "exchange.bad_whole_number": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” must be a whole number from {lowest} to {highest}."
    ),
    "exchange.bad_date": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” is not a date (04.12.2026, 2026-12-04 or 04.12.26)."
    ),
    "exchange.bad_flag": QT_TRANSLATE_NOOP("Messages", "{field}: “{value}” is neither yes nor no."),
    "exchange.bad_tax_id": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” is not a BIN/IIN (12 digits) or an INN (10 or 12 digits)."
    ),
    "exchange.bad_xml": QT_TRANSLATE_NOOP("Messages", "The file is not well-formed XML: {reason}"),
    "exchange.not_commerceml": QT_TRANSLATE_NOOP(
        "Messages", "The file is XML but not CommerceML (no «КоммерческаяИнформация» element)."
    ),
    "exchange.misplaced": QT_TRANSLATE_NOOP(
        "Messages", "«{element}» is inside «{parent}», where CommerceML has no such element."
    ),
    "exchange.duplicate_id": QT_TRANSLATE_NOOP("Messages", "“{id}” is in the file twice."),
    "exchange.too_deep": QT_TRANSLATE_NOOP("Messages", "Product groups nested more than 50 deep."),
    "exchange.negative": QT_TRANSLATE_NOOP("Messages", "{field}: “{value}” is below zero."),
    "exchange.bad_encoding": QT_TRANSLATE_NOOP(
        "Messages", "The file is neither UTF-8 nor Windows-1251 text from this line on."
    ),
    "exchange.bad_csv": QT_TRANSLATE_NOOP("Messages", "The CSV file cannot be read here: {reason}"),
    "exchange.bad_xlsx": QT_TRANSLATE_NOOP("Messages", "The Excel file cannot be opened: {reason}"),
    "exchange.no_header": QT_TRANSLATE_NOOP("Messages", "The file has no row naming its columns."),
    "exchange.unknown_table": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot tell what “{file}” lists: name the file clients, contacts, products, prices, receivables or "
        "promotions, or give its columns the usual names.",
    ),
    "exchange.missing_columns": QT_TRANSLATE_NOOP("Messages", "Columns missing: {columns}."),
    "exchange.no_price_columns": QT_TRANSLATE_NOOP(
        "Messages", "No column of the price file names a price column of this office."
    ),
    "exchange.statement_columns": QT_TRANSLATE_NOOP(
        "Messages", "The debt statement has no closing balance column («Кон. остаток»)."
    ),
    "exchange.period_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The promotion ends ({ends}) before it starts ({starts})."
    ),
    "exchange.file_too_big": QT_TRANSLATE_NOOP(
        "Messages", "The file is {size_mb} MB; files up to {limit_mb} MB are imported."
    ),
    "exchange.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read {file}: {reason}"),
    "exchange.unknown_product": QT_TRANSLATE_NOOP(
        "Messages", "No product “{product}”: import the catalogue first, or check the code."
    ),
    "exchange.price_of_unknown_product": QT_TRANSLATE_NOOP(
        "Messages", "No product “{product}” here: its price and stock were left out."
    ),
    "exchange.client_known_by_other_id": QT_TRANSLATE_NOOP(
        "Messages", "{client} has this BIN/IIN and is known to accounting as {id}: this row updated it."
    ),
    "exchange.statement_row_not_a_client": QT_TRANSLATE_NOOP(
        "Messages", "“{client}” is not a client here and owes nothing: left out."
    ),
    "exchange.unknown_price_column": QT_TRANSLATE_NOOP("Messages", "No price column “{column}”."),
    "exchange.unknown_client": QT_TRANSLATE_NOOP(
        "Messages", "No client “{client}” (by accounting's code, BIN/IIN or name): import the clients first."
    ),
    "exchange.unknown_client_type": QT_TRANSLATE_NOOP("Messages", "No client type “{value}”."),
    "exchange.no_client_types": QT_TRANSLATE_NOOP(
        "Messages", "The database has no client types or price columns yet: run the company set-up first."
    ),
    "exchange.unknown_manager": QT_TRANSLATE_NOOP(
        "Messages", "No user “{value}”: the client was imported without a manager."
    ),
    "exchange.code_kept": QT_TRANSLATE_NOOP(
        "Messages", "The product keeps its code {kept}; accounting calls it {other}."
    ),
    "exchange.desk_delivery_address_kept": QT_TRANSLATE_NOOP(
        "Messages", "{client}: the delivery address entered at the desk is kept; accounting has “{value}”."
    ),
    "exchange.desk_region_kept": QT_TRANSLATE_NOOP(
        "Messages", "{client}: the region entered at the desk is kept; accounting has “{value}”."
    ),
    "exchange.desk_city_kept": QT_TRANSLATE_NOOP(
        "Messages", "{client}: the city entered at the desk is kept; accounting has “{value}”."
    ),
    "exchange.desk_manager_kept": QT_TRANSLATE_NOOP(
        "Messages", "{client}: the manager assigned at the desk is kept; accounting names “{value}”."
    ),
    "exchange.bad_phone": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a phone number: left out."),
    "exchange.unknown_order": QT_TRANSLATE_NOOP(
        "Messages", "No order {order} in this database: the document is kept without it."
    ),
}
