"""The About box: version, licence, where the data is, the models' sources, and the software
ledarplan is built from with each licence (the LGPL asks us to say how to get Qt's source)."""

from __future__ import annotations

import platform
import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ledarplan import __version__
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.notices import COMPONENTS
from ledarplan.presets import Presets


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{escape(url)}">{escape(text or url)}</a>'


def _section(title: str) -> str:
    return f"<h3>{escape(title)}</h3>"


def _paragraph(text: str, *, small: bool = False) -> str:
    body = escape(text)
    return f"<p><small>{body}</small></p>" if small else f"<p>{body}</p>"


def about_html(catalog: FrameworkCatalog, data_dir: Path, presets: Presets) -> str:
    # Every text is looked up with a literal QCoreApplication.translate call: lupdate cannot
    # see through helpers or f-strings.
    folder = _link(QUrl.fromLocalFile(str(data_dir)).toString(), str(data_dir))
    parts = [
        f"<h2>ledarplan {escape(__version__)}</h2>",
        _paragraph(
            QCoreApplication.translate(
                "About",
                "Your leader development plan, kept on your own computer. Nothing is sent "
                "anywhere.",
            )
        ),
        _paragraph(
            QCoreApplication.translate(
                "About",
                "Licence: proprietary; all rights reserved by the makers of ledarplan. The "
                "leadership models' texts belong to the organisations named below and are "
                "shown word for word.",
            )
        ),
        _section(QCoreApplication.translate("About", "Your data")),
        "<p>"
        + escape(
            QCoreApplication.translate(
                "About",
                "Your plans, notes and settings are in this folder, readable by you alone; "
                "daily backups are in its backups folder:",
            )
        )
        + f"<br>{folder}</p>",
    ]
    if presets.source is not None:
        parts += [
            _section(QCoreApplication.translate("About", "Organisation")),
            _paragraph(presets.organisation or "—"),
            _paragraph(
                QCoreApplication.translate("About", "Presets from: %1").replace(
                    "%1", str(presets.source)
                ),
                small=True,
            ),
        ]
    sources = "".join(
        f"<li><b>{escape(p.name)}</b> — {escape(p.source.organisation)}: "
        f"{escape(p.source.title)}"
        + (f" ({_link(str(p.source.url))})" if p.source.url else "")
        + "</li>"
        for p in catalog.packs
    )
    parts += [
        _section(QCoreApplication.translate("About", "Leadership models and their sources")),
        f"<ul>{sources}</ul>",
        _section(QCoreApplication.translate("About", "Software ledarplan is built with")),
        _components_table(),
    ]
    parts += [
        _paragraph(QCoreApplication.translate("Notices", c.notice), small=True)
        for c in COMPONENTS
        if c.notice
    ]
    qt = QCoreApplication.translate("About", "Qt %1").replace("%1", qVersion())
    parts.append(
        _paragraph(f"Python {platform.python_version()} · {sys.platform} · {qt}", small=True)
    )
    return "".join(parts)


def _components_table() -> str:
    headings = (
        QCoreApplication.translate("About", "Component"),
        QCoreApplication.translate("About", "Version"),
        QCoreApplication.translate("About", "Licence"),
        QCoreApplication.translate("About", "Used for"),
    )
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headings)
    rows = "".join(
        "<tr>"
        f"<td>{_link(c.url, c.name)}</td>"
        f"<td>{escape(c.version)}</td>"
        f"<td>{escape(c.licence)}</td>"
        f"<td>{escape(QCoreApplication.translate('Notices', c.role))}</td>"
        "</tr>"
        for c in COMPONENTS
    )
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"


class AboutDialog(QDialog):
    """Long enough to need scrolling, so a text browser rather than a message box."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(title)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(680, 620)
