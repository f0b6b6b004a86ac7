"""Reads a pack file (YAML or JSON) into a validated `FrameworkPack`.

Only safe YAML is read (no tags that build objects), anchors/aliases are refused (no
"billion laughs"), and size limits apply before parsing. Every failure becomes a
`PackError` whose problems name the line and the path in the document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ledarplan.frameworks.errors import PackError, Problem
from ledarplan.frameworks.schema import FrameworkPack

MAX_FILE_BYTES = 2 * 1024 * 1024
PACK_SUFFIXES = (".yaml", ".yml", ".json")

PathPart = str | int

#: libyaml's parser when PyYAML has it (the wheels do): the same nodes with the same line
#: marks, about ten times faster than the pure-Python one, which is the fallback.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_pack_file(file: Path | str) -> FrameworkPack:
    file = Path(file)
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise PackError(file, [Problem(f"cannot read the file ({exc.strerror})")]) from None
    if size > MAX_FILE_BYTES:
        raise PackError(
            file, [Problem(f"the file is too large ({size} bytes; at most {MAX_FILE_BYTES})")]
        )
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise PackError(file, [Problem(f"cannot read the file ({exc.strerror})")]) from None
    return load_pack_bytes(data, file)


def load_pack_bytes(data: bytes, file: Path | str = "<pack>") -> FrameworkPack:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return _fail(file, f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x})", line=line)
    if not text.strip():
        return _fail(file, "the file is empty")
    root = _compose(text, file)
    document = _construct(root, file)
    if not isinstance(document, dict):
        return _fail(file, "the document must be a mapping of fields (id, name, areas …)", line=1)
    try:
        pack = FrameworkPack.model_validate(document)
    except ValidationError as exc:
        raise PackError(file, [_problem_from_pydantic(err, root) for err in exc.errors()]) from None
    problems = [_locate(p, root) for p in check_references(pack)]
    if problems:
        raise PackError(file, problems)
    return pack


def check_references(pack: FrameworkPack) -> list[Problem]:
    """Rules that span several fields: unique ids, expectations only for known levels."""
    problems: list[Problem] = []

    def unique(ids: list[tuple[str, str]], what: str) -> None:
        seen: dict[str, str] = {}
        for path, ident in ids:
            if ident in seen:
                problems.append(
                    Problem(f"duplicate {what} id '{ident}' (also at {seen[ident]})", path)
                )
            else:
                seen[ident] = path

    unique([(f"levels[{i}].id", lvl.id) for i, lvl in enumerate(pack.levels)], "level")
    unique([(f"context[{i}].id", s.id) for i, s in enumerate(pack.context)], "section")
    unique([(f"areas[{i}].id", a.id) for i, a in enumerate(pack.areas)], "area")
    # Items are linked from goals and assessments by id alone, so ids are unique pack-wide.
    unique(
        [
            (f"areas[{a}].items[{i}].id", item.id)
            for a, area in enumerate(pack.areas)
            for i, item in enumerate(area.items)
        ],
        "item",
    )
    for s, section in enumerate(pack.context):
        unique(
            [
                (f"context[{s}].entries[{e}].id", entry.id)
                for e, entry in enumerate(section.entries)
                if entry.id is not None
            ],
            "entry",
        )
    level_ids = [lvl.id for lvl in pack.levels]
    for a, area in enumerate(pack.areas):
        for i, item in enumerate(area.items):
            for level in item.expectations:
                if level not in level_ids:
                    known = ", ".join(level_ids) if level_ids else "none: the model has no levels"
                    problems.append(
                        Problem(
                            f"expectation for unknown level '{level}' (levels: {known})",
                            f"areas[{a}].items[{i}].expectations.{level}",
                        )
                    )
    return problems


# --- YAML with line numbers ------------------------------------------------------------


def _fail(file: Path | str, message: str, line: int | None = None, path: str = "") -> Any:
    raise PackError(file, [Problem(message, path, line)])


def _compose(text: str, file: Path | str) -> yaml.Node:
    try:
        root = yaml.compose(text, Loader=_COMPOSER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "syntax error"
        return _fail(file, f"not valid YAML: {reason}", line=line)
    except yaml.YAMLError as exc:
        return _fail(file, f"not valid YAML: {exc}")
    if root is None:
        return _fail(file, "the file is empty")
    _refuse_aliases_and_duplicates(root, file)
    return root


def _refuse_aliases_and_duplicates(root: yaml.Node, file: Path | str) -> None:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            _fail(file, "YAML anchors and aliases are not allowed", line=node.start_mark.line + 1)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: dict[Any, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        _fail(
                            file,
                            f"duplicate key '{key.value}' (first at line {keys[key.value]})",
                            line=key.start_mark.line + 1,
                        )
                    keys[key.value] = key.start_mark.line + 1
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _construct(root: yaml.Node, file: Path | str) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        return _fail(file, f"not valid YAML: {exc.problem}", line=mark.line + 1 if mark else None)
    finally:
        loader.dispose()


def _node_at(root: yaml.Node, loc: tuple[PathPart, ...]) -> yaml.Node:
    """The deepest node along `loc` (as far as the document goes)."""
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    node = value
                    break
            else:
                return node
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return node
            node = node.value[part]
        else:
            return node
    return node


def _format_loc(loc: tuple[PathPart, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _parse_path(path: str) -> tuple[PathPart, ...]:
    parts: list[PathPart] = []
    for chunk in path.replace("[", ".[").split("."):
        if not chunk:
            continue
        parts.append(int(chunk[1:-1]) if chunk.startswith("[") else chunk)
    return tuple(parts)


def _locate(problem: Problem, root: yaml.Node) -> Problem:
    node = _node_at(root, _parse_path(problem.path))
    return Problem(problem.message, problem.path, node.start_mark.line + 1)


def _problem_from_pydantic(err: Any, root: yaml.Node) -> Problem:
    message, loc_for_line, shown = validation_message(err)
    line = _node_at(root, loc_for_line).start_mark.line + 1
    return Problem(message, _format_loc(shown), line)


def validation_message(err: Any) -> tuple[str, tuple[PathPart, ...], tuple[PathPart, ...]]:
    """A pydantic error in words: the message, the place it is about (for a missing field,
    its parent) and the path to show. The spreadsheet reader says the same words."""
    loc = tuple(p for p in err["loc"] if p != "[key]")
    kind = err["type"]
    value = err.get("input")
    if kind == "missing":
        parent, field = loc[:-1], loc[-1]
        message = f"required field '{field}' is missing"
        loc_for_line, shown = parent, parent
    elif kind == "extra_forbidden":
        message = f"unknown field '{loc[-1]}'"
        loc_for_line, shown = loc, loc
    elif kind == "string_pattern_mismatch":
        message = (
            f"'{value}' is not a valid id (use lower-case letters a-z, digits and single hyphens)"
        )
        loc_for_line, shown = loc, loc
    elif kind in ("string_type", "int_type", "int_parsing", "list_type", "dict_type", "model_type"):
        wanted = {
            "string_type": "text",
            "int_type": "a whole number",
            "int_parsing": "a whole number",
            "list_type": "a list",
            "dict_type": "a mapping",
            "model_type": "a mapping of fields",
        }[kind]
        message = f"wrong type: expected {wanted}, found {_describe_value(value)}"
        loc_for_line, shown = loc, loc
    elif kind == "string_too_short":
        message = "the text is empty"
        loc_for_line, shown = loc, loc
    elif kind == "literal_error":
        allowed = err.get("ctx", {}).get("expected", "")
        message = f"'{value}' is not allowed here (expected {allowed})"
        loc_for_line, shown = loc, loc
    else:
        message = err["msg"].removeprefix("Value error, ")
        loc_for_line, shown = loc, loc
    return message, loc_for_line, shown


def _describe_value(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__
