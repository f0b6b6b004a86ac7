"""What goes into ledarplan's bundle, and the metadata the platforms' installers carry.

Shared by packaging/ledarplan.spec (PyInstaller) and packaging/build.py (the installers), so
the Windows, macOS and Linux packages describe the same program the same way. Plain Python:
importable without PyInstaller.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parents[1]

APP_NAME = "ledarplan"
BUNDLE_ID = "se.ledarplan.app"
SUMMARY = "personal development plan for leaders, kept offline"
DESCRIPTION = (
    "Leaders in Nordic municipalities keep their personal development plan against their "
    "organisation's leadership model on their own PC: self- and manager assessment, goals and "
    "actions, coaching log and development talks, exported as PDF or as a plan file for the "
    "manager. Nothing is sent anywhere."
)

#: The plan exchange file (docs/exchange-format.md) and its encrypted envelope.
PLAN_SUFFIX = ".ledarplan.json"
ENCRYPTED_SUFFIX = ".ledarplan.enc.json"
PLAN_MIME = "application/x-ledarplan-plan"
ENCRYPTED_MIME = "application/x-ledarplan-encrypted-plan"
PLAN_UTI = "se.ledarplan.plan"
ENCRYPTED_UTI = "se.ledarplan.encrypted-plan"

#: The optional part of the project the installers include: the organisation's database
#: (PostgreSQL, docs/organisation-database.md).
BUNDLED_EXTRA = "postgres"

#: The interface languages; Qt's own translations (buttons, dialogs) ship for these alone.
LANGUAGES = ("sv", "da")

#: Python modules the program never imports, kept out even when a library mentions them.
EXCLUDED_MODULES = [
    # Qt modules ledarplan does not use (it uses QtCore, QtGui, QtWidgets and QtNetwork).
    *(
        f"PySide6.{module}"
        for module in (
            "Qt3DAnimation",
            "Qt3DCore",
            "Qt3DExtras",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DRender",
            "QtAxContainer",
            "QtBluetooth",
            "QtCharts",
            "QtConcurrent",
            "QtDataVisualization",
            "QtDBus",
            "QtDesigner",
            "QtGraphs",
            "QtHelp",
            "QtHttpServer",
            "QtLocation",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtNetworkAuth",
            "QtNfc",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtPdf",
            "QtPdfWidgets",
            "QtPositioning",
            "QtPrintSupport",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickWidgets",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
            "QtSerialBus",
            "QtSerialPort",
            "QtSpatialAudio",
            "QtSql",
            "QtStateMachine",
            "QtSvg",
            "QtSvgWidgets",
            "QtTest",
            "QtTextToSpeech",
            "QtUiTools",
            "QtWebChannel",
            "QtWebEngineCore",
            "QtWebEngineQuick",
            "QtWebEngineWidgets",
            "QtWebSockets",
            "QtXml",
        )
    ),
    # Other Qt bindings (Pillow's ImageQt looks for them) and development tools.
    "PyQt5",
    "PyQt6",
    "PySide2",
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "IPython",
    "pydoc_data",
    # Interactive-console helpers (they would bring libreadline and libtinfo).
    "readline",
    "curses",
    # Pillow reads PNG and JPEG logos for the PDF; AVIF support alone is 5 MB.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL.ImageTk",
    "PIL._imagingtk",
]

#: Qt plugin folders the program needs: platforms (the windowing system: xcb and wayland on
#: Linux, windows, cocoa; offscreen for headless smoke tests), platformthemes (native file
#: dialogs through the desktop portal on Linux), platforminputcontexts (compose keys and input
#: methods), imageformats (PNG is built in; ico, jpeg and gif for pictures in dialogs),
#: xcbglintegrations (OpenGL on X11), wayland-* (the Wayland platform), styles (the native look
#: on Windows and macOS). Left out: tls and networkinformation (QtNetwork serves only a local
#: socket here), generic and egldeviceintegrations (touch screens and bare-metal displays).
QT_PLUGIN_FOLDERS = {
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "imageformats",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "styles",
}
#: Inside those folders, plugins for things the program never meets: image formats it never
#: reads, embedded-device platforms, Wayland compositor-side and non-desktop shells, and the
#: GTK theme (it would load the system's GTK against the build machine's GLib and Cairo).
QT_PLUGINS_LEFT_OUT = re.compile(
    r"^(lib)?q?(svg|svgicon|pdf|tiff|webp|icns|tga|wbmp|macheif|macjp2|jp2|heif|"
    r"vnc|minimal|minimalegl|linuxfb|eglfs|vkkhrdisplay|direct2d|gtk3|"
    r"dmabuf-server|drm-egl-server|shm-emulation-server|vulkan-server|"
    r"fullscreen-shell-v1|ivi-shell|qt-shell|wl-shell-plugin)\.(so|dll|dylib)$"
)
#: Qt libraries only the plugins left out above use.
QT_LIBRARIES_LEFT_OUT = re.compile(
    r"^(lib)?Qt6(EglFSDeviceIntegration|EglFsKmsSupport|WlShellIntegration)\b"
)
#: Linux: the libraries of the desktop session come from the system (the .deb depends on
#: them) rather than from the build machine. In one process with the system's graphics
#: drivers, input methods and fonts, a bundled older copy breaks them (e.g. Mesa needing a
#: newer libstdc++ than the bundled one). Their own dependencies go with them.
LINUX_SYSTEM_LIBRARIES = re.compile(
    r"^(libstdc\+\+|libgcc_s|libX11|libX11-xcb|libXau|libXdmcp|libXext|libXrender|"
    r"libxcb(-[a-z-]+)?|libxkbcommon(-x11)?|libfontconfig|libfreetype|libexpat|libpng16|"
    r"libbrotli(common|dec)|lib(glib|gobject|gio|gmodule|gthread)-2\.0|libpcre2-8|libmount|"
    r"libblkid|libselinux|libdbus-1|libsystemd|libgcrypt|libgpg-error|liblz4|libcap|libbsd|"
    r"libmd)\.so(\.\d+)*$"
)
#: Debian packages of those libraries (and of those PyInstaller never bundles: GL, EGL).
DEB_DEPENDS = [
    "libc6",
    "libstdc++6",
    "libgcc-s1",
    "libegl1",
    "libgl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libfreetype6",
    "libbrotli1",
    "libglib2.0-0",
    "libdbus-1-3",
]
#: Only the Wayland platform needs these; X11 (and XWayland) work without them.
DEB_RECOMMENDS = ["libwayland-client0", "libwayland-cursor0", "libwayland-egl1"]
OPTIONAL_LIBRARIES = {"libwayland-client.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1"}
_QT_TRANSLATION = re.compile(r"^(?P<base>[a-z_]+?)_(?P<lang>[a-z]{2}(?:_[A-Z]{2})?)\.qm$")


def version() -> str:
    """The one version of the program, as written in pyproject.toml."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["project"]["version"]


