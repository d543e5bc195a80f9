"""The departments the program's rules name by code (``domain/departments.py``): before 0008 only the
demo created them, so a new database had none and complaints, fulfilment, routing to a head and the
head of sales found nobody. Each one missing (by code) is added with its default name; a department
already there, under any name, is left as it is.

Frozen: the codes and names as they were at 0008, plain SQL, the same on SQLite and PostgreSQL.
``down`` removes nothing: a department may have been there before, and people, complaints and
fulfilment items point at departments.
"""

DEPARTMENTS = (
    ("wholesale", "Отдел оптовых продаж"),
    ("key_accounts", "Отдел по работе с ключевыми клиентами"),
    ("regional", "Региональный отдел"),
    ("sales", "Отдел продаж"),
    ("finance", "Финансовая служба"),
    ("call_centre", "Отдел приёма заказов"),
    ("logistics", "Служба доставки / логистика"),
)


def up(migrator, db):
    existing = {code for (code,) in db.execute_sql('SELECT "code" FROM "department"')}
    sql = f'INSERT INTO "department" ("code", "name") VALUES ({db.param}, {db.param})'
    for code, name in DEPARTMENTS:  # in this order: a new database numbers them 1 to 7
        if code not in existing:
            db.execute_sql(sql, (code, name))


def down(migrator, db):
    pass  # see above: nothing is removed
