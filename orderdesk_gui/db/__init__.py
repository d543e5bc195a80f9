"""Database layer: peewee models, connection, migrations and queries returning plain data."""
