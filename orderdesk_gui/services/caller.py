"""What the operator sees when a client calls: card, debt status and where the call should go."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from orderdesk_gui import clock
from orderdesk_gui.db import followups, queries
from orderdesk_gui.domain.debt import DebtRules, DebtStatus, Freshness, debt_status, freshness
from orderdesk_gui.domain.entities import ClientCard
from orderdesk_gui.domain.routing import (
    CallContext,
    Proposal,
    debt_transfer,
    finance_transfer,
    propose,
    transfer_choices,
)
from orderdesk_gui.services import complaints
from orderdesk_gui.services.ordering import drafts_of

CARD_CALLS = 30  # calls listed on the card


@dataclass(frozen=True)
class CallerView:
    card: ClientCard
    debt: DebtStatus
    proposal: Proposal  # for the call's purpose
    debt_proposal: Proposal | None  # red debt: to the manager or finance (D6)
    finance_proposal: Proposal | None  # red debt: straight to finance (D6)
    purpose: str
    drafts: list = field(default_factory=list)  # ordering.DraftBrief of drafts left open
    calls: list = field(default_factory=list)  # journal.JournalRow: this client's latest calls
    open_complaints: int = 0  # complaints, claims and wishes not resolved yet
    transfers: list = field(default_factory=list)  # Proposal: whom F7 offers, the proposal first
    on_the_phone: list = field(default_factory=list)  # (operator id, name, since): calls going on with it
    debts_freshness: Freshness | None = None  # when the debts were last brought in from accounting

    @property
    def action(self) -> Proposal:
        """What the operator should do now: with red debt an order call goes to debt handling."""
        if self.debt_proposal is not None and self.purpose == "order":
            return self.debt_proposal
        return self.proposal


def context(card: ClientCard, purpose: str, today: dt.date) -> CallContext:
    return CallContext(card.type_code, purpose, card.is_new, card.manager_id, today)


def client_debt(card: ClientCard, today: dt.date, rules: DebtRules) -> DebtStatus:
    """The client's debt as the desk sees it on the card (and the routing preview)."""
    uninvoiced = queries.uninvoiced_total(card.id, rules.no_credit_forms)
    return debt_status(
        queries.open_documents(card.id), card.credit_limit, today, rules, uninvoiced=uninvoiced
    )


def load_caller(client_id: int, purpose: str, today: dt.date, rules: DebtRules) -> CallerView | None:
    card = queries.client_card(client_id)
    if card is None:
        return None
    debt = client_debt(card, today, rules)
    people = queries.people()
    ctx = context(card, purpose, today)
    proposal = propose(ctx, queries.routing_rules(), people)
    debt_proposal = debt_transfer(ctx, people) if debt.blocks_orders else None
    action = debt_proposal if debt_proposal is not None and purpose == "order" else proposal
    return CallerView(
        card=card,
        debt=debt,
        proposal=proposal,
        debt_proposal=debt_proposal,
        finance_proposal=finance_transfer(ctx, people) if debt.blocks_orders else None,
        purpose=purpose,
        drafts=drafts_of(client_id),
        calls=followups.client_calls(client_id, limit=CARD_CALLS),
        open_complaints=complaints.open_count(client_id),
        transfers=transfer_choices(ctx, people, action),
        on_the_phone=followups.on_the_phone(client_id, clock.now_utc()),
        debts_freshness=debts_freshness(rules),
    )


def debts_freshness(rules: DebtRules) -> Freshness:
    """How fresh the debts on this database are: when accounting's receivables were last imported."""
    return freshness(queries.debts_as_of(), clock.now_utc(), rules.stale_hours)


def find_clients(text: str, today: dt.date, rules: DebtRules, limit: int = 50) -> list:
    """Search as you type (phone or part of it, code, BIN/IIN, name), each client with its debt level,
    so a red client is seen in the list before the card opens."""
    hits = queries.search_clients(text, limit)
    limits = {h.id: h.credit_limit for h in hits if h.credit_limit is not None}
    inputs = queries.debt_inputs(
        [h.id for h in hits], rules.no_credit_forms, limits if len(limits) == len(hits) else None
    )
    out = []
    for hit in hits:
        if hit.id in inputs:
            limit_, documents, uninvoiced = inputs[hit.id]
            level = debt_status(documents, limit_, today, rules, uninvoiced=uninvoiced).level
            hit = replace(hit, debt=level.value)
        out.append(hit)
    return out
