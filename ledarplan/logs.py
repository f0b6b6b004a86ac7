"""The program's log: rotating files in the data directory, readable by the user alone.

What is logged is about the program (start-up, schema migrations, skipped model packs, unhandled
errors), never what the user wrote: no module logs note texts, names or answers, SQL statements
and their parameters are never logged, and an unhandled error is logged with its type and where
it happened but without its message, which may quote what the user typed.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from ledarplan import __version__

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "ledarplan.log"
MAX_LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 5  # ledarplan.log.1 … ledarplan.log.5: at most six files
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A `RotatingFileHandler` whose files (also those begun at a rollover) are mode 0600."""

    _reported = False

    def handleError(self, record: logging.LogRecord) -> None:
        # A log that cannot be written (e.g. the disk is full) must not pour tracebacks over
        # the user's terminal: say it once, in one line, and go on without the log.
        if not self._reported:
            self._reported = True
            sys.stderr.write(f"ledarplan: the log {self.baseFilename} cannot be written\n")

    def _open(self) -> IO[str]:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if sys.platform != "win32":
            os.fchmod(fd, 0o600)  # a file left by another program may have been readable
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOG_DIR_NAME


def setup_logging(data_dir: Path, *, verbose: bool = False) -> RotatingFileHandler | None:
    """Sends the log to `data_dir/logs/ledarplan.log` (1 MB a file, five older files kept).

    ledarplan's own messages are logged from INFO on (DEBUG when `verbose`); other libraries'
    only from WARNING on, so that SQLAlchemy never logs statements with the user's texts in
    their parameters. A second call replaces the first's file. When the log cannot be written
    (a read-only disk), the program runs without it and says so on stderr.
    """
    stop_logging()
    folder = log_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if sys.platform != "win32":
            folder.chmod(0o700)
        handler = PrivateRotatingFileHandler(
            folder / LOG_FILE_NAME,
            maxBytes=MAX_LOG_BYTES,
            backupCount=LOG_BACKUPS,
            encoding="utf-8",
        )
    except OSError as exc:
        sys.stderr.write(f"ledarplan: cannot write the log in {folder} ({exc.strerror})\n")
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.set_name(__name__)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("ledarplan").setLevel(logging.DEBUG if verbose else logging.INFO)
    # SQLAlchemy logs statements and their parameters (the user's texts) at INFO: never that.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    log.info(
        "ledarplan %s started (Python %s, %s)",
        __version__,
        platform.python_version(),
        platform.platform(terse=True),
    )
    return handler


def stop_logging() -> None:
    """Closes the log file a `setup_logging` opened, if any."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, PrivateRotatingFileHandler) and handler.get_name() == __name__:
            root.removeHandler(handler)
            handler.close()


def describe_exception(exc: BaseException) -> str:
    """The exception's chain with types and code locations, but none of the messages."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and not any(current is seen for seen in chain):
        chain.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        elif not current.__suppress_context__:
            current = current.__context__
        else:
            current = None
    blocks = []
    for item in reversed(chain):
        frames = "".join(traceback.format_list(traceback.extract_tb(item.__traceback__)))
        kind = type(item)
        blocks.append(
            "Traceback (most recent call last):\n"
            f"{frames}{kind.__module__}.{kind.__qualname__} "
            "(message left out: it may quote what the user wrote)"
        )
    return "\n\nwhich led to:\n\n".join(blocks)


def log_unhandled(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A `sys.excepthook`: logs an unhandled error without its message, and tells stderr only
    that one happened and where the details are."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    logging.getLogger("ledarplan.unhandled").error("unhandled error\n%s", describe_exception(exc))
    sys.stderr.write(
        f"ledarplan: an unexpected error ({kind.__name__}); the details are in the log in the "
        f"data directory's '{LOG_DIR_NAME}' folder\n"
    )


@contextmanager
def unhandled_errors_logged() -> Iterator[None]:
    """While inside: unhandled errors (also those Qt reports from slots) go to the log."""
    previous = sys.excepthook
    sys.excepthook = log_unhandled
    try:
        yield
    except Exception as exc:
        logging.getLogger("ledarplan.unhandled").error(
            "unhandled error\n%s", describe_exception(exc)
        )
        raise
    finally:
        sys.excepthook = previous
