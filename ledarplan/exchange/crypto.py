"""An encrypted plan file: the exchange file's bytes sealed with a passphrase.

The envelope (format "ledarplan-encrypted", version 1) is a small JSON object::

    {
      "format": "ledarplan-encrypted",
      "format_version": 1,
      "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<base64, 16 bytes>"},
      "cipher": "AES-256-GCM",
      "nonce": "<base64, 12 bytes>",
      "ciphertext": "<base64: the encrypted plan file followed by the 16-byte tag>"
    }

The key is scrypt(passphrase as NFC-normalised UTF-8, salt, n, r, p) → 32 bytes; the
plaintext is the normal plan file (format "ledarplan-plan") byte for byte. The header is
bound to the ciphertext as associated data (`_associated_data`), so a changed salt,
setting or version is detected like a changed ciphertext. docs/exchange-format.md
("Encrypted plan files") describes it for integrators; keep the two in step.

Reading trusts nothing: the size is checked first, every field is checked (type, length,
allowed values, unknown fields refused) before the key is derived, and every failure is an
`ExchangeError`. A wrong passphrase and a changed file cannot be told apart (that is what
authenticated encryption gives), so both are reported as one message.
"""

from __future__ import annotations

import base64
import json
import os
import re
import unicodedata
from typing import Any, NoReturn

from ledarplan.domain.errors import InvalidInputError
from ledarplan.exchange.errors import ExchangeError
from ledarplan.exchange.fields import MAX_FILE_BYTES
from ledarplan.exchange.messages import _describe, _kind

# cryptography is imported where a file is sealed or opened: the program starts without it.

ENCRYPTED_FORMAT_NAME = "ledarplan-encrypted"
ENCRYPTED_FORMAT_VERSION = 1
CIPHER = "AES-256-GCM"
KDF = "scrypt"
MIN_PASSPHRASE_CHARS = 8

#: scrypt's cost as written: 2**17 × 8 × 128 bytes = 128 MiB and about a third of a second,
#: as OWASP recommends. Reading accepts powers of two in [MIN_SCRYPT_N, MAX_SCRYPT_N], so a
#: hostile file cannot make the reader use more than 256 MiB.
SCRYPT_N = 2**17
MIN_SCRYPT_N = 2**14
MAX_SCRYPT_N = 2**18
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
MAX_SALT_BYTES = 64
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32