def _project() -> dict:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["project"]


def maintainer() -> str:
    """Debian's Maintainer field from pyproject.toml's first author. Without an e-mail address
    there, a reserved never-deliverable one (RFC 2606) stands in, so nothing fake is sent to."""
    author = (_project().get("authors") or [{}])[0]
    name = author.get("name") or APP_NAME
    return f"{name} <{author.get('email') or APP_NAME + '@invalid'}>"


def _runtime_requirements():
    """(requirement, installed distribution or None) for ledarplan's run-time dependencies,
    all the way down."""
    from importlib import metadata  # noqa: PLC0415

    from packaging.requirements import Requirement  # noqa: PLC0415 - comes with PyInstaller

    project = _project()
    seen: set[str] = set()
    # The installers carry the organisation database's driver too (the extra "postgres").
    bundled = [*project["dependencies"], *project["optional-dependencies"][BUNDLED_EXTRA]]
    queue = [(Requirement(r), "") for r in bundled]
    while queue:
        requirement, extra = queue.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        key = re.sub(r"[-_.]+", "-", requirement.name).lower()
        if key in seen:
            continue
        seen.add(key)
        try:
            distribution = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            yield requirement, None
            continue
        yield requirement, distribution
        # A requirement's own extras ("psycopg[binary]") bring what their markers name.
        for child in distribution.requires or []:
            queue += [(Requirement(child), e) for e in ("", *sorted(requirement.extras))]


def environment_problems() -> list[str]:
    """Run-time dependencies missing from the build environment, or in a version pyproject.toml
    excludes (a bundle freezes whatever is installed, e.g. a Qt release known to be broken)."""
    problems = []
    for requirement, distribution in _runtime_requirements():
        if distribution is None:
            problems.append(f"{requirement.name} is not installed (needed: {requirement})")
        elif not requirement.specifier.contains(distribution.version, prereleases=True):
            problems.append(
                f"{requirement.name} {distribution.version} does not match {requirement}"
            )
    return problems


def runtime_distributions() -> list[tuple[str, str, str]]:
    """(name, version, licence) of ledarplan's run-time dependencies, all the way down:
    what the bundle carries besides Python and ledarplan itself."""
    rows = []
    found = [d for _, d in _runtime_requirements() if d is not None]
    for distribution in sorted(found, key=lambda d: d.metadata["Name"].lower()):
        info = distribution.metadata
        licence = info.get("License-Expression") or (info.get("License") or "").split("\n")[0]
        if not licence or len(licence) > 60:  # some put the whole text there
            classifiers = [c for c in info.get_all("Classifier") or [] if c.startswith("License")]
            licence = classifiers[0].rsplit(" :: ", 1)[-1] if classifiers else "see its package"
        rows.append((info["Name"], distribution.version, licence))
    return rows


