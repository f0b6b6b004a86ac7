"""Problem messages in plain words: values, document paths and pydantic's errors."""

from __future__ import annotations

import json
import re
from typing import Any

_WANTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list",
    "model_type": "an object",
    "dict_type": "an object",
    "model_attributes_type": "an object",
}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _pydantic_problem(err: Any) -> str:
    loc = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        message = "required field is missing"
    elif kind == "extra_forbidden":
        message = "unknown field"
    elif kind in _WANTED:
        message = f"wrong type: expected {_WANTED[kind]}, found {_kind(value)}"
    elif kind == "string_too_long":
        length = len(value) if isinstance(value, str) else "?"
        message = f"is too long ({length} characters; at most {ctx.get('max_length')})"
    elif kind == "too_long":
        message = (
            f"has too many entries ({ctx.get('actual_length')}; at most {ctx.get('max_length')})"
        )
    elif kind == "greater_than_equal":
        message = f"{_describe(value)} is too small (at least {ctx.get('ge')})"
    elif kind == "less_than_equal":
        message = f"{_describe(value)} is too large (at most {ctx.get('le')})"
    elif kind in ("enum", "literal_error"):
        message = f"{_describe(value)} is not allowed here (expected {ctx.get('expected')})"
    elif kind == "string_unicode":  # e.g. "\\ud800" escaped in the JSON
        message = "contains an unpaired surrogate (not valid Unicode text)"
    elif kind == "value_error" and "error" in ctx:
        message = str(ctx["error"])
    else:  # no other kinds are expected; say what is known without pydantic's wording
        message = "has a value that is not allowed here"
    where = _format_path(loc)
    return f"{where}: {message}" if where else message


def _format_path(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _NAME.fullmatch(part):
            out += f".{part}" if out else part
        else:  # an unknown key may hold anything, even control characters
            out += f"[{json.dumps(_short(part))}]"
    return out


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _describe(value: Any) -> str:
    """A value for a message: short, quoted, control characters escaped."""
    if isinstance(value, str):
        return json.dumps(_short(value), ensure_ascii=False).replace("\u2028", "\\u2028")
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        digits = str(value) if value.bit_length() < 4000 else "a huge number"
        return _short(digits)
    if isinstance(value, float):
        return _short(repr(value))
    return _kind(value)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {_describe(value)}"
    if isinstance(value, str):
        return f"the text {_describe(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
