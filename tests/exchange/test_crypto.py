"""Encrypted plan files: round trips, wrong passphrases, tampering, and hostile envelopes."""

from __future__ import annotations

import base64
import json
import re
import unicodedata
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledarplan.domain.errors import InvalidInputError
from ledarplan.exchange import crypto
from ledarplan.exchange.crypto import (
    MAX_ENCRYPTED_FILE_BYTES,
    WrongPassphraseError,
    decrypt,
    encrypt,
    is_encrypted,
)
from ledarplan.exchange.format import ExchangeError, bundle_to_json
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.services.demo import build_demo_bundle

DOCS = Path(__file__).resolve().parents[2] / "docs" / "exchange-format.md"
PASSPHRASE = "korrekt häst batteri"
FAST = 2**14  # the cheapest cost the reader accepts, so that many cases stay quick
WRONG = "the passphrase is wrong, or the file was changed"


@pytest.fixture(scope="module")
def plan_file() -> bytes:
    """A real plan file with everything in it, private coaching notes included."""
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    bundle = build_demo_bundle(catalog.get("holstebro"), "chef", date(2026, 11, 23))
    bundle.sessions[0].notes = "Hemligt: jag funderar på att byta jobb till våren"
    text = bundle_to_json(
        bundle,
        include_private_notes=True,
        app_version="0.1.0",
        exported_at=datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc),
    )
    return text.encode("utf-8")


def _envelope(data: bytes) -> dict:
    return json.loads(data)


def _sealed(envelope: dict) -> bytes:
    return json.dumps(envelope).encode("utf-8")


def _open_fails(data: bytes, message: str, passphrase: str = PASSPHRASE) -> ExchangeError:
    with pytest.raises(ExchangeError) as caught:
        decrypt(data, passphrase, "plan.ledarplan.enc.json")
    assert message in str(caught.value)
    assert str(caught.value).startswith("plan.ledarplan.enc.json: ")
    return caught.value


# --- round trip -------------------------------------------------------------------------


def test_a_sealed_plan_opens_with_its_passphrase_byte_for_byte(plan_file):
    sealed = encrypt(plan_file, PASSPHRASE)
    assert is_encrypted(sealed)
    assert not is_encrypted(plan_file)
    assert decrypt(sealed, PASSPHRASE, "plan") == plan_file


def test_the_envelope_is_the_documented_one(plan_file):
    envelope = _envelope(encrypt(plan_file, PASSPHRASE))
    assert list(envelope) == ["format", "format_version", "kdf", "cipher", "nonce", "ciphertext"]
    assert envelope["format"] == "ledarplan-encrypted"
    assert envelope["format_version"] == 1
    assert envelope["cipher"] == "AES-256-GCM"
    kdf = envelope["kdf"]
    assert (kdf["name"], kdf["n"], kdf["r"], kdf["p"]) == ("scrypt", 2**17, 8, 1)
    assert len(base64.b64decode(kdf["salt"])) == 16
    assert len(base64.b64decode(envelope["nonce"])) == 12
    # the plan, plus the 16-byte tag: nothing is compressed or padded
    assert len(base64.b64decode(envelope["ciphertext"])) == len(plan_file) + 16


def test_every_file_gets_its_own_salt_and_nonce():
    first = _envelope(encrypt(b"the same plan", PASSPHRASE, scrypt_n=FAST))
    second = _envelope(encrypt(b"the same plan", PASSPHRASE, scrypt_n=FAST))
    assert first["kdf"]["salt"] != second["kdf"]["salt"]
    assert first["nonce"] != second["nonce"]
    assert first["ciphertext"] != second["ciphertext"]


def test_no_note_or_name_can_be_read_in_the_sealed_file(plan_file):
    sealed = encrypt(plan_file, PASSPHRASE, scrypt_n=FAST)
    raw = base64.b64decode(_envelope(sealed)["ciphertext"])
    plan = json.loads(plan_file)
    secrets = [plan["person"]["name"], plan["coaching_sessions"][0]["notes"]]
    secrets += [g["title"] for g in plan["goals"]]
    assert "byta jobb" in secrets[1]
    for secret in secrets:
        for form in (secret.encode("utf-8"), secret.encode("utf-8")[:8]):
            assert form not in sealed
            assert form not in raw
    assert b"ledarplan-plan" not in sealed
    assert b"coaching_sessions" not in raw


def test_the_documented_example_opens_with_the_documented_passphrase():
    section = DOCS.read_text(encoding="utf-8").split("## Encrypted plan files")[1]
    example = re.search(r"```json\n(.+?)\n```", section, flags=re.DOTALL).group(1)
    assert is_encrypted(example.encode("utf-8"))
    opened = decrypt(example.encode("utf-8"), PASSPHRASE, "docs")
    assert opened == "Hej chefen! Här är min plan.\n".encode()
    assert "`korrekt häst batteri`" in section


