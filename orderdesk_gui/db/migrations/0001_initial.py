"""Initial schema of OrderDesk (frozen copy of the models at version 1; money as scaled integers)."""

import uuid

from peewee import *


def up(migrator, db):
    class AppSetting(Model):
        key = CharField(primary_key=True, max_length=100)
        value = TextField(default="")

        class Meta:
            database = db
            table_name = "app_setting"

    db.create_tables([AppSetting])

    class Department(Model):
        code = CharField(unique=True, max_length=32)
        name = CharField(max_length=200)

        class Meta:
            database = db
            table_name = "department"

    db.create_tables([Department])

    class User(Model):
        login = CharField(unique=True, max_length=64)
        full_name = CharField(max_length=200)
        role = CharField(index=True, max_length=16)
        password_hash = CharField(default="")
        department = ForeignKeyField(Department, null=True, on_delete="SET NULL")
        head_of = ForeignKeyField(Department, unique=True, null=True, on_delete="SET NULL")
        is_key_account_manager = BooleanField(default=False)
        presence = CharField(max_length=16, default="available")
        absent_until = DateField(null=True)
        substitute = ForeignKeyField("self", null=True, on_delete="SET NULL")
        extension = CharField(max_length=16, default="")
        phone = CharField(max_length=32, default="")
        email = CharField(max_length=200, default="")
        active = BooleanField(default=True)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "user"

    db.create_tables([User])

    class AuditEvent(Model):
        at = DateTimeField(index=True)
        user = ForeignKeyField(User, null=True, on_delete="SET NULL")
        action = CharField(index=True, max_length=64)
        entity = CharField(max_length=32, default="")
        entity_id = CharField(max_length=64, default="")
        details = TextField(default="")

        class Meta:
            database = db
            table_name = "audit_event"

    db.create_tables([AuditEvent])

    class ClientType(Model):
        code = CharField(unique=True, max_length=32)
        name = CharField(max_length=100)
        sort_order = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "client_type"

    db.create_tables([ClientType])

    class PriceColumn(Model):
        code = CharField(unique=True, max_length=32)
        name = CharField(max_length=100)
        is_base = BooleanField(default=False)
        sort_order = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "price_column"

    db.create_tables([PriceColumn])

    class Client(Model):
        uuid = UUIDField(unique=True, default=uuid.uuid4)
        code = CharField(unique=True, max_length=32)
        name = CharField(max_length=300)
        search_text = TextField(default="")
        tax_id = CharField(index=True, null=True, max_length=12)
        client_type = ForeignKeyField(ClientType, on_delete="RESTRICT")
        manager = ForeignKeyField(User, null=True, on_delete="SET NULL")
        price_column = ForeignKeyField(PriceColumn, on_delete="RESTRICT")
        credit_limit = BigIntegerField(default=0)
        payment_delay_days = IntegerField(default=0)
        region = CharField(max_length=100, default="")
        city = CharField(max_length=100, default="")
        legal_address = CharField(max_length=300, default="")
        delivery_address = CharField(max_length=300, default="")
        delivery_weekdays = CharField(max_length=16, default="")
        shipping_details = TextField(default="")
        notes = TextField(default="")
        status = CharField(index=True, max_length=16, default="active")
        created_at = DateTimeField()
        updated_at = DateTimeField()
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "client"

    db.create_tables([Client])

    class Call(Model):
        uuid = UUIDField(unique=True, default=uuid.uuid4)
        direction = CharField(max_length=4, default="in")
        phone = CharField(max_length=32, default="")
        client = ForeignKeyField(Client, null=True, on_delete="SET NULL")
        operator = ForeignKeyField(User, on_delete="RESTRICT")
        started_at = DateTimeField(index=True)
        ended_at = DateTimeField(null=True)
        purpose = CharField(max_length=16, default="order")
        outcome = CharField(max_length=16, default="")
        outcome_detail = CharField(max_length=300, default="")
        transferred_to = ForeignKeyField(User, null=True, on_delete="SET NULL")
        transfer_reason = CharField(max_length=300, default="")
        consulted = ForeignKeyField(User, null=True, on_delete="SET NULL")
        notes = TextField(default="")

        class Meta:
            database = db
            table_name = "call"

    db.create_tables([Call])

    class CallbackRequest(Model):
        uuid = UUIDField(unique=True, default=uuid.uuid4)
        phone = CharField(max_length=32)
        e164 = CharField(index=True, max_length=20, default="")
        name = CharField(max_length=200, default="")
        client = ForeignKeyField(Client, null=True, on_delete="SET NULL")
        window_start = DateTimeField(index=True)
        window_end = DateTimeField(null=True)
        note = TextField(default="")
        source = CharField(max_length=16, default="operator")
        status = CharField(index=True, max_length=16, default="open")
        attempts = IntegerField(default=0)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "callback_request"

    db.create_tables([CallbackRequest])

    class ProductGroup(Model):
        code = CharField(unique=True, max_length=32)
        name = CharField(max_length=200)
        parent = ForeignKeyField("self", null=True, on_delete="SET NULL")
        sort_order = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "product_group"

    db.create_tables([ProductGroup])

    class Product(Model):
        code = CharField(unique=True, max_length=32)
        name = CharField(max_length=300)
        search_text = TextField(default="")
        group = ForeignKeyField(ProductGroup, null=True, on_delete="SET NULL")
        unit = CharField(max_length=16)
        pack_size = BigIntegerField(default=1)
        pack_rule = CharField(max_length=16, default="round_up")
        barcode = CharField(index=True, null=True, max_length=32)
        weight_kg = BigIntegerField(default=0)
        vat_rate = SmallIntegerField(default=12)
        new_since = DateField(index=True, null=True)
        certificate_ref = CharField(max_length=100, default="")
        shelf_life_days = IntegerField(null=True)
        active = BooleanField(default=True)
        stock = BigIntegerField(default=0)

        class Meta:
            database = db
            table_name = "product"

    db.create_tables([Product])

    class ClientTypeProduct(Model):
        client_type = ForeignKeyField(ClientType, on_delete="CASCADE")
        product = ForeignKeyField(Product, on_delete="CASCADE")
        sort_order = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "client_type_product"
            indexes = ((("client_type", "product"), True),)

    db.create_tables([ClientTypeProduct])

    class Contact(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        name = CharField(max_length=200)
        role = CharField(max_length=100, default="")
        email = CharField(max_length=200, default="")
        fax = CharField(max_length=32, default="")
        can_receive_goods = BooleanField(default=False)
        is_primary = BooleanField(default=False)
        notes = CharField(max_length=300, default="")

        class Meta:
            database = db
            table_name = "contact"

    db.create_tables([Contact])

    class Order(Model):
        uuid = UUIDField(unique=True, default=uuid.uuid4)
        number = CharField(unique=True, null=True, max_length=32)
        client = ForeignKeyField(Client, on_delete="RESTRICT")
        operator = ForeignKeyField(User, on_delete="RESTRICT")
        call = ForeignKeyField(Call, null=True, on_delete="SET NULL")
        status = CharField(index=True, max_length=16, default="draft")
        created_at = DateTimeField(index=True)
        updated_at = DateTimeField()
        accepted_at = DateTimeField(null=True)
        delivery_date = DateField(null=True)
        delivery_address = CharField(max_length=300, default="")
        receiver = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
        receiver_confirmed = BooleanField(default=False)
        payment_form = CharField(max_length=16, default="")
        documents = CharField(max_length=300, default="")
        pickup_date = DateField(null=True)
        shipping_details = TextField(default="")
        comment = TextField(default="")
        cancel_reason = CharField(max_length=300, default="")
        total_amount = BigIntegerField(default=0)
        total_discount = BigIntegerField(default=0)
        total_weight = BigIntegerField(default=0)
        line_count = IntegerField(default=0)
        debt_override_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
        debt_override_reason = CharField(max_length=500, default="")
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "order"
            indexes = ((("client", "created_at"), False),)

    db.create_tables([Order])

    class Complaint(Model):
        uuid = UUIDField(unique=True, default=uuid.uuid4)
        kind = CharField(max_length=16, default="complaint")
        category = CharField(max_length=64, default="")
        text = TextField()
        client = ForeignKeyField(Client, null=True, on_delete="SET NULL")
        call = ForeignKeyField(Call, null=True, on_delete="SET NULL")
        order = ForeignKeyField(Order, null=True, on_delete="SET NULL")
        department = ForeignKeyField(Department, null=True, on_delete="SET NULL")
        status = CharField(index=True, max_length=16, default="open")
        created_by = ForeignKeyField(User, on_delete="RESTRICT")
        created_at = DateTimeField()
        taken_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
        resolution = TextField(default="")
        resolved_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "complaint"

    db.create_tables([Complaint])

    class Promotion(Model):
        name = CharField(max_length=200)
        kind = CharField(max_length=16, default="price")
        starts = DateField(index=True)
        ends = DateField(index=True)
        note = TextField(default="")
        active = BooleanField(default=True)

        class Meta:
            database = db
            table_name = "promotion"

    db.create_tables([Promotion])

    class OrderLine(Model):
        order = ForeignKeyField(Order, on_delete="CASCADE")
        line_no = IntegerField()
        product = ForeignKeyField(Product, on_delete="RESTRICT")
        quantity = BigIntegerField()
        base_price = BigIntegerField(default=0)
        unit_price = BigIntegerField(default=0)
        amount = BigIntegerField(default=0)
        source = CharField(max_length=16, default="asked")
        promotion = ForeignKeyField(Promotion, null=True, on_delete="SET NULL")
        manual_price_reason = CharField(max_length=300, default="")

        class Meta:
            database = db
            table_name = "order_line"
            indexes = ((("order", "line_no"), True),)

    db.create_tables([OrderLine])

    class OrderNumberCounter(Model):
        prefix = CharField(max_length=16)
        year = IntegerField()
        last = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "order_number_counter"
            indexes = ((("prefix", "year"), True),)

    db.create_tables([OrderNumberCounter])

    class OutboundTask(Model):
        uuid = UUIDField(unique=True, default=uuid.uuid4)
        title = CharField(max_length=200)
        instruction = TextField(default="")
        survey = TextField(default="")
        created_by = ForeignKeyField(User, on_delete="RESTRICT")
        created_at = DateTimeField()
        due_date = DateField(null=True)
        status = CharField(max_length=16, default="open")

        class Meta:
            database = db
            table_name = "outbound_task"

    db.create_tables([OutboundTask])

    class OutboundTaskItem(Model):
        task = ForeignKeyField(OutboundTask, on_delete="CASCADE")
        client = ForeignKeyField(Client, on_delete="CASCADE")
        status = CharField(max_length=16, default="open")
        outcome = CharField(max_length=32, default="")
        answers = TextField(default="")
        refusal_reason = CharField(max_length=300, default="")
        call = ForeignKeyField(Call, null=True, on_delete="SET NULL")

        class Meta:
            database = db
            table_name = "outbound_task_item"
            indexes = ((("task", "client"), True),)

    db.create_tables([OutboundTaskItem])

    class Phone(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE")
        number = CharField(max_length=32)
        e164 = CharField(index=True, max_length=20)
        kind = CharField(max_length=16, default="work")

        class Meta:
            database = db
            table_name = "phone"

    db.create_tables([Phone])

    class Price(Model):
        product = ForeignKeyField(Product, on_delete="CASCADE")
        price_column = ForeignKeyField(PriceColumn, on_delete="CASCADE")
        price = BigIntegerField(default=0)

        class Meta:
            database = db
            table_name = "price"
            indexes = ((("product", "price_column"), True),)

    db.create_tables([Price])

    class PromotionItem(Model):
        promotion = ForeignKeyField(Promotion, on_delete="CASCADE")
        product = ForeignKeyField(Product, on_delete="CASCADE")
        special_price = BigIntegerField(null=True)
        note = CharField(max_length=300, default="")

        class Meta:
            database = db
            table_name = "promotion_item"
            indexes = ((("promotion", "product"), True),)

    db.create_tables([PromotionItem])

    class Receivable(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        document_no = CharField(max_length=64)
        doc_date = DateField()
        amount = BigIntegerField(default=0)
        paid_amount = BigIntegerField(default=0)
        due_date = DateField()
        paid = BooleanField(default=False)

        class Meta:
            database = db
            table_name = "receivable"
            indexes = ((("client", "paid"), False), (("client", "document_no"), True))

    db.create_tables([Receivable])

    class SuggestionOffer(Model):
        order = ForeignKeyField(Order, on_delete="CASCADE")
        product = ForeignKeyField(Product, on_delete="RESTRICT")
        reason = CharField(max_length=16)
        outcome = CharField(max_length=16, default="pending")
        decline_reason = CharField(max_length=32, default="")
        offered_at = DateTimeField()

        class Meta:
            database = db
            table_name = "suggestion_offer"

    db.create_tables([SuggestionOffer])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("suggestion_offer"))
    migrator.migrate(migrator.drop_table("receivable"))
    migrator.migrate(migrator.drop_table("promotion_item"))
    migrator.migrate(migrator.drop_table("price"))
    migrator.migrate(migrator.drop_table("phone"))
    migrator.migrate(migrator.drop_table("outbound_task_item"))
    migrator.migrate(migrator.drop_table("outbound_task"))
    migrator.migrate(migrator.drop_table("order_number_counter"))
    migrator.migrate(migrator.drop_table("order_line"))
    migrator.migrate(migrator.drop_table("promotion"))
    migrator.migrate(migrator.drop_table("complaint"))
    migrator.migrate(migrator.drop_table("order"))
    migrator.migrate(migrator.drop_table("contact"))
    migrator.migrate(migrator.drop_table("client_type_product"))
    migrator.migrate(migrator.drop_table("product"))
    migrator.migrate(migrator.drop_table("product_group"))
    migrator.migrate(migrator.drop_table("callback_request"))
    migrator.migrate(migrator.drop_table("call"))
    migrator.migrate(migrator.drop_table("client"))
    migrator.migrate(migrator.drop_table("price_column"))
    migrator.migrate(migrator.drop_table("client_type"))
    migrator.migrate(migrator.drop_table("audit_event"))
    migrator.migrate(migrator.drop_table("user"))
    migrator.migrate(migrator.drop_table("department"))
    migrator.migrate(migrator.drop_table("app_setting"))
