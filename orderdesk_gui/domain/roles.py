"""Roles of the people who use OrderDesk and the permissions each holds."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    MANAGER = "manager"  # sales / key-account manager: receives transfers
    SALES_HEAD = "sales_head"
    FINANCE = "finance"
    ADMIN = "admin"
    EXCHANGE = "exchange"  # 1C's account for the HTTP exchange: exchanges data, nothing else


class Permission(StrEnum):
    TAKE_ORDERS = "take_orders"
    OVERRIDE_DEBT_GATE = "override_debt_gate"
    SET_MANUAL_PRICE = "set_manual_price"
    EDIT_CLIENTS = "edit_clients"  # name, contacts, phones, addresses, delivery details, notes
    EDIT_CREDIT_TERMS = "edit_credit_terms"  # credit limit, payment delay, status (blocked/active)
    MARK_INVOICED = "mark_invoiced"  # an accepted order was invoiced by accounting (by hand)
    ASSIGN_MANAGER = "assign_manager"
    MANAGE_TASKS = "manage_tasks"
    RESOLVE_COMPLAINTS = "resolve_complaints"
    EDIT_ROUTING = "edit_routing"
    MANAGE_USERS = "manage_users"
    VIEW_REPORTS = "view_reports"
    EXCHANGE_DATA = "exchange_data"  # import accounting's files, export orders, read the exchange log
    MANAGE_PROMOTIONS = "manage_promotions"  # promotions and special items to offer (D7, D23)


_P = Permission
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: frozenset({_P.TAKE_ORDERS, _P.EDIT_CLIENTS}),
    Role.MANAGER: frozenset({_P.TAKE_ORDERS, _P.EDIT_CLIENTS, _P.RESOLVE_COMPLAINTS}),
    Role.SALES_HEAD: frozenset(
        {
            _P.TAKE_ORDERS,
            _P.OVERRIDE_DEBT_GATE,
            _P.SET_MANUAL_PRICE,
            _P.EDIT_CLIENTS,
            _P.EDIT_CREDIT_TERMS,
            _P.ASSIGN_MANAGER,
            _P.MANAGE_TASKS,
            _P.RESOLVE_COMPLAINTS,
            _P.VIEW_REPORTS,
            _P.MANAGE_PROMOTIONS,
        }
    ),
    Role.FINANCE: frozenset(
        {
            _P.OVERRIDE_DEBT_GATE,
            _P.VIEW_REPORTS,
            _P.EDIT_CLIENTS,
            _P.EDIT_CREDIT_TERMS,
            _P.MARK_INVOICED,
            _P.EXCHANGE_DATA,
        }
    ),
    Role.ADMIN: frozenset(Permission),
    Role.EXCHANGE: frozenset({_P.EXCHANGE_DATA}),
}


# The matrix in force: PERMISSIONS with the cells an administrator changed (``role_permission``), put here
# by the auth service whenever it reads them, so that the window's mirrors follow what the services check.
_CHANGED: dict[tuple[str, str], bool] = {}

# rights a role can never lose or gain, whatever is stored: an administrator keeps managing users (else
# nobody could give rights back); the exchange account only exchanges data (it is not a person)
FIXED: dict[tuple[Role, Permission], bool] = {(Role.ADMIN, Permission.MANAGE_USERS): True} | {
    (Role.EXCHANGE, p): p == Permission.EXCHANGE_DATA for p in Permission
}


def is_fixed(role: str, permission: Permission) -> bool:
    try:
        return (Role(role), Permission(permission)) in FIXED
    except ValueError:
        return True


def matrix(changed: dict[tuple[str, str], bool] | None = None) -> dict[Role, frozenset[Permission]]:
    """Each role's rights: the defaults with ``changed`` cells ((role, permission) -> granted) applied,
    unknown names and the fixed cells ignored."""
    changed = _CHANGED if changed is None else changed
    result: dict[Role, frozenset[Permission]] = {}
    for role, defaults in PERMISSIONS.items():
        held = set(defaults)
        for permission in Permission:
            granted = changed.get((role.value, permission.value))
            if granted is not None and (role, permission) not in FIXED:
                held.add(permission) if granted else held.discard(permission)
        result[role] = frozenset(held)
    return result


def use_changes(changed: dict[tuple[str, str], bool]) -> None:
    """The stored changes to the defaults, as the auth service read them last."""
    _CHANGED.clear()
    _CHANGED.update(changed)


def has_permission(role: str, permission: Permission) -> bool:
    try:
        role_ = Role(role)
    except ValueError:
        return False
    if (role_, permission) in FIXED:
        return FIXED[(role_, permission)]
    granted = _CHANGED.get((role_.value, permission.value))
    return permission in PERMISSIONS[role_] if granted is None else granted
