"""Builds ledarplan for the current operating system into dist/.

    python packaging/build.py [--bundle-only] [--dist DIR] [--work DIR]

1. The program as one folder with PyInstaller (packaging/ledarplan.spec, which also compiles
   the translations): dist/ledarplan/ (and dist/ledarplan.app on macOS).
2. The installers of this system, from that folder:
   - Linux: dist/ledarplan_<version>_<arch>.deb and dist/ledarplan-<version>-linux-<arch>.tar.gz
     (needs dpkg-deb; the libraries the bundle takes from the system are checked against the
     package's dependencies);
   - Windows: dist/ledarplan-<version>-setup.exe (needs Inno Setup 6's ISCC.exe);
   - macOS: dist/ledarplan-<version>-macos.dmg (hdiutil).

Needs the project installed with its test extra, which brings PyInstaller:
pip install -e '.[test]'.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_contents as contents  # noqa: E402

ICONS = ROOT / "resources" / "icons"


class BuildError(Exception):
    pass


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(command: list[str | Path], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], check=True, **kwargs)


# --- the bundle ---------------------------------------------------------------------------


def build_bundle(dist: Path, work: Path) -> Path:
    """Runs PyInstaller from scratch (--clean): the bundle is always the current source."""
    log("freezing the program with PyInstaller (packaging/ledarplan.spec)")
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            dist,
            "--workpath",
            work,
            HERE / "ledarplan.spec",
        ],
        cwd=ROOT,
    )
    bundle = dist / contents.APP_NAME
    executable = bundle / (f"{contents.APP_NAME}.exe" if sys.platform == "win32" else "ledarplan")
    if not executable.is_file():
        raise BuildError(f"PyInstaller did not produce {executable}")
    return bundle


def tree_size(folder: Path) -> int:
    """Bytes in the files under `folder` (links counted once, as themselves)."""
    return sum(
        path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink()
    )


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


# --- Linux --------------------------------------------------------------------------------


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def _needed(path: Path) -> list[str]:
    output = run(["readelf", "-d", path], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", output)


def _resolved(path: Path, env: dict[str, str]) -> dict[str, str]:
    """The dynamic linker's choice for each library `path` needs ('' for not found)."""
    output = subprocess.run(
        ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
    ).stdout
    found = {}
    for name, target in re.findall(r"^\s*(\S+) => (not found|\S+)", output, re.MULTILINE):
        found[name] = "" if target == "not found" else target
    # The dynamic linker itself is listed by its path alone.
    for target in re.findall(r"^\s*(/\S+) \(0x", output, re.MULTILINE):
        found.setdefault(Path(target).name, target)
    return found