#: The largest envelope: a plan file at its size limit, sealed and in base64, plus the header.
MAX_ENCRYPTED_FILE_BYTES = 4 * -(-(MAX_FILE_BYTES + TAG_BYTES) // 3) + 4096

WRONG_PASSPHRASE = "the passphrase is wrong, or the file was changed"
PASSPHRASE_REQUIRED = "this plan file is encrypted: give the passphrase"

_FIELDS = ("format", "format_version", "kdf", "cipher", "nonce", "ciphertext")
_KDF_FIELDS = ("name", "n", "r", "p", "salt")
# How the writer starts every envelope; lets a damaged envelope be recognised as one.
_HEAD = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"ledarplan-encrypted"')


class WrongPassphraseError(ExchangeError):
    """The passphrase does not open the file, or the file was changed after sealing."""

    def __init__(self, source: str):
        super().__init__(source, [WRONG_PASSPHRASE])


class PassphraseRequiredError(ExchangeError):
    """The file is encrypted and no passphrase was given."""

    def __init__(self, source: str):
        super().__init__(source, [PASSPHRASE_REQUIRED])


def is_encrypted(data: bytes) -> bool:
    """Whether the bytes are an encrypted envelope (possibly a damaged one), not a plain plan."""
    if ENCRYPTED_FORMAT_NAME.encode("ascii") not in data:
        return False
    if _HEAD.match(data[:512]):
        return True
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        return False
    return isinstance(document, dict) and document.get("format") == ENCRYPTED_FORMAT_NAME


def encrypt(data: bytes, passphrase: str, *, scrypt_n: int = SCRYPT_N) -> bytes:
    """The plan file's bytes sealed with the passphrase, as the envelope's JSON (ASCII).

    A new random salt and nonce are drawn for every call. `scrypt_n` is for tests only;
    it must be one the reader accepts.
    """
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInputError(
            "passphrase",
            f"must be at least {MIN_PASSPHRASE_CHARS} characters (it has {len(passphrase)})",
        )
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInputError(
            "plan file", f"is too large to encrypt ({len(data)} bytes; at most {MAX_FILE_BYTES})"
        )
    if not _valid_n(scrypt_n):
        raise ValueError(f"scrypt_n must be a power of two in [{MIN_SCRYPT_N}, {MAX_SCRYPT_N}]")
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    key = _derive(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    aad = _associated_data(ENCRYPTED_FORMAT_VERSION, scrypt_n, SCRYPT_R, SCRYPT_P, salt)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415 - see top

    sealed = AESGCM(key).encrypt(nonce, data, aad)
    envelope = {
        "format": ENCRYPTED_FORMAT_NAME,
        "format_version": ENCRYPTED_FORMAT_VERSION,
        "kdf": {"name": KDF, "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "cipher": CIPHER,
        "nonce": _b64(nonce),
        "ciphertext": _b64(sealed),
    }
    return (json.dumps(envelope, indent=2) + "\n").encode("ascii")


def decrypt(data: bytes, passphrase: str, source: str) -> bytes:
    """The plan file's bytes from an envelope; `ExchangeError` naming what is wrong.

    A wrong passphrase or a changed file raises `WrongPassphraseError`.
    """
    if len(data) > MAX_ENCRYPTED_FILE_BYTES:
        _fail(
            source,
            f"the file is too large ({len(data)} bytes; at most {MAX_ENCRYPTED_FILE_BYTES})",
        )
    envelope = _Envelope.parse(_parse(data, source), source)
    key = _derive(passphrase, envelope.salt, envelope.n, envelope.r, envelope.p)
    aad = _associated_data(envelope.version, envelope.n, envelope.r, envelope.p, envelope.salt)
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415 - see top
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    try:
        return AESGCM(key).decrypt(envelope.nonce, envelope.ciphertext, aad)
    except InvalidTag:
        raise WrongPassphraseError(source) from None


# --- the envelope ---------------------------------------------------------------------------


class _Envelope:
    """The checked fields of an envelope; `parse` reports every problem it finds."""

    def __init__(self) -> None:
        self.version = ENCRYPTED_FORMAT_VERSION
        self.n = SCRYPT_N
        self.r = SCRYPT_R
        self.p = SCRYPT_P
        self.salt = b""
        self.nonce = b""
        self.ciphertext = b""
        self.problems: list[str] = []

    @classmethod
    def parse(cls, document: Any, source: str) -> _Envelope:
        if not isinstance(document, dict):
            _fail(source, f"not an encrypted plan file (the document is {_kind(document)})")
        if document.get("format") != ENCRYPTED_FORMAT_NAME:
            found = "missing" if "format" not in document else _describe(document["format"])
            _fail(
                source,
                f'not an encrypted plan file ("format" is {found}; '
                f'expected "{ENCRYPTED_FORMAT_NAME}")',
            )
        envelope = cls()
        envelope._version(document.get("format_version"), "format_version" in document, source)
        envelope._fields(document, _FIELDS, "")
        kdf = document.get("kdf")
        if "kdf" in document and not isinstance(kdf, dict):
            envelope.problems.append(f"kdf: wrong type: expected an object, found {_kind(kdf)}")
        elif isinstance(kdf, dict):
            envelope._kdf(kdf)
        if "cipher" in document and document["cipher"] != CIPHER:
            envelope.problems.append(
                f"cipher: {_describe(document['cipher'])} is not supported "
                f'(this version reads "{CIPHER}")'
            )
        if "nonce" in document:
            envelope.nonce = envelope._bytes(document["nonce"], "nonce", NONCE_BYTES, NONCE_BYTES)
        if "ciphertext" in document:
            envelope.ciphertext = envelope._bytes(
                document["ciphertext"], "ciphertext", TAG_BYTES, MAX_FILE_BYTES + TAG_BYTES
            )
        if envelope.problems:
            _fail(source, *envelope.problems)
        return envelope

    def _version(self, version: Any, present: bool, source: str) -> None:
        if not present:
            self.problems.append("format_version: required field is missing")
        elif type(version) is not int:
            self.problems.append(
                f"format_version: wrong type: expected a whole number, found {_kind(version)}"
            )
        elif version > ENCRYPTED_FORMAT_VERSION:
            _fail(
                source,
                "the file was encrypted by a newer version of ledarplan (encryption format "
                f"{_describe(version)}); this version reads encryption format "
                f"{ENCRYPTED_FORMAT_VERSION}. Update ledarplan to read it",
            )
        elif version < ENCRYPTED_FORMAT_VERSION:
            self.problems.append(
                f"format_version: there is no encryption format {_describe(version)}; "
                f"this version reads encryption format {ENCRYPTED_FORMAT_VERSION}"
            )

    def _fields(self, document: dict[str, Any], known: tuple[str, ...], prefix: str) -> None:
        self.problems += [
            f"{prefix}{name}: required field is missing" for name in known if name not in document
        ]
        self.problems += [
            f"{prefix}{_describe(name)[1:-1]}: unknown field"
            for name in document
            if name not in known
        ]

    def _kdf(self, kdf: dict[str, Any]) -> None:
        self._fields(kdf, _KDF_FIELDS, "kdf.")
        if "name" in kdf and kdf["name"] != KDF:
            self.problems.append(
                f'kdf.name: {_describe(kdf["name"])} is not supported (this version reads "{KDF}")'
            )
        if "n" in kdf:
            n = kdf["n"]
            if type(n) is not int or not _valid_n(n):
                self.problems.append(
                    f"kdf.n: {_describe(n)} is not allowed (a power of two from "
                    f"{MIN_SCRYPT_N} to {MAX_SCRYPT_N})"
                )
            else:
                self.n = n
        for name, wanted in (("r", SCRYPT_R), ("p", SCRYPT_P)):
            if name in kdf and (type(kdf[name]) is not int or kdf[name] != wanted):
                self.problems.append(
                    f"kdf.{name}: {_describe(kdf[name])} is not allowed (this version reads "
                    f"{wanted})"
                )
        if "salt" in kdf:
            self.salt = self._bytes(kdf["salt"], "kdf.salt", SALT_BYTES, MAX_SALT_BYTES)

    def _bytes(self, value: Any, path: str, least: int, most: int) -> bytes:
        if not isinstance(value, str):
            self.problems.append(f"{path}: wrong type: expected base64 text, found {_kind(value)}")
            return b""
        if len(value) > 4 * -(-most // 3):
            self.problems.append(f"{path}: is too long (at most {most} bytes)")
            return b""
        try:
            decoded = base64.b64decode(value, validate=True)
        except ValueError:  # binascii.Error, and non-ASCII text
            self.problems.append(f"{path}: is not base64 (A–Z, a–z, 0–9, +, / and = padding)")
            return b""
        if not least <= len(decoded) <= most:
            size = f"exactly {least}" if least == most else f"{least} to {most}"
            self.problems.append(f"{path}: must be {size} bytes (found {len(decoded)})")
        return decoded


# --- helpers --------------------------------------------------------------------------------


def _fail(source: str, *problems: str) -> NoReturn:
    raise ExchangeError(source, list(problems))


def _valid_n(n: int) -> bool:
    return MIN_SCRYPT_N <= n <= MAX_SCRYPT_N and n & (n - 1) == 0


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # NFC: "å" typed as one character or as "a" + ring gives the same key on every system.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # noqa: PLC0415 - see top

    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(secret)


def _associated_data(version: int, n: int, r: int, p: int, salt: bytes) -> bytes:
    """The header as the cipher authenticates it (documented in docs/exchange-format.md)."""
    return (
        f"{ENCRYPTED_FORMAT_NAME}/{version} {KDF} n={n} r={r} p={p} salt={_b64(salt)} {CIPHER}"
    ).encode("ascii")


class _DuplicateKeyError(Exception):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _parse(data: bytes, source: str) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        _fail(source, "not an encrypted plan file (the file is not UTF-8 text)")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        problem = f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
    except _DuplicateKeyError as exc:
        problem = f"not valid JSON: the key {_describe(exc.args[0])} appears twice in one object"
    except RecursionError:
        problem = "not valid JSON: the document is nested too deeply"
    except ValueError as exc:  # NaN/Infinity, or an integer with thousands of digits
        problem = f"not valid JSON: {exc}"
    _fail(source, f"the encrypted plan file is damaged ({problem})")
