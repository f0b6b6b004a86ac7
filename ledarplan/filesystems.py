"""Whether a folder is on the local disk, on a network share, or inside a synced folder.

SQLite's locks are not reliable on network file systems (a database there can be damaged),
its WAL mode does not work there at all, and a folder a sync client manages (OneDrive, Dropbox,
Nextcloud) may put an older copy of the file back over a newer one. So the data folder must be
on the local disk. The answer comes from the operating system: on Windows the drive type
(GetDriveTypeW) and UNC paths; on Linux the mount table's file system type; on macOS the
mount list; and for sync clients their own configuration files and environment, never names
alone. Each reader takes the system's answers as arguments, so they are tested with given ones.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from configparser import ConfigParser
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePath, PureWindowsPath


class Kind(str, Enum):
    LOCAL = "local"
    NETWORK = "network"
    SYNCED = "synced"


@dataclass(frozen=True)
class Location:
    kind: Kind
    #: What the system said: "cifs mount at /mnt/h", "network drive H:", "OneDrive folder …".
    detail: str = ""

    @property
    def local(self) -> bool:
        return self.kind is Kind.LOCAL


LOCAL = Location(Kind.LOCAL)

#: Linux file system types of network (and remote FUSE) file systems.
NETWORK_FS_TYPES = frozenset(
    {
        "cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "ceph", "glusterfs", "9p", "lustre",
        "gpfs", "ncpfs", "coda", "davfs", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.gvfsd-fuse",
        "fuse.s3fs", "fuse.glusterfs", "fuse.davfs2", "fuse.smbnetfs", "fuse.cifs",
    }
)  # fmt: skip
#: macOS mount list types of network file systems.
MAC_NETWORK_FS_TYPES = frozenset({"smbfs", "nfs", "afpfs", "webdav", "macfuse", "osxfuse"})
#: GetDriveTypeW's DRIVE_REMOTE.
DRIVE_REMOTE = 4


# --- Linux ---------------------------------------------------------------------------------


def _unescape_mount(field: str) -> str:
    """Mount tables write space, tab, newline and backslash as octal escapes (\\040 …)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def linux_mounts(mountinfo: str) -> list[tuple[str, str, str]]:
    """(mount point, file system type, source) from /proc/self/mountinfo's text."""
    mounts = []
    for line in mountinfo.splitlines():
        left, _, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if len(fields) >= 5 and len(tail) >= 2:
            mounts.append((_unescape_mount(fields[4]), tail[0], _unescape_mount(tail[1])))
    return mounts


def _mount_of(path: PurePath, mounts: Iterable[tuple[str, str, str]]) -> tuple[str, str, str]:
    """The mount a path is on: the longest mount point that contains it (the last one
    mounted wins when two are at the same point)."""
    best = ("/", "", "")
    for mount in mounts:
        point = PurePath(mount[0])
        if (path == point or point in path.parents) and len(point.parts) >= len(
            PurePath(best[0]).parts
        ):
            best = mount
    return best


def classify_linux(path: Path, mountinfo: str) -> Location:
    point, fs_type, source = _mount_of(path, linux_mounts(mountinfo))
    if fs_type in NETWORK_FS_TYPES:
        return Location(Kind.NETWORK, f"{fs_type} mount of {source} at {point}")
    return LOCAL


# --- macOS ---------------------------------------------------------------------------------


_MAC_MOUNT = re.compile(r"^(?P<source>.+?) on (?P<point>.+?) \((?P<type>[^,)]+)")


def classify_mac(path: Path, mount_output: str) -> Location:
    mounts = []
    for line in mount_output.splitlines():
        match = _MAC_MOUNT.match(line)
        if match:
            mounts.append((match["point"], match["type"], match["source"]))
    point, fs_type, source = _mount_of(path, mounts)
    if fs_type in MAC_NETWORK_FS_TYPES:
        return Location(Kind.NETWORK, f"{fs_type} mount of {source} at {point}")
    return LOCAL


# --- Windows -------------------------------------------------------------------------------


