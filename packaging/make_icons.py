"""Renders the application icon from resources/icons/ledarplan.svg into the files installers need.

Run by hand after changing the SVG; the results are committed, so a build needs neither this
script nor an SVG renderer:

    python packaging/make_icons.py

Writes resources/icons/ledarplan-<size>.png (the window icon and the Linux hicolor theme),
ledarplan.ico (Windows: executable, installer, file association) and ledarplan.icns (macOS).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "ledarplan.svg"
#: The sizes of the freedesktop hicolor theme that matter; Windows and macOS pick from these.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry may be


def png_path(size: int) -> Path:
    return ICONS / f"ledarplan-{size}.png"


def render(size: int, path: Path) -> None:
    # Imported here: the rest of the packaging scripts must not need a Qt GUI.
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(path)):
        raise SystemExit(f"cannot write {path}")


def render_pngs() -> list[Path]:
    for size in PNG_SIZES:
        render(size, png_path(size))
    return [png_path(size) for size in PNG_SIZES]


def write_ico_and_icns() -> list[Path]:
    # Pillow comes with reportlab, so it is there wherever ledarplan is.
    from PIL import Image  # noqa: PLC0415

    ico = ICONS / "ledarplan.ico"
    # Each size from its own rendering (sharper than Pillow downscaling the largest one).
    frames = [Image.open(png_path(size)) for size in ICO_SIZES]
    frames[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    icns = ICONS / "ledarplan.icns"
    # macOS wants 512 px at double density too (1024 px), rendered rather than scaled up.
    with tempfile.TemporaryDirectory() as tmp:
        retina = Path(tmp) / "1024.png"
        render(1024, retina)
        Image.open(retina).save(
            icns, format="ICNS", append_images=[Image.open(png_path(s)) for s in PNG_SIZES]
        )
    return [ico, icns]


def main() -> int:
    for path in [*render_pngs(), *write_ico_and_icns()]:
        print(path.relative_to(ICONS.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
