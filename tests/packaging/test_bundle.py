"""The Linux package, built from the current source and run as installed on a bare machine.

Builds with packaging/build.py into a temporary folder, unpacks the .deb with `dpkg-deb -x`
into a temporary root and runs the program from there with an empty environment: no Python,
no virtual environment, no PYTHONPATH — only what the package brings and the system libraries
it depends on.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Read as ledarplan/__init__.py reads it (tomllib is not in Python 3.10).
VERSION = re.search(
    r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M
).group(1)
MODELS = {"holstebro", "huddinge", "hjo", "kalix", "skr"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux package"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"
    ),
]


class Installed:
    """The unpacked package, and a way to run its program as a user would."""

    def __init__(self, dist: Path, root: Path, home: Path):
        self.dist = dist
        self.root = root
        self.home = home
        self.opt = root / "opt" / "ledarplan"
        # Stands in for the package's /usr/bin/ledarplan → /opt/ledarplan/ledarplan, which
        # points outside the temporary root: started through a link, as from the shell.
        self.command = home / "bin" / "ledarplan"
        self.command.parent.mkdir(parents=True)
        self.command.symlink_to(self.opt / "ledarplan")
        self.build_log: list[str] = []

    def run(self, *args: str | Path, timeout: int = 120) -> subprocess.CompletedProcess:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run(
            [str(self.command), *map(str, args)],
            cwd=self.home,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def ok(self, *args: str | Path) -> str:
        result = self.run(*args)
        assert result.returncode == 0, f"ledarplan {args}: {result.stderr}"
        return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    base = tmp_path_factory.mktemp("package")
    dist = base / "dist"
    build = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            dist,
            "--work",
            base / "work",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (deb,) = dist.glob(f"ledarplan_{VERSION}_*.deb")
    root = base / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    home = base / "home"
    home.mkdir()
    installed = Installed(dist, root, home)
    installed.build_log = [line for line in build.stdout.splitlines() if line.startswith("[build]")]
    return installed


def control_fields(deb: Path) -> dict[str, str]:
    text = subprocess.run(
        ["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    return dict(re.findall(r"^([A-Za-z-]+): (.*)$", text, re.MULTILINE))


def test_the_package_describes_itself_with_the_projects_version(installed, report_line):
    # The bundle's size, the packages' sizes and the build time, at the end of the run.
    report_line(
        "packaging: " + "; ".join(s.removeprefix("[build] ") for s in installed.build_log[-4:])
    )
    (deb,) = installed.dist.glob("*.deb")
    fields = control_fields(deb)
    assert fields["Package"] == "ledarplan"
    assert fields["Version"] == VERSION
    assert "libxcb-cursor0" in fields["Depends"]  # Qt's X11 platform needs it
    assert int(fields["Installed-Size"]) > 10_000


def test_the_package_puts_the_program_where_the_menu_and_the_shell_find_it(installed):
    root = installed.root
    assert os.access(installed.opt / "ledarplan", os.X_OK)
    assert str((root / "usr/bin/ledarplan").readlink()) == "/opt/ledarplan/ledarplan"
    desktop = (root / "usr/share/applications/ledarplan.desktop").read_text(encoding="utf-8")
    assert "\nExec=ledarplan --open %f\n" in desktop
    assert "\nIcon=ledarplan\n" in desktop
    assert "MimeType=application/x-ledarplan-plan;" in desktop
    for size in (16, 32, 48, 128, 256, 512):
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/ledarplan.png").is_file()
    mime = (root / "usr/share/mime/packages/ledarplan.xml").read_text(encoding="utf-8")
    assert 'type="application/x-ledarplan-plan"' in mime
    assert "*.ledarplan.json" in mime
    copyright_text = (root / "usr/share/doc/ledarplan/copyright").read_text(encoding="utf-8")
    assert "PySide6" in copyright_text and "LGPL" in copyright_text


def test_the_portable_archive_holds_the_same_program(installed):
    (tarball,) = installed.dist.glob(f"ledarplan-{VERSION}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    assert f"ledarplan-{VERSION}/ledarplan" in names
    assert f"ledarplan-{VERSION}/_internal/ledarplan/resources/frameworks/holstebro.yaml" in names


def test_version_is_the_projects(installed):
    assert installed.ok("--version").strip() == f"ledarplan {VERSION}"


def test_the_window_opens_and_the_program_exits_0(installed):
    result = installed.run("--data-dir", installed.home / "window", "--exit-when-ready")
    assert result.returncode == 0, result.stderr
    assert (installed.home / "window" / "settings.json").is_file()


def test_the_built_in_models_are_inside(installed):
    listed = installed.ok("frameworks", "list")
    assert {line.split()[0] for line in listed.splitlines() if line.strip()} == MODELS


def test_the_translations_are_inside_and_used(installed):
    internal = installed.opt / "_internal"
    for language in ("sv", "da"):
        assert (internal / f"ledarplan/translations/ledarplan_{language}.qm").is_file()
        assert (internal / f"PySide6/Qt/translations/qtbase_{language}.qm").is_file()
    # Qt's translations for the interface languages only (the bundle stays lean).
    assert not list(internal.glob("PySide6/Qt/translations/qtbase_de.qm"))
    data = installed.home / "swedish"
    plan_id = installed.ok("--data-dir", data, "demo").split()[-1]
    pdf = installed.home / "plan-sv.pdf"
    installed.ok("--data-dir", data, "export-pdf", plan_id, "--out", pdf, "--lang", "sv")
    assert "Utvecklingsplan för ledare" in first_page_text(pdf)


def test_the_first_start_creates_the_database_with_the_migrations(installed):
    data = installed.home / "first-start"
    output = installed.ok("--data-dir", data, "demo")
    plan_id = output.split()[-1]
    assert (data / "ledarplan.sqlite3").is_file()
    assert plan_id in installed.ok("--data-dir", data, "plans", "list")
    assert "all is well" in installed.ok("--data-dir", data, "check")


def test_the_package_brings_the_organisation_databases_driver(installed, postgres_server):
    """psycopg and its libpq are inside: the installed program connects to a PostgreSQL server
    and reads what it needs (here: that the database has not been prepared)."""
    name = postgres_server.create_database("bundle")
    try:
        url = postgres_server.url("postgres", name)
        result = installed.run("--data-dir", installed.home / "org", "--database-url", url,
                               "plans", "list")  # fmt: skip
        assert result.returncode == 3, result.stderr
        assert "it has not been prepared for ledarplan" in result.stderr
    finally:
        postgres_server.drop_database(name)


@pytest.mark.skipif(
    not (shutil.which("update-mime-database") and shutil.which("gio")),
    reason="needs shared-mime-info and GLib's gio to ask the desktop's view of a file",
)
def test_the_desktop_recognises_plan_files_by_name_and_by_content(installed):
    data = installed.home / "mime"
    plan_id = installed.ok("--data-dir", data, "demo").split()[-1]
    plan_file = installed.home / "sent.ledarplan.json"
    installed.ok("--data-dir", data, "export", plan_id, "--out", plan_file)
    renamed = installed.home / "renamed by the mail program.json"
    renamed.write_bytes(plan_file.read_bytes())
    mime = installed.root / "usr" / "share" / "mime"
    subprocess.run(["update-mime-database", str(mime)], check=True, capture_output=True)
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_DIRS": f"{mime.parent}:/usr/share"}
    for path in (plan_file, renamed):
        info = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "application/x-ledarplan-plan" in info, path.name


def test_an_organisation_preset_beside_the_program_names_the_organisation_on_the_pdf(
    installed,
):
    preset = installed.opt / "organisation.toml"
    logo = installed.opt / "logo.svg"
    # An SVG logo proves svglib and lxml are in the bundle (drawn as vectors, in its colour).
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
        '<rect width="300" height="100" fill="rgb(250,10,130)"/></svg>',
        encoding="utf-8",
    )
    preset.write_text(
        'organisation = "Testby Kommun"\nlanguage = "sv"\nlogo = "logo.svg"\n'
        'model = "holstebro"\nlevel = "chef"\n',
        encoding="utf-8",
    )
    try:
        data = installed.home / "preset"
        assert "Testby Kommun" in installed.ok("--data-dir", data, "presets", "show")
        plan_id = installed.ok("--data-dir", data, "demo").split()[-1]
        pdf = installed.home / "preset.pdf"
        installed.ok("--data-dir", data, "export-pdf", plan_id, "--out", pdf)
        first = first_page_text(pdf)
        assert "Testby Kommun" in first
        assert "Chef" in first  # the preset level
        from pypdf import PdfReader  # noqa: PLC0415 - only the slow tests need it

        content = PdfReader(pdf).pages[0].get_contents().get_data().decode("latin-1")
        assert any(line.startswith(".980392 .039216") for line in content.splitlines())
    finally:
        preset.unlink()
        logo.unlink()


def first_page_text(pdf: Path) -> str:
    from pypdf import PdfReader  # noqa: PLC0415 - only the slow tests need it

    return " ".join((PdfReader(pdf).pages[0].extract_text() or "").split())


def test_the_ci_smoke_test_passes_against_the_installed_package(installed):
    """packaging/smoke_test.py is what the Windows and macOS jobs run; run here on the .deb,
    it cannot rot unnoticed between their runs."""
    preset = installed.opt / "organisation.toml"
    script = str(ROOT / "packaging" / "smoke_test.py")
    made = subprocess.run(
        [sys.executable, script, "--make-preset", str(preset)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    try:
        result = subprocess.run(
            [sys.executable, script, "--program", str(installed.opt), "--preset", str(preset)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    finally:
        for made_file in ("organisation.toml", "logo.svg"):
            (installed.opt / made_file).unlink(missing_ok=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAILED" not in result.stdout
    assert result.stdout.count("ok  ") >= 5
