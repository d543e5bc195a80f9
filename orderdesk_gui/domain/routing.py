"""Where a call goes (D3, D4, D6, D15, D19): rules as data, people with presence and substitutes.

A rule matches a call by client type, purpose and whether the client is new,
and names either "take it here" or a chain of steps to try in order. A step is
``client_manager``, ``key_account_manager`` (any available one), ``head:<dept>``
(that department's head) or ``finance``. A person who is away, or absent until
a date not yet past, is passed over for their substitute when that one is
available. The first step that yields someone available is proposed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from orderdesk_gui.domain.departments import FINANCE, SALES, WHOLESALE

TAKE_HERE = "take_here"
TRANSFER = "transfer"
ANY = ""  # a rule field that matches everything
HEAD = "head:"  # a step ``head:<department code>``


def head_step(department: str) -> str:
    """The step "the head of this department"."""
    return HEAD + department


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str
    department: str = ""  # department code
    head_of: str = ""  # department code this person heads
    is_key_account_manager: bool = False
    presence: str = "available"  # available / away / absent
    absent_until: dt.date | None = None
    substitute_id: int | None = None
    extension: str = ""

    def available(self, today: dt.date) -> bool:
        if self.presence == "available":
            return True
        if self.presence == "absent" and self.absent_until is not None:
            return self.absent_until < today
        return False


@dataclass(frozen=True)
class Rule:
    priority: int
    action: str  # take_here / transfer
    client_type: str = ANY
    purpose: str = ANY
    client_is_new: bool | None = None
    chain: tuple[str, ...] = ()
    reason: str = ""
    assign_chain: tuple[str, ...] = ()  # new clients: who assigns a manager (D15)

    def matches(self, ctx: CallContext) -> bool:
        return (
            (self.client_type in (ANY, ctx.client_type))
            and (self.purpose in (ANY, ctx.purpose))
            and (self.client_is_new is None or self.client_is_new == ctx.client_is_new)
        )


@dataclass(frozen=True)
class CallContext:
    client_type: str  # "" for an unknown caller
    purpose: str  # order / info / complaint / other
    client_is_new: bool
    manager_id: int | None
    today: dt.date


@dataclass(frozen=True)
class Step:
    """One link of the chain as it was tried, for the operator to read."""

    step: str
    person: Person | None
    note: str
    unavailable: Person | None = None  # who was passed over at this step


@dataclass(frozen=True)
class Proposal:
    action: str
    target: Person | None = None
    reason: str = ""
    tried: tuple[Step, ...] = ()
    assign_to: Person | None = None  # new client: pass on for a manager to be assigned

    @property
    def nobody_available(self) -> bool:
        return self.action == TRANSFER and self.target is None


AVAILABLE = "available"


def _absence(person: Person) -> str:
    text = f"{person.name}: {person.presence}"
    if person.presence == "absent" and person.absent_until is not None:
        text += f" until {person.absent_until:%d.%m.%Y}"
    return text


def _with_substitute(person: Person | None, people: dict[int, Person], today: dt.date):
    if person is None:
        return None, "nobody assigned", None
    if person.available(today):
        return person, AVAILABLE, None
    sub = people.get(person.substitute_id) if person.substitute_id else None
    if sub is not None and sub.available(today):
        return sub, f"{_absence(person)}; substitute {sub.name}", person
    return None, _absence(person), person


def resolve_step(
    step: str, ctx: CallContext, people: Sequence[Person], exclude: set[int]
) -> tuple[Person | None, str]:
    by_id = {p.id: p for p in people}
    if step == "client_manager":
        return _with_substitute(by_id.get(ctx.manager_id) if ctx.manager_id else None, by_id, ctx.today)
    if step == "key_account_manager":
        for p in sorted(people, key=lambda x: x.id):
            if p.is_key_account_manager and p.id not in exclude and not p.head_of and p.available(ctx.today):
                return p, AVAILABLE, None
        return None, "no key-account manager available", None
    if step.startswith(HEAD):
        dept = step.removeprefix(HEAD)
        head = next((p for p in people if p.head_of == dept), None)
        return _with_substitute(head, by_id, ctx.today)
    if step == "finance":
        head = next((p for p in people if p.head_of == FINANCE), None)
        found, note, passed = _with_substitute(head, by_id, ctx.today)
        if found is None:
            found = next((p for p in people if p.role == "finance" and p.available(ctx.today)), None)
            note = AVAILABLE if found else "nobody in finance available"
        return found, note, passed
    return None, f"unknown step {step!r}", None


def follow_chain(chain: Sequence[str], ctx: CallContext, people: Sequence[Person]):
    tried: list[Step] = []
    exclude: set[int] = {ctx.manager_id} if ctx.manager_id else set()
    for step in chain:
        person, note, passed = resolve_step(step, ctx, people, exclude)
        tried.append(Step(step, person, note, passed))
        if person is not None:
            return person, tuple(tried)
    return None, tuple(tried)


def steps_of(text: str) -> tuple[str, ...]:
    """A chain as stored (``"client_manager, head:sales"``) as its steps."""
    return tuple(s.strip() for s in (text or "").split(",") if s.strip())


def rule_from(fields: Mapping) -> Rule:
    """A rule from its stored fields (a database row's, or a validated rule's being edited)."""
    return Rule(
        priority=fields["priority"],
        action=fields["action"],
        client_type=fields.get("client_type") or ANY,
        purpose=fields.get("purpose") or ANY,
        client_is_new=fields.get("client_is_new"),
        chain=steps_of(fields.get("chain", "")),
        reason=fields.get("reason") or "",
        assign_chain=steps_of(fields.get("assign_chain", "")),
    )


def matching_rule(ctx: CallContext, rules: Sequence[Rule]) -> Rule | None:
    """The rule that decides a call: the first by priority that matches it."""
    return next((rule for rule in sorted(rules, key=lambda r: r.priority) if rule.matches(ctx)), None)


def propose(ctx: CallContext, rules: Sequence[Rule], people: Sequence[Person]) -> Proposal:
    """The first matching rule by priority decides; with no rule, take the call here."""
    rule = matching_rule(ctx, rules)
    if rule is not None:
        assign_to = None
        if rule.assign_chain:
            assign_to, _ = follow_chain(rule.assign_chain, ctx, people)
        if rule.action == TAKE_HERE:
            return Proposal(TAKE_HERE, None, rule.reason, (), assign_to)
        target, tried = follow_chain(rule.chain, ctx, people)
        return Proposal(TRANSFER, target, rule.reason, tried, assign_to)
    return Proposal(TAKE_HERE, reason=NO_RULE)


# Reasons are codes worded by ui/messages (an administrator's own reason in a rule file is shown as written).
NO_RULE = "routing.no_rule"
DEBT = "routing.debt"
CHOSEN = "routing.chosen_at_desk"  # the operator chose another person than the proposal (F7)
REASONS = (
    "routing.key_account_manager",
    "routing.not_an_order",
    "routing.new_client",
    "routing.ordinary_client",
    NO_RULE,
    DEBT,
    CHOSEN,
)

DEBT_CHAIN = ("client_manager", "finance")


def debt_transfer(ctx: CallContext, people: Sequence[Person]) -> Proposal:
    """With red debt the client goes to their manager, or else to finance (D6)."""
    target, tried = follow_chain(DEBT_CHAIN, ctx, people)
    return Proposal(TRANSFER, target, DEBT, tried)


def finance_transfer(ctx: CallContext, people: Sequence[Person]) -> Proposal:
    """With red debt the operator may also pass the client straight to finance (D6)."""
    target, tried = follow_chain(("finance",), ctx, people)
    return Proposal(TRANSFER, target, DEBT, tried)


DEFAULT_RULES: tuple[Rule, ...] = (
    Rule(
        10,
        TRANSFER,
        client_type="key_account",
        purpose="order",
        chain=("client_manager", "key_account_manager", head_step(WHOLESALE)),
        reason="routing.key_account_manager",  # D4
    ),
    Rule(
        20,
        TRANSFER,
        purpose="complaint",
        chain=("client_manager", head_step(SALES)),
        reason="routing.not_an_order",  # D19
    ),
    Rule(
        30,
        TRANSFER,
        purpose="other",
        chain=("client_manager", head_step(SALES)),
        reason="routing.not_an_order",  # D19
    ),
    Rule(
        40,
        TAKE_HERE,
        client_is_new=True,
        assign_chain=(head_step(WHOLESALE),),
        reason="routing.new_client",  # D3, D15
    ),
    Rule(50, TAKE_HERE, reason="routing.ordinary_client"),  # D3
)


def transfer_choices(ctx: CallContext, people: Sequence[Person], proposal: Proposal) -> list[Proposal]:
    """Whom F7 offers: the proposal first, then everyone else who can take a call today and is not an
    operator, the client's manager first, then finance and the heads, then by name."""
    first = [proposal] if proposal.action == TRANSFER and proposal.target is not None else []
    taken = {p.target.id for p in first}

    def rank(person: Person) -> tuple:
        return (
            person.id != ctx.manager_id,
            not (person.role == "finance" or person.head_of == FINANCE),
            not person.head_of,
            person.name,
        )

    others = [p for p in people if p.id not in taken and p.role != "operator" and p.available(ctx.today)]
    return first + [Proposal(TRANSFER, p, CHOSEN) for p in sorted(others, key=rank)]
