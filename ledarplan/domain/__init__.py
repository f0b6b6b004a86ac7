"""Plain-Python entities and rules of a development plan (no Qt, no SQLAlchemy)."""
