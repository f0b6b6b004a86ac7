"""The application icon: rendered in every size the installers use, and shown by the window."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_every_png_size_is_rendered_square_and_not_blank():
    for size in PNG_SIZES:
        image = QImage(str(ICONS / f"ledarplan-{size}.png"))
        assert image.size() == QSize(size, size), size
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255  # the icon itself is opaque …
        assert corner.alpha() < 64  # … inside transparent rounded corners


def test_the_ico_holds_the_windows_sizes():
    data = (ICONS / "ledarplan.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    # A width or height byte of 0 means 256.
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_the_icns_holds_retina_sizes():
    data = (ICONS / "ledarplan.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds = set()
    offset = 8
    while offset < len(data):
        kind, length = struct.unpack_from(">4sI", data, offset)
        kinds.add(kind)
        offset += length
    assert {b"ic10", b"ic09", b"ic08"} <= kinds  # 1024 (512@2x), 512 and 256 px


def test_the_window_shows_the_icon(qapp):
    from ledarplan.gui.application import application  # noqa: PLC0415

    qapp.setWindowIcon(type(qapp.windowIcon())())  # as a fresh start has it: no icon yet
    icon = application().windowIcon()
    assert not icon.isNull()
    assert QSize(16, 16) in icon.availableSizes()
    assert QSize(256, 256) in icon.availableSizes()
