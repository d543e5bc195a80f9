"""The client card: who is calling, their type, manager and presence, terms, contacts, last orders."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from orderdesk_gui.domain.entities import ClientCard
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui.forms.ui_client_card import Ui_ClientCard
from orderdesk_gui.ui.models import PRESENCE_LABELS, STATUS_LABELS, label, order_briefs_model
from orderdesk_gui.ui.views import setup_readonly


class ClientCardWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientCard()
        self.ui.setupUi(self)
        self.card: ClientCard | None = None
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        for caption in (self.ui.contactsCaption, self.ui.ordersCaption):
            f = caption.font()
            f.setBold(True)
            caption.setFont(f)
        self.orders_model = order_briefs_model(self)
        self.ui.ordersView.setModel(self.orders_model)
        setup_readonly(self.ui.ordersView)
        self.show_card(None)

    def show_card(self, card: ClientCard | None) -> None:
        self.card = card
        ui = self.ui
        if card is None:
            ui.nameLabel.setText(self.tr("No client on screen"))
            ui.subtitleLabel.setText(
                self.tr("Type a phone number, client code, BIN/IIN or part of the name above.")
            )
            for w in (
                ui.managerLabel,
                ui.priceLabel,
                ui.termsLabel,
                ui.addressLabel,
                ui.taxLabel,
                ui.contactsLabel,
                ui.notesLabel,
            ):
                w.clear()
            self.orders_model.set_rows([])
            return
        ui.nameLabel.setText(card.name)
        place = ", ".join(x for x in (card.city, card.region) if x and x != card.city)
        ui.subtitleLabel.setText(
            f"{card.type_name} · {card.city}{' (' + place + ')' if place else ''} · "
            f"{card.code} · {label(STATUS_LABELS, card.status)}"
        )
        if card.manager_name:
            presence = label(PRESENCE_LABELS, card.manager_presence)
            if card.manager_absent_until:
                presence += " " + self.tr("until %s") % card.manager_absent_until.strftime("%d.%m.%Y")
            ui.managerLabel.setText(f"{card.manager_name} — {presence}")
        else:
            ui.managerLabel.setText(self.tr("not assigned"))
        ui.priceLabel.setText(card.price_column)
        ui.termsLabel.setText(
            self.tr("limit %s, payment within %d days")
            % (fmt.money(card.credit_limit), card.payment_delay_days)
        )
        address = card.delivery_address
        if card.shipping_details:
            address += "\n" + card.shipping_details
        ui.addressLabel.setText(address)
        ui.taxLabel.setText(card.tax_id)
        lines = []
        for c in card.contacts:
            extra = [", ".join(c.phones)] if c.phones else []
            if c.fax:
                extra.append(self.tr("fax %s") % phone_display(c.fax))
            if c.email:
                extra.append(c.email)
            receive = " ✔ " + self.tr("receives goods") if c.can_receive_goods else ""
            lines.append(f"{c.name} ({c.role}){receive}\n    " + "; ".join(extra))
        ui.contactsLabel.setText("\n".join(lines) if lines else self.tr("no contacts"))
        ui.notesLabel.setText(card.notes)
        self.orders_model.set_rows(card.last_orders)
