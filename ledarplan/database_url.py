"""Which database the program uses: the local SQLite file, or the organisation's PostgreSQL.

`--database-url URL` beats the environment variable `LEDARPLAN_DATABASE_URL` beats the
organisation's preset `database_url`; without any of them the local file is used, as always.
The URL is handed to libpq as it is written, so what IT writes works: `postgresql://…`,
`postgres://…`, a service (`postgresql:///?service=ledarplan`) and libpq's environment
(PGHOST, PGPORT, PGUSER, PGDATABASE … fill in what the URL leaves out). Passwords come from
libpq's own `.pgpass` or service file, or Kerberos: never from the presets or the settings.

Plain text only here (no driver): the presets are read before anything else is loaded.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qsl, unquote, urlsplit

DATABASE_URL_ENV = "LEDARPLAN_DATABASE_URL"
SCHEMES = ("postgresql", "postgres")
MAX_URL_CHARS = 2000


class DatabaseUrlError(ValueError):
    """What is wrong with a database URL, in words (never quoting a password)."""


def chosen_database_url(option: str | None = None, preset: str | None = None) -> str | None:
    """The organisation database's URL, or None: the local file."""
    for candidate in (option, os.environ.get(DATABASE_URL_ENV), preset):
        if candidate is not None and candidate.strip():
            return candidate.strip()
    return None


def check_database_url(url: str) -> str:
    """The URL when it is one libpq reads as PostgreSQL's; DatabaseUrlError says why not."""
    if len(url) > MAX_URL_CHARS:
        raise DatabaseUrlError(f"the database URL is too long ({len(url)} characters)")
    if any(ord(c) < 32 for c in url):
        raise DatabaseUrlError("the database URL contains control characters")
    scheme = url.split(":", 1)[0].lower() if "://" in url else ""
    if scheme not in SCHEMES:
        shown = f"'{scheme}://'" if scheme else "no scheme"
        raise DatabaseUrlError(
            f"the database URL has {shown}; ledarplan's organisation database is PostgreSQL: "
            "postgresql://HOST/DATABASE or postgresql:///?service=NAME"
        )
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise DatabaseUrlError(f"the database URL cannot be read: {_no_secret(str(exc))}") from None
    return url


def has_password(url: str) -> bool:
    """Whether the URL itself carries a password (in its user part or as ?password=)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.password:
        return True
    return any(key == "password" for key, _ in parse_qsl(parts.query))


def describe_database(url: str) -> str:
    """Where the URL leads, for messages: 'database D on HOST' or 'service S', never the
    password (nor the login, which is the user's name: the messages name it where needed)."""
    try:
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        hostport = parts.netloc.rsplit("@", 1)[-1]
        host = unquote(hostport.rsplit(":", 1)[0] if "]" not in hostport else hostport)
        host = host or query.get("host", "")
        name = unquote(parts.path.lstrip("/")) or query.get("dbname", "")
    except ValueError:
        return "the organisation's database"
    if "service" in query and not host:
        return f"the organisation's database (service '{query['service']}')"
    host = host or os.environ.get("PGHOST", "") or "this computer"
    name = name or os.environ.get("PGDATABASE", "") or "the default database"
    return f"the organisation's database '{name}' on {host}"


def _no_secret(text: str) -> str:
    return text.rsplit("@", maxsplit=1)[-1]
