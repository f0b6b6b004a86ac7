"""Errors a user can understand and act on."""

from __future__ import annotations


class DomainError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class InvalidInputError(DomainError):
    """A field has a value the rules do not allow."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.reason = message
        super().__init__(f"{field}: {message}")


class NotFoundError(DomainError):
    def __init__(self, what: str, ident: str):
        self.what = what
        self.ident = ident
        super().__init__(f"no {what} with the id '{ident}'")


class ConflictError(DomainError):
    """The action clashes with what is stored (e.g. a plan with this id exists already)."""
