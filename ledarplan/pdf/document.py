"""The PDF development plan: `render_plan_pdf` is what the GUI and the command line call.

The document is written atomically: it is laid out into a temporary file next to `out`, synced
to disk and then moved over `out` in one step. A failure at any point removes the temporary
file and leaves an earlier file at `out` as it was.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ledarplan.domain.entities import PlanBundle
from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.pdf.context import RenderContext
from ledarplan.pdf.fonts import printable, register_fonts
from ledarplan.pdf.labels import PdfLabels
from ledarplan.pdf.options import PdfOptions
from ledarplan.pdf.sections import build_story
from ledarplan.pdf.styles import MARGIN_X, PAGE_SIZES, make_styles
from ledarplan.pdf.template import PageDecor, PlanDocTemplate

_META_LIMIT = 300  # characters of a metadata field; a viewer shows one line of it


def render_plan_pdf(
    bundle: PlanBundle,
    pack: FrameworkPack | None,
    labels: PdfLabels,
    options: PdfOptions,
    out: Path,
) -> Path:
    """Writes the plan as a PDF to `out` (atomically) and returns `out`.

    `pack` is the plan's model when it is installed; with None the document uses only the
    plan's own copy of the model's texts (its snapshot) and leaves the model's context out.
    """
    return write_atomically(out, lambda handle: _render(bundle, pack, labels, options, handle))


def write_atomically(out: Path, render: Callable[[BinaryIO], None]) -> Path:
    """Lays a document out into a temporary file beside `out`, syncs it and moves it over
    `out` in one step; on any failure the temporary file goes and `out` stays as it was."""
    out = Path(out)
    directory = out.parent
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=directory)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            render(handle)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(out)  # atomic on POSIX and Windows (os.replace)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_directory(directory)
    return out


def render_plan_pdf_bytes(
    bundle: PlanBundle,
    pack: FrameworkPack | None,
    labels: PdfLabels | None = None,
    options: PdfOptions | None = None,
) -> bytes:
    """The same document in memory (for tests and previews)."""
    buffer = io.BytesIO()
    _render(bundle, pack, labels or PdfLabels(), options or PdfOptions(), buffer)
    return buffer.getvalue()


def _render(
    bundle: PlanBundle,
    pack: FrameworkPack | None,
    labels: PdfLabels,
    options: PdfOptions,
    target: BinaryIO,
) -> None:
    register_fonts()
    if pack is not None and pack.id != bundle.plan.framework_id:
        pack = None  # another model's context would misrepresent the plan
    page_size = PAGE_SIZES[options.page_size]
    ctx = RenderContext(
        bundle=bundle,
        pack=pack,
        labels=labels,
        options=options,
        styles=make_styles(),
        width=page_size[0] - 2 * MARGIN_X,
        today=options.generated_on or date.today(),
    )
    story = build_story(ctx)
    plan, person = bundle.plan, bundle.person
    title = plan.title.strip() or labels.development_plan
    snapshot = plan.snapshot
    model = ", ".join(p for p in (snapshot.framework_name, snapshot.level_name) if p)
    doc = PlanDocTemplate(
        target,
        page_size,
        title=_meta(f"{title} – {person.name}"),
        author=_meta(person.name),
        subject=_meta(f"{labels.development_plan}: {model}"),
        keywords=[_meta(k) for k in (labels.development_plan, snapshot.framework_name) if k],
        lang=labels.lang,
    )
    decor = PageDecor(
        labels=labels,
        header_left=f"{person.name} – {title}",
        header_right=options.organisation.strip() or snapshot.framework_name,
        cover=options.has("cover"),
    )
    doc.build_with(story, decor)


def _meta(text: str) -> str:
    """One line of metadata: the author, title or subject of the document."""
    flat = " ".join(printable(text).split())
    return flat if len(flat) <= _META_LIMIT else flat[: _META_LIMIT - 1] + "…"


def _sync_directory(directory: Path) -> None:
    """Makes the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
