"""The client card: who is calling, the debt indicator, where the call goes, terms, contacts, history."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from orderdesk_gui.domain.debt import DebtLevel, DebtStatus
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.routing import AVAILABLE, TAKE_HERE, Proposal, Step
from orderdesk_gui.services.caller import CallerView
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import freshness, messages
from orderdesk_gui.ui.elided import never_wider
from orderdesk_gui.ui.forms.ui_client_card import Ui_ClientCard
from orderdesk_gui.ui.journal import journal_model
from orderdesk_gui.ui.models import (
    PRESENCE_LABELS,
    STATUS_LABELS,
    label,
    order_briefs_model,
)
from orderdesk_gui.ui.views import setup_readonly

# Text and a shape, never colour alone (colour-blind operators read the words).
DEBT_LOOK = {
    DebtLevel.GREEN: ("●", QT_TRANSLATE_NOOP("ClientCard", "OK: orders may be taken"), "#e8f5e9", "#1b5e20"),
    DebtLevel.AMBER: (
        "▲",
        QT_TRANSLATE_NOOP("ClientCard", "CAUTION: close to the limit or due soon"),
        "#fff8e1",
        "#8a5a00",
    ),
    DebtLevel.RED: ("✖", QT_TRANSLATE_NOOP("ClientCard", "STOP: debt: no orders"), "#ffebee", "#b71c1c"),
}


def reason_text(reason: str) -> str:
    """A routing or transfer reason as stored: a code (``routing.new_client``) in the operator's
    language, or an administrator's or operator's own wording as written."""
    return messages.stored_text(reason)


class ClientCardWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientCard()
        self.ui.setupUi(self)
        self.view: CallerView | None = None
        self.operator_id: int | None = None  # this desk's operator: their own call is not "another"
        self.ui.busyLabel.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.ui.busyLabel.hide()
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.ui.nameLabel.set_lines(3)  # a long legal name wraps to three lines, then is cut (tooltip: all)
        level_font = self.ui.debtLevelLabel.font()
        level_font.setPointSizeF(level_font.pointSizeF() * 1.2)
        level_font.setBold(True)
        self.ui.debtLevelLabel.setFont(level_font)
        for caption in (self.ui.contactsCaption, self.ui.ordersCaption, self.ui.callsCaption):
            f = caption.font()
            f.setBold(True)
            caption.setFont(f)
        self.ui.ordersCaption.setWordWrap(True)  # it names the last cancelled order and why
        never_wider(self)  # no name, address or note widens the window: they wrap
        self.orders_model = order_briefs_model(self)
        self.ui.ordersView.setModel(self.orders_model)
        setup_readonly(self.ui.ordersView)
        self.ui.ordersView.setColumnHidden(3, True)  # the line count is in the sum's tooltip: 4 columns fit
        self.calls_model = journal_model(self, compact=True)
        self.ui.callsView.setModel(self.calls_model)
        setup_readonly(self.ui.callsView)
        self.show_caller(None)

    @property
    def card(self):
        return self.view.card if self.view else None

    def _show_busy(self, view: CallerView) -> None:
        """Another operator on the phone with this client now: said at the top of the card."""
        others = [(name, since) for op_id, name, since in view.on_the_phone if op_id != self.operator_id]
        self.ui.busyLabel.setVisible(bool(others))
        self.ui.busyLabel.setText(
            "<br>".join(
                "☎ "
                + self.tr("%s is on the phone with this client since %s")
                % (html.escape(name), fmt.local_time(since))
                for name, since in others
            )
        )

    def show_unknown(self, number: str) -> None:
        """A call from a number no client has: the number on the card, and what to do with it."""
        self.show_caller(None)
        whole = phone_display(number).replace(" ", "\u00a0")  # the number wraps as one piece, never split
        self.ui.nameLabel.setText(self.tr("Unknown number %s") % whole)
        self.ui.subtitleLabel.setText(
            self.tr("No client has this number. Ctrl+N creates a potential client with it; F3 searches.")
        )

    def show_caller(self, view: CallerView | None) -> None:
        self.view = view
        ui = self.ui
        if view is None:
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
                ui.routeLabel,
                ui.complaintsLabel,
            ):
                w.clear()
            ui.complaintsLabel.hide()
            ui.busyLabel.hide()
            ui.debtFrame.hide()
            freshness.show(ui.debtsAsOfLabel, None)
            self.orders_model.set_rows([])
            self.calls_model.set_rows([])
            return
        card = view.card
        self._show_busy(view)
        ui.nameLabel.setText(card.name)
        place = ", ".join(x for x in (card.city, card.region) if x and x != card.city)
        ui.subtitleLabel.setText(
            f"{card.type_name} · {card.city}{' (' + place + ')' if place else ''} · "
            f"{card.code} · {label(STATUS_LABELS, card.status)}"
        )
        self._show_debt(view.debt)
        freshness.show(ui.debtsAsOfLabel, view.debts_freshness)
        ui.routeLabel.setText(self.route_text(view.action, view.action is view.debt_proposal))
        if card.manager_name:
            presence = label(PRESENCE_LABELS, card.manager_presence)
            if card.manager_absent_until and card.manager_presence == "absent":
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
        gone = card.last_cancelled
        ui.ordersCaption.setText(
            self.tr("Last orders")
            if gone is None
            else self.tr("Last orders (last cancelled: %s, %s%s)")
            % (
                fmt.local_date(gone.created_at),
                fmt.money(gone.total),
                ", " + (gone.cancel_reason[:40] + "…" if len(gone.cancel_reason) > 40 else gone.cancel_reason)
                if gone.cancel_reason
                else "",
            )
        )
        ui.ordersCaption.setToolTip(gone.cancel_reason if gone else "")
        self.calls_model.set_rows(view.calls)
        self._show_complaints(view.open_complaints)

    def _show_complaints(self, count: int) -> None:
        label_ = self.ui.complaintsLabel
        label_.setVisible(count > 0)
        if count:
            label_.setText("⚠ " + self.tr("Open complaints, claims or wishes: %n", "", count))
            label_.setStyleSheet("color: #8a1c1c; font-weight: bold;")

    def debt_detail(self, debt: DebtStatus) -> str:
        parts = [self.tr("Owed <b>%s</b>") % fmt.money(debt.total)]
        if debt.uninvoiced > 0:  # accepted orders accounting has not invoiced: they count against the limit
            parts.append(self.tr("orders not yet invoiced <b>%s</b>") % fmt.money(debt.uninvoiced))
        if debt.overdue > 0:
            parts.append(
                self.tr("overdue <b>%s</b>, oldest %d days")
                % (fmt.money(debt.overdue), debt.oldest_overdue_days)
            )
        if debt.over_limit_by > 0:
            parts.append(self.tr("<b>%s over the limit</b>") % fmt.money(debt.over_limit_by))
        else:
            parts.append(
                self.tr("headroom <b>%s</b> of %s") % (fmt.money(debt.headroom), fmt.money(debt.credit_limit))
            )
        if debt.due_soon > 0:
            parts.append(self.tr("due within days: %s") % fmt.money(debt.due_soon))
        return " · ".join(parts)

    def step_text(self, step: Step) -> str:
        """Why a link of the routing chain was passed over, in the operator's language."""
        gone = step.unavailable
        if gone is None:
            if step.step == "key_account_manager":
                return self.tr("no key-account manager available")
            return (
                self.tr("nobody assigned") if step.step == "client_manager" else self.tr("nobody available")
            )
        text = f"{gone.name}: {label(PRESENCE_LABELS, gone.presence)}"
        if gone.presence == "absent" and gone.absent_until:
            text += " " + self.tr("until %s") % gone.absent_until.strftime("%d.%m.%Y")
        if step.person is not None:
            text += "; " + self.tr("substitute: %s") % step.person.name
        return text

    def route_text(self, proposal: Proposal, debt_route: bool) -> str:
        if proposal.action == TAKE_HERE:
            text = "➜ <b>" + self.tr("Take the order here") + "</b>"
            if proposal.reason:
                text += ": " + reason_text(proposal.reason)
            if proposal.assign_to is not None:
                text += "<br>" + self.tr("Then pass to %s to assign a manager.") % proposal.assign_to.name
            return text
        skipped = [self.step_text(s) for s in proposal.tried if s.note != AVAILABLE]
        if proposal.target is None:
            return (
                "➜ <b>"
                + self.tr("Nobody available")
                + "</b>: "
                + "; ".join(skipped)
                + ". "
                + self.tr("Offer a callback.")
            )
        who = proposal.target.name
        if proposal.target.extension:
            who += " " + self.tr("(ext. %s)") % proposal.target.extension
        head = self.tr("Debt: transfer to %s") if debt_route else self.tr("Transfer to %s")
        text = "➜ <b>" + head % who + "</b> [F7]"
        if not debt_route and proposal.reason:
            text += ": " + reason_text(proposal.reason)
        if skipped:
            text += "<br><i>" + "; ".join(skipped) + "</i>"
        return text

    def _show_debt(self, debt: DebtStatus) -> None:
        icon, text, background, foreground = DEBT_LOOK[debt.level]
        self.ui.debtFrame.show()
        self.ui.debtFrame.setStyleSheet(
            f"QFrame#debtFrame {{ background: {background}; border: 2px solid {foreground}; "
            f"border-radius: 4px; }} QLabel {{ color: {foreground}; background: transparent; }}"
        )
        self.ui.debtLevelLabel.setText(f"{icon} {QCoreApplication.translate('ClientCard', text)}")
        self.ui.debtDetailLabel.setText(self.debt_detail(debt))