def licence_notice() -> str:
    """What the bundle is made of and under which licences (the .deb's copyright file)."""
    import platform  # noqa: PLC0415

    project = _project()
    rows = [
        ("Python", platform.python_version(), "PSF-2.0"),
        *runtime_distributions(),
    ]
    width = max(len(f"{name} {version}") for name, version, _ in rows)
    table = "\n".join(
        f"  {f'{name} {version}':<{width}}  {licence}" for name, version, licence in rows
    )
    return f"""{APP_NAME} {project["version"]}

{APP_NAME} itself: {project.get("license", {}).get("text", "see the program's About box")}.

The program is built with PyInstaller and carries these components, each under its own
licence:

{table}

Qt and PySide6 are used under the GNU Lesser General Public License version 3, as shared
libraries (_internal/PySide6/Qt/lib in the program's folder) that can be replaced by other
builds of the same version. Their source is at https://download.qt.io/official_releases/qt/
and https://download.qt.io/official_releases/QtForPython/; the licence text is at
https://www.gnu.org/licenses/lgpl-3.0.html (on Debian systems also in
/usr/share/common-licenses/LGPL-3).

Qt comes with ICU (Unicode licence). Libraries copied from the build system with the Python
runtime and Qt (OpenSSL, SQLite, MIT Kerberos, zlib, liblzma, bzip2, libffi, libuuid) keep
their own free licences; on Debian and Ubuntu see /usr/share/doc/<package>/copyright.

The PDF font is DejaVu Sans (Bitstream Vera and Arev fonts licence), its licence text is in
_internal/ledarplan/resources/fonts/LICENSE-DejaVu.txt in the program's folder.
"""


def write_dist_info(work_dir: Path, app_version: str) -> Path:
    """Package metadata for the bundle, so importlib.metadata finds ledarplan's version."""
    folder = work_dir / f"{APP_NAME}-{app_version}.dist-info"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {APP_NAME}\nVersion: {app_version}\nSummary: {SUMMARY}\n",
        encoding="utf-8",
    )
    (folder / "INSTALLER").write_text("pyinstaller\n", encoding="utf-8")
    return folder


def _parts(dest: str) -> tuple[str, ...]:
    return PurePath(dest.replace("\\", "/")).parts


def keep_data(dest: str) -> bool:
    """Qt's translations only for the interface languages; everything else stays."""
    parts = _parts(dest)
    if parts[:1] == ("PySide6",) and "translations" in parts:
        match = _QT_TRANSLATION.match(parts[-1])
        return bool(match and match["base"] == "qtbase" and match["lang"] in LANGUAGES)
    return True


def keep_binary(dest: str) -> bool:
    """Qt plugins only from the folders the program needs, without unused formats; on Linux
    no libraries of the desktop session."""
    parts = _parts(dest)
    name = parts[-1]
    if parts[:1] == ("PySide6",) and "plugins" in parts:
        folder = parts[parts.index("plugins") + 1]
        return folder in QT_PLUGIN_FOLDERS and not QT_PLUGINS_LEFT_OUT.match(name)
    if QT_LIBRARIES_LEFT_OUT.match(name):
        return False
    # Only the top level: Pillow's own renamed copies (pillow.libs/libxcb-9065bb12…) stay.
    return not (len(parts) == 1 and LINUX_SYSTEM_LIBRARIES.match(name))


def select_contents(binaries: list, datas: list, imports=None) -> tuple[list, list]:
    """Filters PyInstaller's Analysis TOCs (entries: destination, source, kind) by the rules
    above. `imports(path)` lists a library's link-time dependencies (PyInstaller's
    bindepend.get_imports); given, libraries that only the left-out ones needed go too."""
    binaries = [entry for entry in binaries if keep_binary(entry[0])]
    if imports is not None:
        binaries = _without_orphans(binaries, imports)
    kept = {_parts(entry[0]) for entry in binaries}
    datas = [
        entry
        for entry in datas
        if keep_data(entry[0])
        # PyInstaller links libraries into the top folder; no link to a library left out.
        and not (entry[2] == "SYMLINK" and _parts(entry[1]) not in kept)
    ]
    return binaries, datas