def _owner(library: str) -> str | None:
    """The Debian package that installed a library file, without architecture or the t64
    rename (Ubuntu's libglib2.0-0t64 provides libglib2.0-0)."""
    real = Path(library).resolve()
    for candidate in {library, str(real), re.sub(r"^/usr(?=/lib)", "", str(real))}:
        result = subprocess.run(
            ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            package = result.stdout.split(":", 1)[0].split(",")[0].strip()
            return re.sub(r"t64$", "", package)
    return None


def check_system_libraries(bundle: Path) -> list[str]:
    """Every library the bundle links to from outside must come with a package the .deb
    depends on (or recommends, for the Wayland platform); returns what is wrong."""
    internal = bundle / "_internal"
    env = {
        **os.environ,
        "LD_LIBRARY_PATH": os.pathsep.join([str(internal), str(internal / "PySide6/Qt/lib")]),
    }
    inside = {path.name for path in bundle.rglob("*")}
    allowed = set(contents.DEB_DEPENDS) | set(contents.DEB_RECOMMENDS)
    have_dpkg = shutil.which("dpkg-query") is not None
    problems: list[str] = []
    owners: dict[str, str | None] = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not _is_elf(path):
            continue
        outside = [name for name in _needed(path) if name not in inside]
        if not outside:
            continue
        resolved = _resolved(path, env)
        for name in outside:
            target = resolved.get(name, "")
            where = path.relative_to(bundle)
            if not target:
                # The Wayland platform's libraries are only recommended: X11 works without.
                if name not in contents.OPTIONAL_LIBRARIES:
                    problems.append(f"{where}: needs {name}, which is not on this system")
                continue
            if not have_dpkg:
                continue
            if target not in owners:
                owners[target] = _owner(target)
            owner = owners[target]
            if owner is None or owner not in allowed:
                problems.append(
                    f"{where}: needs {name} ({target}, package {owner or 'unknown'}), "
                    "which the .deb does not depend on"
                )
    return sorted(set(problems))


def _deb_architecture() -> str:
    if shutil.which("dpkg"):
        return run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)
    # Readable by everyone, writable by root alone, whatever the build user's umask was.
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        # Shared libraries need no execute bit (Debian's rule); programs and folders do.
        library = ".so" in path.suffixes or path.name.endswith(".so")
        executable = path.is_dir() or (path.stat().st_mode & stat.S_IXUSR and not library)
        path.chmod(0o755 if executable else 0o644)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def deb_control(version: str, installed_kib: int, architecture: str) -> str:
    description = "\n".join(
        " " + line for line in _wrap(contents.DESCRIPTION, 78)
    )  # continuation lines of a control field start with a space
    return (
        f"Package: {contents.APP_NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {contents.maintainer()}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(contents.DEB_DEPENDS)}\n"
        f"Recommends: {', '.join(contents.DEB_RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {contents.SUMMARY}\n"
        f"{description}\n"
    )


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def build_deb(bundle: Path, version: str, dist: Path, work: Path) -> Path:
    """The bundle in /opt/ledarplan, started as /usr/bin/ledarplan, with a menu entry, icons
    and the plan file type. Desktop, icon and MIME caches are refreshed by dpkg's triggers."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is missing (apt-get install dpkg); or use --bundle-only")
    problems = check_system_libraries(bundle)
    if problems:
        raise BuildError(
            "the bundle needs system libraries the .deb does not declare (see DEB_DEPENDS in "
            "packaging/bundle_contents.py):\n  " + "\n  ".join(problems)
        )
    log("building the .deb")
    root = work / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    _copy_tree(bundle, root / "opt" / contents.APP_NAME)
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    # Absolute, as Debian wants links between top-level folders; the program finds its files
    # (and an organisation.toml) beside the real executable, not beside the link.
    (usr_bin / contents.APP_NAME).symlink_to(f"/opt/{contents.APP_NAME}/{contents.APP_NAME}")
    share = root / "usr" / "share"
    _write(
        share / "applications" / "ledarplan.desktop",
        (HERE / "linux" / "ledarplan.desktop").read_text(encoding="utf-8"),
    )
    _write(
        share / "mime" / "packages" / "ledarplan.xml",
        (HERE / "linux" / "ledarplan-mime.xml").read_text(encoding="utf-8"),
    )
    for png in sorted(ICONS.glob("ledarplan-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ledarplan.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
        target.chmod(0o644)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / "ledarplan.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / "ledarplan.svg", scalable)
    scalable.chmod(0o644)
    doc = share / "doc" / contents.APP_NAME
    _write(doc / "copyright", contents.licence_notice())
    changelog = ROOT / "CHANGELOG.md"
    if changelog.is_file():  # Debian keeps a package's history as changelog.gz
        # GzipFile, not gzip.open: only it takes mtime (a fixed one keeps the build repeatable).
        with (
            (doc / "changelog.gz").open("wb") as raw,
            gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed,
        ):
            packed.write(changelog.read_bytes())
        (doc / "changelog.gz").chmod(0o644)
    for folder in [root, *root.rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)
    architecture = _deb_architecture()
    installed_kib = (tree_size(root) + 1023) // 1024
    _write(root / "DEBIAN" / "control", deb_control(version, installed_kib, architecture))
    deb = dist / f"{contents.APP_NAME}_{version}_{architecture}.deb"
    # xz, which every dpkg reads, at its fastest level: measured here 57 MB in half the time of
    # level 3 (55 MB); dpkg's default level 6 takes minutes. gzip would give 68 MB.
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", root, deb])
    return deb


def build_tarball(bundle: Path, version: str, dist: Path) -> Path:
    """The bundle to unpack anywhere and run in place (needs the same system libraries)."""
    log("building the portable tar.gz")
    folder = f"{contents.APP_NAME}-{version}"
    tarball = dist / f"{folder}-linux-{platform.machine()}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=folder, filter=owned_by_root)
    return tarball


# --- Windows ------------------------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        if not base:
            continue
        for candidate in (
            Path(base) / "Inno Setup 6" / "ISCC.exe",
            Path(base) / "Programs" / "Inno Setup 6" / "ISCC.exe",
        ):
            if candidate.is_file():
                return candidate
    return None


def build_windows_installer(bundle: Path, version: str, dist: Path) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise BuildError(
            "Inno Setup 6 is missing (choco install innosetup, or "
            "https://jrsoftware.org/isdl.php); or use --bundle-only"
        )
    log(f"building the Windows installer with {iscc}")
    run(
        [
            iscc,
            "/Qp",
            f"/DAppVersion={version}",
            f"/DNumericVersion={contents.numeric_version(version)}",
            f"/DBundleDir={bundle}",
            f"/DOutputDir={dist}",
            f"/DIconFile={ICONS / 'ledarplan.ico'}",
            HERE / "windows" / "ledarplan.iss",
        ]
    )
    installer = dist / f"{contents.APP_NAME}-{version}-setup.exe"
    if not installer.is_file():
        raise BuildError(f"Inno Setup did not produce {installer}")
    return installer


# --- macOS --------------------------------------------------------------------------------


def build_dmg(dist: Path, version: str, work: Path) -> Path:
    """The .app in a disk image, beside a link to /Applications to drag it onto."""
    app = dist / f"{contents.APP_NAME}.app"
    if not app.is_dir():
        raise BuildError(f"PyInstaller did not produce {app}")
    log("building the .dmg")
    staging = work / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    dmg = dist / f"{contents.APP_NAME}-{version}-macos.dmg"
    command = [
        "hdiutil",
        "create",
        "-volname",
        f"{contents.APP_NAME} {version}",
        "-srcfolder",
        staging,
        "-fs",
        "HFS+",
        "-format",
        "UDZO",
        "-ov",
        dmg,
    ]
    # hdiutil fails now and then with "Resource busy" (another process, such as a virus
    # scanner, still holds the new image); a later try succeeds.
    attempts = 3
    for attempt in range(1, attempts + 1):
        try:
            run(command)
            break
        except subprocess.CalledProcessError:
            if attempt == attempts:
                raise
            log(f"hdiutil failed (try {attempt} of {attempts}); trying again")
            time.sleep(10 * attempt)
    return dmg


# --- the command --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--bundle-only", action="store_true", help="build the program folder, no installers"
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="folder for intermediate files",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    version = contents.version()
    dist = args.dist.resolve()
    work = args.work.resolve()
    log(f"ledarplan {version} for {sys.platform} ({platform.machine()})")
    problems = contents.environment_problems()
    if problems:
        print(
            "[build] failed: the build environment does not match pyproject.toml "
            "(pip install -e '.[test]' again):\n  " + "\n  ".join(problems),
            file=sys.stderr,
        )
        return 1
    try:
        bundle = build_bundle(dist, work)
        artifacts = []
        if not args.bundle_only:
            if sys.platform.startswith("linux"):
                artifacts += [
                    build_deb(bundle, version, dist, work),
                    build_tarball(bundle, version, dist),
                ]
            elif sys.platform == "win32":
                artifacts.append(build_windows_installer(bundle, version, dist))
            elif sys.platform == "darwin":
                artifacts.append(build_dmg(dist, version, work))
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"[build] failed: {exc}", file=sys.stderr)
        return 1
    log(f"bundle: {bundle} — {megabytes(tree_size(bundle))} on disk")
    for artifact in artifacts:
        log(f"{artifact.name}: {megabytes(artifact.stat().st_size)}")
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