def classify_windows(path: str, drive_type: Callable[[str], int]) -> Location:
    """`drive_type(root)` is GetDriveTypeW's answer for a root such as "H:\\"."""
    drive = PureWindowsPath(path).drive
    if drive.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):  # \\?\… long paths
        drive = drive[4:]
        if drive.upper().startswith("UNC"):
            return Location(Kind.NETWORK, f"network share \\\\{drive[4:]}")
    elif drive.startswith(("\\\\", "//")):
        return Location(Kind.NETWORK, f"network share {drive}")
    if drive[1:2] == ":":
        root = drive[:2].upper() + "\\"
        if drive_type(root) == DRIVE_REMOTE:
            return Location(Kind.NETWORK, f"network drive {root[:2]}")
    return LOCAL


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes  # noqa: PLC0415

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


# --- sync clients --------------------------------------------------------------------------


def synced_roots(
    env: Mapping[str, str], home: Path, read: Callable[[Path], str | None]
) -> list[tuple[Path, str]]:
    """The folders sync clients manage, from what they say themselves: OneDrive's environment
    variables (set by the client on Windows), Dropbox's info.json, Nextcloud's and ownCloud's
    configuration, and macOS's CloudStorage folders (File Provider)."""
    roots = [
        (Path(env[name]), "OneDrive")
        for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
        if env.get(name)
    ]
    roots += _dropbox_roots(env, home, read)
    roots += _owncloud_roots(env, home, read)
    # macOS's File Provider folders (iCloud Drive, OneDrive, Google Drive …).
    roots.append((home / "Library" / "CloudStorage", "a cloud storage provider"))
    roots.append((home / "Library" / "Mobile Documents", "iCloud Drive"))
    return roots


def _dropbox_roots(
    env: Mapping[str, str], home: Path, read: Callable[[Path], str | None]
) -> list[tuple[Path, str]]:
    places = [home / ".dropbox" / "info.json"]
    places += [
        Path(env[b]) / "Dropbox" / "info.json" for b in ("APPDATA", "LOCALAPPDATA") if env.get(b)
    ]
    roots = []
    for place in places:
        try:
            accounts = json.loads(read(place) or "{}")
        except ValueError:
            continue
        for account in accounts.values() if isinstance(accounts, dict) else ():
            if isinstance(account, dict) and isinstance(account.get("path"), str):
                roots.append((Path(account["path"]), "Dropbox"))
    return roots


def _owncloud_roots(
    env: Mapping[str, str], home: Path, read: Callable[[Path], str | None]
) -> list[tuple[Path, str]]:
    config_dirs = [home / ".config", home / "Library" / "Preferences"]
    if env.get("APPDATA"):
        config_dirs.append(Path(env["APPDATA"]))
    roots = []
    for config_dir in config_dirs:
        for client, file in (
            ("Nextcloud", "Nextcloud/nextcloud.cfg"),
            ("ownCloud", "ownCloud/owncloud.cfg"),
        ):
            text = read(config_dir / file)
            if text:
                roots += [(root, client) for root in _sync_folders(text)]
    return roots


def _sync_folders(config_text: str) -> list[Path]:
    """The local folders in a Nextcloud/ownCloud client configuration (`…\\localPath=`)."""
    parser = ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(config_text)
    except Exception:  # a broken client file says nothing about our folder
        return []
    found = []
    for section in parser.sections():
        for key, value in parser.items(section):
            if key.lower().endswith("localpath") and value.strip():
                found.append(Path(value.strip()))
    return found


def classify_synced(path: Path, roots: Iterable[tuple[Path, str]]) -> Location:
    for root, client in roots:
        if path == root or root in path.parents:
            return Location(Kind.SYNCED, f"{client} folder {root}")
    return LOCAL


# --- the system's answers ------------------------------------------------------------------


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def classify(path: Path) -> Location:
    """Where `path` (a folder; it need not exist yet) is, asking this computer."""
    path = path.expanduser().resolve()  # a link to a share is the share
    synced = classify_synced(path, synced_roots(os.environ, Path.home(), _read))
    if sys.platform == "win32":  # pragma: no cover - Windows only
        network = classify_windows(str(path), _windows_drive_type)
    elif sys.platform == "darwin":  # pragma: no cover - macOS only
        try:
            listing = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        network = classify_mac(path, listing)
    else:
        network = classify_linux(path, _read(Path("/proc/self/mountinfo")) or "")
    return network if not network.local else synced
