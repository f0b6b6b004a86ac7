"""Entities to and from records of the same shape, copied field by field by name.

The dataclasses in `entities` are the one description of each record. A database row and a
checked exchange document carry fields of the same names; `build` makes an entity from either
(enums from their values, nested entities and lists of them recursively), and `to_plain` turns
an entity into JSON-ready data (what the exchange file and the database's JSON columns hold).
So a new field of an entity needs no converter code, only a column and a document field.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
_Convert = Callable[[Any], Any]


def build(cls: type[T], source: Any, **given: Any) -> T:
    """An entity of type `cls` with each field taken from `source`'s field of that name.

    `source` is any object with those attributes (a row, a document model) or a mapping (a
    JSON object; a key it lacks takes the field's default, so data written before a field
    existed still reads). Fields in `given` are taken from there instead.
    """
    values: dict[str, Any] = {}
    is_mapping = isinstance(source, Mapping)
    for name, convert in _fields_of(cls):
        if name in given:
            values[name] = given[name]
            continue
        if is_mapping:
            if name not in source:
                continue
            value = source[name]
        else:
            value = getattr(source, name)
        values[name] = value if convert is None or value is None else convert(value)
    return cls(**values)


def to_plain(value: Any) -> Any:
    """JSON-ready data: entities as objects with their fields in order, enums as their values,
    dates and times in ISO 8601, tuples as lists."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {to_plain(key): to_plain(item) for key, item in value.items()}
    return value


@cache
def _fields_of(cls: type) -> tuple[tuple[str, _Convert | None], ...]:
    """Each init field of `cls` with how a value is made into the field's type (None: as is).
    Worked out once per class: building thousands of sessions repeats no reflection."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in fields(cls) if f.init)


def _converter(hint: Any) -> _Convert | None:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _converter(inner[0]) if len(inner) == 1 else None  # None is passed as is
    if origin in (list, tuple):
        return _sequence(list if origin is list else tuple, _converter(typing.get_args(hint)[0]))
    if origin is dict:
        key, item = (_converter(arg) or _same for arg in typing.get_args(hint))
        return lambda values: {key(k): item(v) for k, v in values.items()}
    if isinstance(hint, type):
        if is_dataclass(hint):
            return lambda value: build(hint, value)
        if issubclass(hint, Enum):
            return hint
        if issubclass(hint, (date, datetime)):
            return _parsed(hint)  # JSON holds them as ISO 8601 text
    return None


def _same(value: Any) -> Any:
    return value


def _parsed(kind: type) -> _Convert:
    def convert(value: Any) -> Any:
        return kind.fromisoformat(value) if isinstance(value, str) else value

    return convert


def _sequence(kind: type, item: _Convert | None) -> _Convert:
    if item is None:
        return kind  # a copy: the entity never shares a list with its source
    return lambda values: kind(item(value) for value in values)
