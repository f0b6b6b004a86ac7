"""A real PostgreSQL server for the tests, started and stopped by the test run itself.

Debian's `postgresql` package provides the server binaries (under /usr/lib/postgresql/N/bin),
without any system-wide server being used: `initdb` makes a cluster in a temporary folder, the
server listens on a Unix socket in that folder only (no TCP port), and it is stopped and the
folder removed when the run ends. PostgreSQL refuses to run as root, so when the tests run as
root the server runs as the `postgres` user (through `runuser`).

Logins are trusted over the socket (the tests connect as each kind of user without passwords),
except those listed in `PASSWORD_LOGINS`, which must give their password (SCRAM).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

#: The cluster's superuser (the bootstrap role initdb makes).
SUPERUSER = "postgres"
#: Logins that must give a password: the tests of a wrong password use one of these.
PASSWORD_LOGINS = ("pw_user",)
#: The port names the socket file only (listen_addresses is empty: no TCP at all).
PORT = 55432


def find_bindir() -> Path | None:
    """The newest installed server's binaries (Debian keeps them out of PATH)."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    return None


def _server_user() -> str | None:
    """The user the server runs as: `postgres` when the tests run as root, else the tests'."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError(
            "the tests run as root, PostgreSQL refuses to run as root, and there is no "
            "'postgres' user to run it as (Debian's postgresql package makes one)"
        ) from exc
    return "postgres"


@dataclass
class PostgresServer:
    """A running server; `socket_dir` is where its Unix socket is (host= for libpq)."""

    bindir: Path
    root: Path
    user: str | None
    port: int = PORT
    _databases: list[str] = field(default_factory=list)

    @property
    def socket_dir(self) -> Path:
        return self.root

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def _run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        command = [str(a) for a in args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=120, cwd=self.root
        )

    def _checked(self, *args: str | Path) -> None:
        done = self._run(*args)
        if done.returncode != 0:
            log = self.log_file.read_text() if self.log_file.exists() else ""
            raise RuntimeError(
                f"{Path(str(args[0])).name} failed ({done.returncode}):\n{done.stdout}\n"
                f"{done.stderr}\n{log}"
            )

    def start(self) -> None:
        self._checked(
            self.bindir / "initdb",
            "--pgdata", self.data_dir,
            "--username", SUPERUSER,
            "--auth", "trust",
            "--encoding", "UTF8",
            "--locale", "C.UTF-8",
            "--no-sync",
        )  # fmt: skip
        hba = self.data_dir / "pg_hba.conf"
        lines = [f"local all {login} scram-sha-256" for login in PASSWORD_LOGINS]
        lines.append("local all all trust")
        hba.write_text("\n".join(lines) + "\n")
        self.resume()

    def resume(self) -> None:
        """Starts the server on its cluster again (after `stop`: a restart, or the network
        back)."""
        options = " ".join(
            [
                "-c listen_addresses=''",
                f"-c unix_socket_directories='{self.socket_dir}'",
                f"-p {self.port}",
                # Throw-away data: nothing needs to survive a crash, so nothing is synced.
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=60",
                "-c password_encryption=scram-sha-256",
            ]
        )
        self._checked(
            self.bindir / "pg_ctl", "start", "--wait", "--silent",
            "--pgdata", self.data_dir, "--log", self.log_file, "--options", options,
        )  # fmt: skip

    def stop(self) -> None:
        self._run(self.bindir / "pg_ctl", "stop", "--wait", "--mode", "fast", "-D", self.data_dir)

    # --- connecting ------------------------------------------------------------------------

    def conninfo(self, user: str = SUPERUSER, dbname: str = "postgres", **extra: Any) -> str:
        parts = {"host": str(self.socket_dir), "port": str(self.port), "user": user}
        parts["dbname"] = dbname
        parts.update({k: str(v) for k, v in extra.items()})
        return " ".join(f"{k}='{_escaped(v)}'" for k, v in parts.items())

    def url(self, user: str = SUPERUSER, dbname: str = "postgres") -> str:
        """A postgresql:// URL as IT would write it for a login (the socket folder as host)."""
        host = quote(str(self.socket_dir), safe="")
        return f"postgresql://{quote(user, safe='')}@{host}:{self.port}/{quote(dbname, safe='')}"

    @contextmanager
    def connect(self, user: str = SUPERUSER, dbname: str = "postgres", **extra: Any) -> Iterator:
        """A plain psycopg connection (autocommit), as any SQL client would open one."""
        import psycopg  # noqa: PLC0415 - only the postgres tests need it

        with psycopg.connect(self.conninfo(user, dbname, **extra), autocommit=True) as conn:
            yield conn

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database (each test gets its own; the server is shared)."""
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with self.connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        self._databases.append(name)
        return name

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create_login(self, login: str, password: str | None = None) -> None:
        """A login role (as IT makes them from the directory); cluster-wide, made once."""
        from psycopg import sql  # noqa: PLC0415

        with self.connect() as conn:
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [login]).fetchone()
            statement = "ALTER ROLE {} LOGIN" if exists else "CREATE ROLE {} LOGIN"
            query = sql.SQL(statement).format(sql.Identifier(login))
            if password is not None:
                query = query + sql.SQL(" PASSWORD {}").format(sql.Literal(password))
            conn.execute(query)


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def start_server(root: Path | None = None) -> PostgresServer:
    """Starts a server in a new temporary folder (or in `root`, an empty folder, or one that
    holds a cluster this made before: started again as it was left); raises when the binaries
    are missing."""
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("initdb")
    user = _server_user()
    if root is not None and (root / "data" / "PG_VERSION").exists():
        server = PostgresServer(bindir, root, user)
        server.resume()
        return server
    root = Path(tempfile.mkdtemp(prefix="ledarplan-pg-")) if root is None else root
    root.mkdir(parents=True, exist_ok=True)
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    root.chmod(0o755)  # the socket inside must be reachable by the tests' own user
    server = PostgresServer(bindir, root, user)
    try:
        server.start()
    except BaseException:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server


def stop_server(server: PostgresServer) -> None:
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
