"""Writes a `FrameworkPack` as a pack file (YAML) that `load_pack_bytes` reads back equal.

The file is for HR to read as well: fields in the schema's order, empty ones left out,
texts of several lines as literal blocks (`|`), every other text as PyYAML quotes it. A text
that a literal block would change on reading (a carriage return, YAML's other line breaks, a
tab or other control character) is written double-quoted with escapes, so every text comes
back byte for byte.
"""

from __future__ import annotations

from typing import Any

import yaml

from ledarplan.frameworks.schema import PACK_FORMAT, FrameworkPack

#: Characters a literal block cannot carry unchanged: YAML turns \r, \x85 into \n when reading,
#: and a block scalar cannot escape control characters.
_NEEDS_ESCAPES = frozenset("\r\x85\u2028\u2029\ufeff") | {
    chr(c) for c in range(0x20) if chr(c) != "\n"
}


class _PackDumper(yaml.SafeDumper):
    """Never anchors and aliases (the loader refuses them); strings in readable styles."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    # PyYAML indents a list under its key only when asked; the built-in packs do the same.
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    if any(ch in _NEEDS_ESCAPES for ch in text):
        style: str | None = '"'
    elif "\n" in text:
        style = "|"  # PyYAML falls back to quoting where a block cannot hold the text
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_PackDumper.add_representer(str, _represent_text)


def _without_empty(value: Any) -> Any:
    """Drops None and empty lists/mappings: the schema's defaults, left out like a person
    writing the file would."""
    if isinstance(value, dict):
        cleaned = {k: _without_empty(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v is not None and v not in ([], {})}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def pack_document(pack: FrameworkPack) -> dict[str, Any]:
    """The pack as plain data in the schema's field order, defaults left out."""
    document = _without_empty(pack.model_dump(mode="python"))
    document["format"] = PACK_FORMAT  # always said, first: a reader knows the format at once
    return {"format": document.pop("format"), **document}


def pack_to_yaml(pack: FrameworkPack, header: str = "") -> str:
    """The pack file's text; `header` (one or more lines) goes first as a comment."""
    body = yaml.dump(
        pack_document(pack),
        Dumper=_PackDumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )
    comment = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    return comment + body
