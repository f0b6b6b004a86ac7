"""Reading a plan file: decode, parse, check every layer, and say every problem found."""

from __future__ import annotations

import json
from typing import Any, NoReturn

from pydantic import ValidationError

from ledarplan.domain.entities import PlanBundle
from ledarplan.exchange.building import _build_bundle, _check_domain_rules
from ledarplan.exchange.document import PlanFileModel
from ledarplan.exchange.errors import ExchangeError, PlanFile
from ledarplan.exchange.fields import FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, MAX_PROBLEMS
from ledarplan.exchange.messages import _describe, _kind, _pydantic_problem
from ledarplan.exchange.references import _check_references
from ledarplan.exchange.upgrades import UPGRADES
from ledarplan.upgrades import oldest_readable, upgrade


def bundle_from_json(data: bytes, source: str = "<file>") -> PlanBundle:
    """Reads and checks a plan file; raises `ExchangeError` naming every problem found."""
    return read_plan_file(data, source).bundle


def read_plan_file(data: bytes, source: str = "<file>") -> PlanFile:
    """As `bundle_from_json`, with what the file says about itself (when, which version …)."""
    if len(data) > MAX_FILE_BYTES:
        _fail(source, f"the file is too large ({len(data)} bytes; at most {MAX_FILE_BYTES})")
    document = _parse_json(_decode(data, source), source)
    written_as = _check_header(document, source)
    document = upgrade(document, written_as, FORMAT_VERSION, UPGRADES)
    parsed = _validate(document, source)
    problems = _check_references(parsed)
    if problems:
        _fail(source, *_capped(problems))
    bundle = _build_bundle(parsed)
    problems = _check_domain_rules(bundle)
    if problems:
        _fail(source, *_capped(problems))
    return PlanFile(
        bundle=bundle,
        format_version=written_as,
        exported_at=parsed.exported_at,
        app_version=parsed.app_version,
        includes_private_notes=parsed.includes_private_notes,
        for_desk=parsed.for_desk,
    )


def _fail(source: str, *problems: str) -> NoReturn:
    raise ExchangeError(source, list(problems))


def _validate(document: dict[str, Any], source: str) -> PlanFileModel:
    try:
        return PlanFileModel.model_validate(document)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)[: MAX_PROBLEMS + 1]
    _fail(source, *_capped([_pydantic_problem(err) for err in errors]))


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], "… and more problems (only the first ones are shown)"]


def _decode(data: bytes, source: str, what: str = "a plan file") -> str:
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16's mark
        _fail(source, f"the file is UTF-32 text; {what} must be UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        _fail(source, f"the file is UTF-16 text; {what} must be UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start
    else:
        if not text.strip():
            _fail(source, "the file is empty")
        return text
    _fail(
        source,
        f"the file is not UTF-8 text (byte 0x{data[bad]:02x} at offset {bad}); "
        f"{what} must be UTF-8",
    )


class _DuplicateKeyError(Exception):
    pass


class _BadConstantError(Exception):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _BadConstantError(name)


def _parse_json(text: str, source: str, what: str = "a plan") -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        problem = f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
    except _DuplicateKeyError as exc:
        problem = (
            f"not valid JSON for {what}: the key {_describe(exc.args[0])} appears twice "
            "in one object"
        )
    except _BadConstantError as exc:
        problem = f"not valid JSON: {exc.args[0]} is not a number JSON allows"
    except RecursionError:
        problem = f"not valid JSON for {what}: the document is nested too deeply"
    except ValueError:  # an integer with thousands of digits
        problem = f"not valid JSON for {what}: a number has too many digits"
    _fail(source, problem)


def _check_header(document: Any, source: str) -> int:
    """The file's format version, when it is a plan file of a format this version reads."""
    if not isinstance(document, dict):
        _fail(
            source,
            f"not a ledarplan plan file (the document is {_kind(document)}, "
            f'not an object with "format": "{FORMAT_NAME}")',
        )
    marker = document.get("format")
    if not isinstance(marker, str) or marker != FORMAT_NAME:
        found = "missing" if "format" not in document else _describe(marker)
        _fail(
            source,
            f'not a ledarplan plan file ("format" is {found}; expected "{FORMAT_NAME}")',
        )
    if "format_version" not in document:
        _fail(source, "format_version: required field is missing")
    version = document["format_version"]
    if type(version) is not int:
        _fail(
            source, f"format_version: wrong type: expected a whole number, found {_kind(version)}"
        )
    if version > FORMAT_VERSION:
        _fail(
            source,
            f"the file was written by a newer version of ledarplan (format {_describe(version)});"
            f" this version reads format {FORMAT_VERSION}. Update ledarplan to read it",
        )
    if version < oldest_readable(FORMAT_VERSION, UPGRADES):
        _fail(
            source,
            f"format_version: there is no format {_describe(version)}; "
            f"this version reads format {FORMAT_VERSION}",
        )
    return version
