"""The program's own words in files that leave the PC (PDFs, forms, summaries, calendars).

Each such file has a frozen dataclass of labels whose defaults are the English source texts,
marked with `translate("Context", "text")` for Qt's lupdate. `translated` builds the labels in
a language with any translate function (the window passes Qt's, the command line the compiled
translations), so the core needs no Qt. Placeholders in braces are filled with `fill`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

Labels = TypeVar("Labels")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Marks a label for Qt's lupdate (with `n`: a message with plural forms); the English text
    itself is the default. `translated` translates for real."""
    return text


def fill(template: str, **values: object) -> str:
    """`template` with `{name}` replaced by `values`; anything else is left as written, so a
    placeholder a translation misspelt stays visible instead of failing the export."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


@dataclass(frozen=True)
class Plural:
    """Words around a count (`%n`), in the form for one and for any other number — the rule
    of English, Swedish and Danish — and the English source text they are translated from."""

    source: str
    one: str
    other: str

    def __call__(self, n: int, **values: object) -> str:
        form = self.one if n == 1 else self.other
        return fill(form.replace("%n", str(n)), **values)


def translated(
    labels: type[Labels],
    context: str,
    translate_text: Callable[[str, str], str],
    *,
    plural_forms: Callable[[str, str], tuple[str, str] | None] | None = None,
    **given: Any,
) -> Labels:
    """Every text label of `labels` as `translate_text(context, <English text>)`, each `Plural`
    in the forms `plural_forms(context, <English source>)` gives (else English), and the fields
    in `given` (formats and other values that are not words) as given."""
    texts: dict[str, Any] = {}
    for f in fields(labels):  # type: ignore[arg-type]
        if f.name in given:
            continue
        if isinstance(f.default, Plural):
            forms = plural_forms(context, f.default.source) if plural_forms else None
            texts[f.name] = replace(f.default, one=forms[0], other=forms[1]) if forms else f.default
        elif isinstance(f.default, str):
            texts[f.name] = translate_text(context, f.default)
    return replace(labels(), **texts, **given)  # type: ignore[type-var]
