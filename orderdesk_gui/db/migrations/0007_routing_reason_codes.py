"""Routing reasons as codes: the English sentences seeded by 0003 (and copied onto transferred calls)
become codes the UI words in the operator's language (``routing.key_account_manager`` ...). A reason
an administrator wrote in a rule file, or an operator typed, stays as written.

Frozen: plain UPDATEs of exact texts, the same on SQLite and PostgreSQL; ``down`` writes the
sentences back.
"""

D19 = "Not an order: to the client's manager or the head of sales (D19)"
RULE_REASONS = (
    ("Key account: their manager takes the order (D4)", "routing.key_account_manager"),
    (D19, "routing.not_an_order"),
    ("New client: take the order here, then the head assigns a manager (D3, D15)", "routing.new_client"),
    ("Ordinary client: take the order here (D3)", "routing.ordinary_client"),
)
# A transfer for debt was written with this English text (an English desk) before 0007.
CALL_REASONS = (*RULE_REASONS, ("Debt: overdue or over the limit", "routing.debt"))


def _rewrite(db, table, column, pairs):
    sql = f'UPDATE "{table}" SET "{column}" = {db.param} WHERE "{column}" = {db.param}'
    for old, new in pairs:
        db.execute_sql(sql, (new, old))


def up(migrator, db):
    _rewrite(db, "routing_rule", "reason", RULE_REASONS)
    _rewrite(db, "call", "transfer_reason", CALL_REASONS)


def down(migrator, db):
    _rewrite(db, "routing_rule", "reason", [(new, old) for old, new in RULE_REASONS])
    _rewrite(db, "call", "transfer_reason", [(new, old) for old, new in CALL_REASONS])
