"""Which computer has the data folder open: the program's lock file names it.

The window takes a lock file in the data folder while it runs (Qt's QLockFile: its process id,
program and host name on separate lines). On one computer a second start only brings the first
window forward. When the folder follows the user between computers (a terminal server farm, a
profile on a file server), another computer's lock means the plan is open there: a second
session says so, naming the computer and since when, instead of hanging or opening the database
twice over the network.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ledarplan.storage.errors import DatabaseError

LOCK_FILE = "ledarplan.lock"


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int | None
    since: datetime


class OpenElsewhereError(DatabaseError):
    def __init__(self, folder: Path, holder: LockHolder):
        self.folder = folder
        self.holder = holder
        super().__init__(
            folder,
            f"your plans are open on another computer ({holder.host}, since "
            f"{holder.since:%Y-%m-%d %H:%M}); close ledarplan there first. If that computer "
            f"was switched off without closing it, delete {folder / LOCK_FILE}",
        )


def this_host() -> str:
    return socket.gethostname()


def same_host(a: str, b: str) -> bool:
    """Host names as Qt and Python give them may differ in case and in the domain part."""
    return a.split(".", maxsplit=1)[0].casefold() == b.split(".", maxsplit=1)[0].casefold()


def holder_elsewhere(folder: Path, host: str | None = None) -> LockHolder | None:
    """The other computer whose program holds the data folder's lock, if any."""
    lock = folder / LOCK_FILE
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
        since = datetime.fromtimestamp(lock.stat().st_mtime)
    except OSError:
        return None
    if len(lines) < 3 or not lines[2].strip():
        return None
    holder_host = lines[2].strip()
    if same_host(holder_host, host or this_host()):
        return None
    pid = int(lines[0]) if lines[0].strip().isdigit() else None
    return LockHolder(holder_host, pid, since)