def test_the_passphrase_is_the_same_however_its_letters_were_typed():
    composed = unicodedata.normalize("NFC", PASSPHRASE)  # "ä" as one character
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)  # "a" followed by a combining dot
    assert composed != decomposed
    sealed = encrypt(b"plan", decomposed, scrypt_n=FAST)
    assert decrypt(sealed, composed, "plan") == b"plan"


# --- refusals ---------------------------------------------------------------------------


def test_a_wrong_passphrase_is_refused_with_a_clear_message(plan_file):
    sealed = encrypt(plan_file, PASSPHRASE, scrypt_n=FAST)
    error = _open_fails(sealed, WRONG, passphrase="korrekt häst batteri!")
    assert isinstance(error, WrongPassphraseError)
    assert error.problems == [WRONG]
    _open_fails(sealed, WRONG, passphrase="")


@pytest.mark.parametrize("field", ["ciphertext", "nonce", "salt", "tag"])
def test_a_changed_byte_anywhere_is_noticed(field):
    envelope = _envelope(encrypt(b"Mina anteckningar om chefen", PASSPHRASE, scrypt_n=FAST))
    holder = envelope["kdf"] if field == "salt" else envelope
    key = "ciphertext" if field == "tag" else field
    raw = bytearray(base64.b64decode(holder[key]))
    raw[-1 if field == "tag" else 0] ^= 0x01
    holder[key] = base64.b64encode(bytes(raw)).decode("ascii")
    _open_fails(_sealed(envelope), WRONG)


def test_a_changed_cost_is_noticed_like_a_changed_ciphertext():
    envelope = _envelope(encrypt(b"plan", PASSPHRASE, scrypt_n=FAST))
    envelope["kdf"]["n"] = FAST * 2
    _open_fails(_sealed(envelope), WRONG)


def test_a_truncated_file_is_refused():
    sealed = encrypt(b"plan", PASSPHRASE, scrypt_n=FAST)
    assert is_encrypted(sealed[:60])  # still recognised as an encrypted file …
    _open_fails(sealed[:60], "the encrypted plan file is damaged (not valid JSON")  # … damaged


@pytest.mark.parametrize("short", ["", "1234567", "ab cd e"])
def test_a_short_passphrase_is_refused_before_anything_is_sealed(short):
    with pytest.raises(InvalidInputError) as caught:
        encrypt(b"plan", short)
    assert str(caught.value) == (f"passphrase: must be at least 8 characters (it has {len(short)})")


def test_eight_characters_are_enough():
    assert decrypt(encrypt(b"plan", "12345678", scrypt_n=FAST), "12345678", "f") == b"plan"


def test_a_plan_file_too_large_for_any_reader_is_not_sealed():
    with pytest.raises(InvalidInputError, match=r"plan file: is too large to encrypt"):
        encrypt(b" " * (crypto.MAX_FILE_BYTES + 1), PASSPHRASE)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e: e.pop("nonce"), "nonce: required field is missing"),
        (lambda e: e.update(note="hej"), "note: unknown field"),
        (lambda e: e["kdf"].pop("salt"), "kdf.salt: required field is missing"),
        (lambda e: e.update(cipher="AES-128-CBC"), 'cipher: "AES-128-CBC" is not supported'),
        (lambda e: e["kdf"].update(name="pbkdf2"), 'kdf.name: "pbkdf2" is not supported'),
        (lambda e: e["kdf"].update(n=2**30), "kdf.n: 1073741824 is not allowed"),
        (lambda e: e["kdf"].update(n=100_000), "kdf.n: 100000 is not allowed"),
        (lambda e: e["kdf"].update(n=True), "kdf.n: true is not allowed"),
        (lambda e: e["kdf"].update(r=64), "kdf.r: 64 is not allowed (this version reads 8)"),
        (lambda e: e["kdf"].update(p="1"), 'kdf.p: "1" is not allowed'),
        (lambda e: e.update(nonce="AAAAAAAAAAAA"), "nonce: must be exactly 12 bytes (found 9)"),
        (lambda e: e.update(nonce="not base64!"), "nonce: is not base64"),
        (lambda e: e.update(nonce="åäö"), "nonce: is not base64"),
        (lambda e: e.update(ciphertext=17), "ciphertext: wrong type: expected base64 text"),
        (lambda e: e.update(ciphertext=""), "ciphertext: must be 16 to"),
        (lambda e: e.update(kdf=[]), "kdf: wrong type: expected an object, found a list"),
        (lambda e: e.update(format_version="1"), "format_version: wrong type"),
        (lambda e: e.update(format_version=0), "there is no encryption format 0"),
        (
            lambda e: e.update(format_version=2),
            "the file was encrypted by a newer version of ledarplan (encryption format 2)",
        ),
    ],
)
def test_a_damaged_envelope_names_what_is_wrong(change, message):
    envelope = _envelope(encrypt(b"plan", PASSPHRASE, scrypt_n=FAST))
    change(envelope)
    _open_fails(_sealed(envelope), message)


