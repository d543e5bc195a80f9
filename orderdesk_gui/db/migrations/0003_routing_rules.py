"""Routing rules as data (who takes a call), seeded with the Company's rules D3, D4, D15, D19."""

from peewee import *


class RoutingRule(Model):
    priority = IntegerField()
    action = CharField(max_length=16)
    client_type = CharField(max_length=32, default="")
    purpose = CharField(max_length=16, default="")
    client_is_new = BooleanField(null=True)
    chain = CharField(max_length=300, default="")
    assign_chain = CharField(max_length=300, default="")
    reason = CharField(max_length=300, default="")
    active = BooleanField(default=True)

    class Meta:
        table_name = "routing_rule"


D19 = "Not an order: to the client's manager or the head of sales (D19)"
DEFAULTS = (
    dict(
        priority=10,
        action="transfer",
        client_type="key_account",
        purpose="order",
        chain="client_manager,key_account_manager,head:wholesale",
        reason="Key account: their manager takes the order (D4)",
    ),
    dict(priority=20, action="transfer", purpose="complaint", chain="client_manager,head:sales", reason=D19),
    dict(priority=30, action="transfer", purpose="other", chain="client_manager,head:sales", reason=D19),
    dict(
        priority=40,
        action="take_here",
        client_is_new=True,
        assign_chain="head:wholesale",
        reason="New client: take the order here, then the head assigns a manager (D3, D15)",
    ),
    dict(priority=50, action="take_here", reason="Ordinary client: take the order here (D3)"),
)


def up(migrator, db):
    RoutingRule._meta.set_database(db)
    db.create_tables([RoutingRule])
    for row in DEFAULTS:  # one by one: rows differ in which columns they set
        RoutingRule.insert(**row).execute()


def down(migrator, db):
    migrator.migrate(migrator.drop_table("routing_rule"))
