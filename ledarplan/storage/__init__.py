"""Storage: the only package that talks to SQLAlchemy, Alembic and SQLite.

It hands domain objects to the rest of the program, never ORM rows.
"""