def test_a_hostile_cost_is_refused_before_the_key_is_made(monkeypatch):
    envelope = _envelope(encrypt(b"plan", PASSPHRASE, scrypt_n=FAST))
    envelope["kdf"]["n"] = 2**20  # 1 GiB and seconds of work, were it tried

    def derive(*_args):
        raise AssertionError("the key was derived with the hostile cost")

    monkeypatch.setattr(crypto, "_derive", derive)
    _open_fails(_sealed(envelope), "kdf.n: 1048576 is not allowed (a power of two from")


def test_every_problem_of_an_envelope_is_named_at_once():
    envelope = _envelope(encrypt(b"plan", PASSPHRASE, scrypt_n=FAST))
    envelope["kdf"]["r"] = 1
    envelope["nonce"] = "AAAA"
    error = _open_fails(_sealed(envelope), "kdf.r: 1 is not allowed")
    assert error.problems == [
        "kdf.r: 1 is not allowed (this version reads 8)",
        "nonce: must be exactly 12 bytes (found 3)",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[1, 2]", "not an encrypted plan file (the document is a list)"),
        (b'{"format": "ledarplan-plan"}', '"format" is "ledarplan-plan"; expected'),
        (b"\xff\xfe{}", "not an encrypted plan file (the file is not UTF-8 text)"),
        (b'{"format": "ledarplan-encrypted", "format": 1}', 'the key "format" appears twice'),
        (b'{"format": "ledarplan-encrypted", "n": NaN}', "NaN is not a number JSON allows"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_what_is_not_an_envelope_is_refused_clearly(data, message):
    _open_fails(data, message)


def test_an_oversized_envelope_is_refused_before_it_is_read():
    data = b" " * (MAX_ENCRYPTED_FILE_BYTES + 1)
    _open_fails(data, f"the file is too large ({len(data)} bytes; at most")


def test_plain_files_that_mention_the_format_are_not_taken_for_encrypted_ones():
    plain = json.dumps({"format": "ledarplan-plan", "note": "ledarplan-encrypted"}).encode()
    assert not is_encrypted(plain)
    assert not is_encrypted(b"ledarplan-encrypted \xff not json")
    # written by another tool, with the fields in another order
    reordered = b'{"cipher": "AES-256-GCM", "format": "ledarplan-encrypted"}'
    assert is_encrypted(reordered)


# --- hostile input never escapes as another exception -----------------------------------

ENVELOPE = _envelope(encrypt(b"Mina anteckningar", PASSPHRASE, scrypt_n=FAST))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
PATHS = st.sampled_from(
    [
        ("format",),
        ("format_version",),
        ("kdf",),
        ("kdf", "name"),
        ("kdf", "n"),
        ("kdf", "r"),
        ("kdf", "p"),
        ("kdf", "salt"),
        ("cipher",),
        ("nonce",),
        ("ciphertext",),
    ]
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_give_an_exchange_error(data):
    assert is_encrypted(data) in (True, False)
    with pytest.raises(ExchangeError):
        decrypt(data, PASSPHRASE, "random.bin")


@PROPERTY
@given(prefix=st.binary(max_size=40), value=JSON_VALUES)
def test_arbitrary_json_after_the_marker_gives_an_exchange_error(prefix, value):
    data = b'{"format": "ledarplan-encrypted", "x": ' + json.dumps(value).encode() + b"}"
    assert is_encrypted(data)
    with pytest.raises(ExchangeError):
        decrypt(prefix + data if prefix else data, PASSPHRASE, "random.json")


@PROPERTY
@given(
    path=PATHS,
    value=JSON_VALUES | st.binary(max_size=20).map(lambda b: base64.b64encode(b).decode()),
    drop=st.booleans(),
)
def test_a_mutated_envelope_opens_unchanged_or_gives_an_exchange_error(path, value, drop):
    envelope = json.loads(json.dumps(ENVELOPE))
    holder = envelope
    for key in path[:-1]:
        holder = holder[key]
    if drop:
        del holder[path[-1]]
    else:
        holder[path[-1]] = value
    try:
        opened = decrypt(_sealed(envelope), PASSPHRASE, "mutated.json")
    except ExchangeError:
        return
    assert opened == b"Mina anteckningar"  # only a mutation that changes nothing opens


@PROPERTY
@given(index=st.integers(min_value=0), byte=st.integers(min_value=0, max_value=255))
def test_a_changed_byte_of_the_file_opens_unchanged_or_gives_an_exchange_error(index, byte):
    data = bytearray(_sealed(ENVELOPE))
    data[index % len(data)] = byte
    try:
        opened = decrypt(bytes(data), PASSPHRASE, "mutated.json")
    except ExchangeError:
        return
    assert opened == b"Mina anteckningar"
