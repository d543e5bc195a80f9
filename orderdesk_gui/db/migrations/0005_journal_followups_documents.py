"""Call outcomes and sources, callback retries, outbound task progress, complaint history,
client ordering rhythm (sleeping clients) and the record of documents sent (issues 5 and 6)."""

import uuid

from peewee import *


def up(migrator, db):
    class User(Model):
        class Meta:
            table_name = "user"

    class Client(Model):
        class Meta:
            table_name = "client"

    class Order(Model):
        class Meta:
            table_name = "order"

    class CallbackRequest(Model):
        class Meta:
            table_name = "callback_request"

    class Complaint(Model):
        class Meta:
            table_name = "complaint"

    class ComplaintEvent(Model):
        complaint = ForeignKeyField(Complaint, on_delete="CASCADE")
        at = DateTimeField()
        user = ForeignKeyField(User, null=True, on_delete="SET NULL")
        status = CharField(max_length=16)
        note = TextField(default="")

        class Meta:
            table_name = "complaint_event"

    class ClientRhythm(Model):
        client = ForeignKeyField(Client, primary_key=True, on_delete="CASCADE")
        orders = IntegerField(default=0)
        first_order_on = DateField(null=True)
        last_order_on = DateField(null=True, index=True)
        usual_interval_days = IntegerField(null=True)
        avg_order_amount = BigIntegerField(default=0)
        updated_at = DateTimeField()

        class Meta:
            table_name = "client_rhythm"

    class DocumentDispatch(Model):
        uuid = UUIDField(unique=True, default=uuid.uuid4)
        at = DateTimeField(index=True)
        user = ForeignKeyField(User, null=True, on_delete="SET NULL")
        order = ForeignKeyField(Order, null=True, on_delete="SET NULL")
        client = ForeignKeyField(Client, null=True, on_delete="SET NULL")
        kind = CharField(max_length=32)
        channel = CharField(max_length=16)
        recipient = CharField(max_length=200, default="")
        status = CharField(max_length=16, default="sent")
        error = TextField(default="")
        pages = IntegerField(default=0)

        class Meta:
            table_name = "document_dispatch"

    models = (User, Client, Order, CallbackRequest, Complaint, ComplaintEvent, ClientRhythm, DocumentDispatch)
    for model in models:
        model._meta.set_database(db)
    db.create_tables([ComplaintEvent, ClientRhythm, DocumentDispatch])

    migrator.migrate(
        migrator.add_column("call", "source", CharField(max_length=16, default="")),
        migrator.add_column(
            "call",
            "callback_id",
            ForeignKeyField(
                CallbackRequest, null=True, on_delete="SET NULL", field=CallbackRequest._meta.primary_key
            ),
        ),
        migrator.add_index("call", ("client_id", "started_at"), False),
        migrator.add_index("call", ("operator_id", "started_at"), False),
        migrator.add_column("callback_request", "next_attempt_at", DateTimeField(null=True)),
        migrator.add_index("callback_request", ("next_attempt_at",), False),
        migrator.add_column("callback_request", "last_attempt_at", DateTimeField(null=True)),
        migrator.add_column("callback_request", "done_at", DateTimeField(null=True)),
        migrator.add_column(
            "callback_request",
            "created_by_id",
            ForeignKeyField(User, null=True, on_delete="SET NULL", field=User._meta.primary_key),
        ),
        migrator.add_column(
            "callback_request",
            "escalated_to_id",
            ForeignKeyField(User, null=True, on_delete="SET NULL", field=User._meta.primary_key),
        ),
        migrator.add_column("outbound_task", "client_filter", TextField(default="")),
        migrator.add_column(
            "outbound_task_item",
            "operator_id",
            ForeignKeyField(User, null=True, on_delete="SET NULL", field=User._meta.primary_key),
        ),
        migrator.add_column("outbound_task_item", "attempts", IntegerField(default=0)),
        migrator.add_column("outbound_task_item", "done_at", DateTimeField(null=True)),
        migrator.add_column("complaint", "order_lines", CharField(max_length=300, default="")),
        migrator.add_column("complaint", "taken_at", DateTimeField(null=True)),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("call", "call_client_id_started_at"),
        migrator.drop_index("call", "call_operator_id_started_at"),
        migrator.drop_column("call", "source"),
        migrator.drop_column("call", "callback_id"),
        migrator.drop_index("callback_request", "callback_request_next_attempt_at"),
        migrator.drop_column("callback_request", "next_attempt_at"),
        migrator.drop_column("callback_request", "last_attempt_at"),
        migrator.drop_column("callback_request", "done_at"),
        migrator.drop_column("callback_request", "created_by_id"),
        migrator.drop_column("callback_request", "escalated_to_id"),
        migrator.drop_column("outbound_task", "client_filter"),
        migrator.drop_column("outbound_task_item", "operator_id"),
        migrator.drop_column("outbound_task_item", "attempts"),
        migrator.drop_column("outbound_task_item", "done_at"),
        migrator.drop_column("complaint", "order_lines"),
        migrator.drop_column("complaint", "taken_at"),
        migrator.drop_table("document_dispatch"),
        migrator.drop_table("client_rhythm"),
        migrator.drop_table("complaint_event"),
    )
