"""Fulfilment queue: every accepted order is passed to the heads who control fulfilment (D14)."""

from peewee import *


def up(migrator, db):
    class Department(Model):
        class Meta:
            table_name = "department"

    class User(Model):
        class Meta:
            table_name = "user"

    class Order(Model):
        class Meta:
            table_name = "order"

    class FulfilmentItem(Model):
        order = ForeignKeyField(Order, unique=True, on_delete="CASCADE")
        department = ForeignKeyField(Department, null=True, on_delete="SET NULL")
        status = CharField(max_length=16, default="new", index=True)
        created_at = DateTimeField(index=True)
        taken_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
        taken_at = DateTimeField(null=True)

        class Meta:
            table_name = "fulfilment_item"

    for model in (Department, User, Order, FulfilmentItem):
        model._meta.set_database(db)
    db.create_tables([FulfilmentItem])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("fulfilment_item"))
