"""One window per data directory: a second start brings the first window to the front.

A lock file in the data directory says a program has the database open; a local socket
named after the directory lets the second start ask the first to show itself. A lock left
by a crashed program is recognised (its process is gone) and taken over.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ledarplan.folder_lock import LOCK_FILE, LockHolder, holder_elsewhere

ACTIVATE = b"activate\n"
#: Followed by a plan file's path (UTF-8) and a line break: import it, then come forward.
OPEN = b"open "
TIMEOUT_MS = 1_000


def _user() -> str:
    """Who runs the program (socket names are shared by every user of a Windows machine)."""
    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):
        # Windows without USERNAME (some scripted starts): getuser falls back to the pwd
        # module, which Windows lacks; the home folder still tells users apart.
        return str(Path.home())


def server_name(data_dir: Path) -> str:
    """A name for the local socket, the same for every start on the same directory."""
    key = f"{_user()}:{data_dir.resolve()}".encode()
    # Qt's SHA-256 rather than hashlib's, which would load OpenSSL before the first paint.
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256)
    return "ledarplan-" + bytes(digest.toHex().data()).decode("ascii")[:24]


class SingleInstance(QObject):
    #: Another start asked this one to show its window.
    activation_requested = Signal()
    #: Another start was given a plan file to open (its path).
    open_requested = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock_path = data_dir / LOCK_FILE
        self._lock = QLockFile(str(self._lock_path))
        self._lock.setStaleLockTime(0)  # only a dead process's lock is stale, however old
        self._server: QLocalServer | None = None
        self._data_dir = data_dir
        #: After a failed `acquire`: the other computer that has the folder open, if it is one.
        self.elsewhere: LockHolder | None = None

    def acquire(self, open_file: Path | None = None) -> bool:
        """True: this is the only program on the directory. False: the other was asked to
        come to the front (and to open `open_file`), and this one should quit."""
        if not self._lock.tryLock(100):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                # Another computer's lock (the folder follows the user): that program cannot
                # be asked whether it still runs, so the user is told, and nothing removed.
                self.elsewhere = holder_elsewhere(self._data_dir)
                if self.elsewhere is not None:
                    return False
                # removeStaleLockFile only succeeds when the owner is really gone
                if not (self._lock.removeStaleLockFile() and self._lock.tryLock(100)):
                    self._ask_first_to_activate(open_file)
                    return False
            else:
                # the directory cannot hold a lock (read-only): go on without one
                return True
        QLocalServer.removeServer(self._name)  # a socket left by a crashed program
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def take_over(self) -> bool:
        """The user says the other computer is not running ledarplan (it was switched off
        without closing it): its lock is removed and taken."""
        Path(self._lock_path).unlink(missing_ok=True)
        self.elsewhere = None
        return self.acquire()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _ask_first_to_activate(self, open_file: Path | None) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(TIMEOUT_MS):
            message = OPEN + str(open_file).encode() + b"\n" if open_file else ACTIVATE
            socket.write(message)
            socket.waitForBytesWritten(TIMEOUT_MS)
            socket.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # The message is one line: read it at once rather than keep the socket.
            message = b""
            while not message.endswith(b"\n") and (
                socket.bytesAvailable() or socket.waitForReadyRead(TIMEOUT_MS)
            ):
                message += bytes(socket.readAll().data())
            socket.abort()
            socket.deleteLater()
            if message.startswith(OPEN) and message.endswith(b"\n"):
                self.open_requested.emit(message[len(OPEN) : -1].decode(errors="replace"))
                self.activation_requested.emit()
            elif message.startswith(ACTIVATE.strip()):
                self.activation_requested.emit()