def _without_orphans(binaries: list, imports) -> list:
    """Drops the top-level libraries nothing kept links to: PyInstaller collected them for a
    plugin left out (e.g. GTK's Cairo and Pango for the GTK theme)."""
    candidates = {
        entry[0]: entry[1]
        for entry in binaries
        if entry[2] == "BINARY"
        and len(_parts(entry[0])) == 1
        and not entry[0].lower().startswith(("libpython", "python"))  # the bootloader loads it
    }
    queue = [entry[1] for entry in binaries if entry[0] not in candidates]
    needed: set[str] = set()
    while queue:
        for name, _path in imports(queue.pop()):
            base = PurePath(name).name
            if base in candidates and base not in needed:
                needed.add(base)
                queue.append(candidates[base])
    return [entry for entry in binaries if entry[0] not in candidates or entry[0] in needed]


def numeric_version(app_version: str) -> str:
    """Windows file versions are four numbers: 0.1.0 → 0.1.0.0, 1.2rc3 → 1.2.0.0."""
    release = re.match(r"\d+(?:\.\d+)*", app_version)
    numbers = release.group(0).split(".")[:4] if release else []
    return ".".join([*numbers, *["0"] * (4 - len(numbers))])


def windows_version_info(app_version: str):  # -> PyInstaller's VSVersionInfo
    """The Details tab of the .exe's properties: product name and version."""
    from PyInstaller.utils.win32 import versioninfo as vi  # noqa: PLC0415 - Windows only

    numbers = tuple(int(n) for n in numeric_version(app_version).split("."))
    strings = [
        vi.StringStruct("CompanyName", APP_NAME),
        vi.StringStruct("FileDescription", APP_NAME),  # Task Manager shows this
        vi.StringStruct("FileVersion", app_version),
        vi.StringStruct("InternalName", APP_NAME),
        vi.StringStruct("OriginalFilename", f"{APP_NAME}.exe"),
        vi.StringStruct("ProductName", APP_NAME),
        vi.StringStruct("ProductVersion", app_version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


def macos_minimum_version(binaries, read_minimum) -> str | None:
    """The oldest macOS every one of `binaries` runs on (the highest of their minimums), for
    LSMinimumSystemVersion, so an older Mac says so in Finder instead of crashing at start.
    `read_minimum(path)` gives a Mach-O file's (major, minor, patch), e.g. PyInstaller's
    utils.osx.macosx_version_min; files it cannot read (not Mach-O) are passed over."""
    found = []
    for path in binaries:
        try:
            found.append(tuple(read_minimum(str(path))))
        except Exception:  # not a Mach-O file (a script, data): it has no minimum
            continue
    if not found:
        return None
    major, minor, patch = max(found)
    return f"{major}.{minor}.{patch}" if patch else f"{major}.{minor}"


def macos_info_plist(app_version: str, minimum_system: str | None = None) -> dict:
    """Info.plist entries beyond what PyInstaller writes: document types, languages, the
    oldest macOS the bundled libraries run on."""
    extra = {"LSMinimumSystemVersion": minimum_system} if minimum_system else {}
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": app_version,
        # The build number must be numbers only (at most three): 0.1.0rc1 → 0.1.0.
        "CFBundleVersion": ".".join(numeric_version(app_version).split(".")[:3]),
        "CFBundleDevelopmentRegion": "en",
        # Qt's own Info.plist template names it; AppKit expects it of an application.
        "NSPrincipalClass": "NSApplication",
        **extra,
        # Without these macOS reports English as the user's language to a Qt program.
        "CFBundleLocalizations": ["en", "sv", "da"],
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "UTExportedTypeDeclarations": [
            _uti(PLAN_UTI, "ledarplan plan", PLAN_SUFFIX, PLAN_MIME),
            _uti(ENCRYPTED_UTI, "ledarplan plan (encrypted)", ENCRYPTED_SUFFIX, ENCRYPTED_MIME),
        ],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "ledarplan plan",
                "CFBundleTypeRole": "Viewer",  # opening imports it; the file is not edited
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [PLAN_UTI, ENCRYPTED_UTI],
                "CFBundleTypeIconFile": "ledarplan.icns",
            },
            {
                # Finder names a file by its last extension alone, so a .ledarplan.json file
                # is JSON to it: offer ledarplan under "Open With" for JSON, never as default.
                "CFBundleTypeName": "JSON",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.json"],
            },
        ],
    }


def _uti(identifier: str, description: str, suffix: str, mime: str) -> dict:
    return {
        "UTTypeIdentifier": identifier,
        "UTTypeDescription": description,
        "UTTypeConformsTo": ["public.json", "public.data"],
        "UTTypeIconFile": "ledarplan.icns",
        "UTTypeTagSpecification": {
            "public.filename-extension": [suffix.lstrip(".")],
            "public.mime-type": [mime],
        },
    }
