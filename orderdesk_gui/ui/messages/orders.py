"""Error texts of the orders area (see orderdesk_gui/ui/messages/__init__.py): code -> English source."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # prices and quantities (domain/ordering.py)
    "order.no_price": QT_TRANSLATE_NOOP(
        "Messages", "This product has no price in the client's price column: it cannot be sold."
    ),
    "order.completion_waits_connection": QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the database was lost while completing: the order stays here and is "
        "completed by itself as soon as the connection is back (never twice).",
    ),
    "order.quantity_missing": QT_TRANSLATE_NOOP("Messages", "Enter a quantity."),
    "order.quantity_not_a_number": QT_TRANSLATE_NOOP("Messages", '"{text}" is not a number.'),
    "order.quantity_not_positive": QT_TRANSLATE_NOOP("Messages", "The quantity must be more than zero."),
    "order.quantity_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{quantity} is more than the largest quantity of one line ({maximum}): check the number."
    ),
    "order.quantity_whole_units": QT_TRANSLATE_NOOP(
        "Messages", "This product is sold only in whole units ({unit})."
    ),
    "order.quantity_whole_packs": QT_TRANSLATE_NOOP(
        "Messages", "Sold in packs of {pack}: enter {pack}, {twice}, {thrice} …"
    ),
    "order.rounded_too_large": QT_TRANSLATE_NOOP(
        "Messages", "Rounded up to whole packs this is more than {maximum}."
    ),
    "order.rounded_up": QT_TRANSLATE_NOOP("Messages", "Rounded up to {packs} × {pack}"),
    "order.merged_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{name}: together {quantity} is more than {maximum}."
    ),
    # offers and completion
    "order.offers_unanswered": QT_TRANSLATE_NOOP(
        "Messages", "Offered products without an answer: {count}. Accept or decline each."
    ),
    "order.offers_too_few": QT_TRANSLATE_NOOP(
        "Messages",
        "Offer at least {minimum} products beyond what the client asked for: {done} offered so far.",
    ),
    "order.no_lines": QT_TRANSLATE_NOOP("Messages", "The order has no lines."),
    "order.payment_form_missing": QT_TRANSLATE_NOOP("Messages", "Choose the form of payment."),
    "order.regional_terms_missing": QT_TRANSLATE_NOOP(
        "Messages", "A regional client: give the pickup date or the shipping details."
    ),
    "order.delivery_date_missing": QT_TRANSLATE_NOOP("Messages", "Choose the delivery date."),
    "order.delivery_in_past": QT_TRANSLATE_NOOP("Messages", "The delivery date {day} is in the past."),
    "order.delivery_on_weekend": QT_TRANSLATE_NOOP("Messages", "The delivery date {day} falls on a weekend."),
    "order.delivery_on_holiday": QT_TRANSLATE_NOOP("Messages", "The delivery date {day} is a holiday."),
    "order.pickup_in_past": QT_TRANSLATE_NOOP("Messages", "The pickup date {day} is in the past."),
    "order.pickup_on_weekend": QT_TRANSLATE_NOOP("Messages", "The pickup date {day} falls on a weekend."),
    "order.pickup_on_holiday": QT_TRANSLATE_NOOP("Messages", "The pickup date {day} is a holiday."),
    "order.receiver_missing": QT_TRANSLATE_NOOP("Messages", "Choose the contact who will receive the goods."),
    "order.receiver_not_confirmed": QT_TRANSLATE_NOOP(
        "Messages", "Confirm that the receiver will be present at delivery."
    ),
    "order.receiver_not_contact": QT_TRANSLATE_NOOP(
        "Messages", "The receiver is not a contact of this client."
    ),
    # starting an order, the debt gate (services/debt_gate.py)
    "order.client_missing": QT_TRANSLATE_NOOP("Messages", "The client no longer exists."),
    "order.client_blocked": QT_TRANSLATE_NOOP("Messages", "This client is blocked: no orders are taken."),
    "order.override_reason_missing": QT_TRANSLATE_NOOP(
        "Messages", "Write why the debt gate is overridden for this order."
    ),
    "order.override_amount_missing": QT_TRANSLATE_NOOP(
        "Messages", "Write the amount up to which the order is approved."
    ),
    "order.override_amount_not_amount": QT_TRANSLATE_NOOP(
        "Messages", "The approved amount is a sum of money, such as 150 000 or 150000,50."
    ),
    "order.override_exceeded": QT_TRANSLATE_NOOP(
        "Messages", "The order is now {total}, more than the {approved} approved: it needs approval again."
    ),
    "order.override_without_amount": QT_TRANSLATE_NOOP(
        "Messages", "The override of this order names no amount: it needs approval again for {total}."
    ),
    "order.debt_gate_closed": QT_TRANSLATE_NOOP(
        "Messages", "Orders are stopped by the client's debt: the debt gate is red."
    ),
    "order.debt_overdue_document": QT_TRANSLATE_NOOP(
        "Messages", "{number}: {amount} unpaid, {days} days overdue"
    ),
    "order.debt_more_overdue": QT_TRANSLATE_NOOP("Messages", "more overdue documents: {count}"),
    "order.debt_over_limit": QT_TRANSLATE_NOOP("Messages", "{over} over the credit limit of {limit}"),
    # drafts, lines, prices, cancelling (services/ordering.py)
    "order.not_accepted": QT_TRANSLATE_NOOP("Messages", "Only an accepted order can be marked invoiced."),
    "order.invoiced_already": QT_TRANSLATE_NOOP("Messages", "Order {number} is marked invoiced already."),
    "order.missing": QT_TRANSLATE_NOOP("Messages", "The order no longer exists."),
    "order.held_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is editing this order at desk {desk} (since {since}): it is read-only here. "
        "Ctrl+Shift+O takes it over.",
    ),
    "order.not_draft": QT_TRANSLATE_NOOP(
        "Messages", "The order is no longer a draft: it cannot be changed here."
    ),
    "order.changed_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "This order was changed at another desk: reopen it."
    ),
    "order.product_not_sold": QT_TRANSLATE_NOOP("Messages", "This product is not sold any more."),
    "order.nothing_to_repeat": QT_TRANSLATE_NOOP("Messages", "The client has no earlier order to repeat."),
    "order.manual_price_reason_missing": QT_TRANSLATE_NOOP("Messages", "Write why the price is set by hand."),
    "order.price_not_a_number": QT_TRANSLATE_NOOP("Messages", '"{text}" is not a price.'),
    "order.price_not_positive": QT_TRANSLATE_NOOP("Messages", "A price must be more than zero."),
    "order.price_too_high": QT_TRANSLATE_NOOP(
        "Messages", "The price is more than ten times the base price {base}: check the number."
    ),
    "order.cancel_reason_missing": QT_TRANSLATE_NOOP("Messages", "Say why the draft is cancelled."),
    # promotions and special items (issue 16 part 4)
    "promotion.name_missing": QT_TRANSLATE_NOOP("Messages", "Name the promotion."),
    "promotion.name_bad": QT_TRANSLATE_NOOP(
        "Messages", "The name is too long or unreadable (at most {most} characters)."
    ),
    "promotion.kind_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Choose what the promotion does: a price, items to offer or a note."
    ),
    "promotion.period_bad": QT_TRANSLATE_NOOP(
        "Messages", "Give the first and the last day of the promotion."
    ),
    "promotion.period_reversed": QT_TRANSLATE_NOOP("Messages", "The promotion ends before it starts."),
    "promotion.period_too_long": QT_TRANSLATE_NOOP("Messages", "A promotion runs at most {days} days."),
    "promotion.already_over": QT_TRANSLATE_NOOP(
        "Messages", "This promotion would already be over: check its last day."
    ),
    "promotion.note_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The note is too long or unreadable (at most {most} characters)."
    ),
    "promotion.region_bad": QT_TRANSLATE_NOOP(
        "Messages", "The region is too long or unreadable (at most {most} characters)."
    ),
    "promotion.too_many_items": QT_TRANSLATE_NOOP("Messages", "A promotion takes at most {most} products."),
    "promotion.product_twice": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: this product is in the promotion already."
    ),
    "promotion.price_not_amount": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: the special price is not an amount of money."
    ),
    "promotion.discount_not_percent": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: the discount is a percentage above 0 and below 100, e.g. 7.5."
    ),
    "promotion.price_and_discount": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: give either a special price or a discount, not both."
    ),
    "promotion.price_missing": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: a price promotion needs a special price or a discount for each product."
    ),
    "promotion.no_items": QT_TRANSLATE_NOOP("Messages", "Add at least one product."),
    "promotion.filter_unknown": QT_TRANSLATE_NOOP("Messages", "Choose which promotions to list."),
    "promotion.missing": QT_TRANSLATE_NOOP("Messages", "This promotion is no longer there."),
    "promotion.client_type_gone": QT_TRANSLATE_NOOP(
        "Messages", "That client type is no longer there: choose another."
    ),
    "promotion.product_gone": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: the product is no longer in the catalogue."
    ),
    "promotion.from_accounting": QT_TRANSLATE_NOOP(
        "Messages",
        "“{name}” comes from accounting: change it there (the next import would undo a change here).",
    ),
    "promotion.changed_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "“{name}” was changed at another desk meanwhile: open it again and repeat your change."
    ),
}
