"""A network between the program and the test's PostgreSQL server that can go silent.

A cable pulled or a VPN dropped does not close anything: what the program sends is never
answered, and on Windows (where libpq ignores `tcp_user_timeout`) nothing ends the wait for
minutes. `SilentNetwork` forwards TCP connections on 127.0.0.1 to the server's Unix socket;
`cut()` stops carrying anything either way without closing a connection (the kernel still
accepts what is sent, as a silent network's first hop does), and `mend()` carries it all
again, what waited included.
"""

from __future__ import annotations

import selectors
import socket
import threading
from pathlib import Path
from urllib.parse import quote


class SilentNetwork:
    def __init__(self, unix_socket: Path):
        self._target = str(unix_socket)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._carrying = threading.Event()
        self._carrying.set()
        self._stopped = False
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._waiting: list[socket.socket] = []  # accepted while cut: connected when mended
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(target=self._run, name="silent-network", daemon=True)
        self._thread.start()

    def url(self, user: str, dbname: str) -> str:
        return f"postgresql://{quote(user)}@127.0.0.1:{self.port}/{quote(dbname)}"

    def cut(self) -> None:
        self._carrying.clear()
        self._wake()

    def mend(self) -> None:
        self._carrying.set()
        self._wake()

    def close(self) -> None:
        self._stopped = True
        self._wake()
        self._thread.join(timeout=5)
        for a, b in self._pairs:
            a.close()
            b.close()
        for s in self._waiting:
            s.close()
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()

    def _wake(self) -> None:
        self._wake_w.send(b"x")

    def _connect(self, client: socket.socket) -> None:
        upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        upstream.connect(self._target)
        self._pairs.append((client, upstream))

    def _run(self) -> None:
        while not self._stopped:
            selector = selectors.DefaultSelector()
            selector.register(self._wake_r, selectors.EVENT_READ, None)
            selector.register(self._listener, selectors.EVENT_READ, "accept")
            carrying = self._carrying.is_set()
            if carrying:
                for waiting in self._waiting:
                    self._connect(waiting)
                self._waiting.clear()
                for a, b in self._pairs:
                    selector.register(a, selectors.EVENT_READ, b)
                    selector.register(b, selectors.EVENT_READ, a)
            for key, _ in selector.select(timeout=1.0):
                if key.fileobj is self._wake_r:
                    self._wake_r.recv(64)
                elif key.data == "accept":
                    client, _ = self._listener.accept()
                    if carrying:
                        self._connect(client)
                    else:
                        self._waiting.append(client)
                    break  # the selector is made again with the new pair
                else:
                    source, target = key.fileobj, key.data
                    try:
                        data = source.recv(65536)  # type: ignore[union-attr]
                    except OSError:
                        data = b""
                    if not data:
                        self._drop(source)  # type: ignore[arg-type]
                        break
                    target.sendall(data)
            selector.close()

    def _drop(self, one: socket.socket) -> None:
        for pair in list(self._pairs):
            if one in pair:
                self._pairs.remove(pair)
                for s in pair:
                    s.close()
