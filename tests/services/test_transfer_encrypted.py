"""Encrypted export → import elsewhere with the passphrase; refused (nothing written) without."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest

from ledarplan.domain.errors import ConflictError, InvalidInputError
from ledarplan.exchange.crypto import decrypt, is_encrypted
from ledarplan.exchange.format import ExchangeError
from ledarplan.paths import AppPaths
from ledarplan.services.container import Services
from ledarplan.services.transfer import ENCRYPTED_SUFFIX
from ledarplan.storage.database import open_database
from ledarplan.storage.store import Store

PASSPHRASE = "sommar i Ørsted 2026"
SECRET_NOTE = "Privat: jeg overvejer at søge andet job til foråret"


@pytest.fixture
def other_services(tmp_path, catalog):
    """A second installation: the manager's PC."""
    paths = AppPaths(tmp_path / "manager's data")
    paths.ensure()
    database = open_database(paths.database_file, paths.backups_dir)
    yield Services.over(Store(database), catalog, paths.backups_dir)
    database.dispose()


@pytest.fixture
def stored_demo(services, catalog):
    bundle = services.samples.create("holstebro", "chef", date(2026, 11, 23))
    private = next(s for s in bundle.sessions if s.notes_private)
    private.notes = SECRET_NOTE
    services.coaching.save(private)
    return bundle


def _nothing_stored(services: Services) -> bool:
    return services.people.list() == [] and services.plans.list() == []


def test_an_encrypted_plan_imported_elsewhere_with_the_passphrase_is_equal(
    services, other_services, stored_demo, tmp_path
):
    out = tmp_path / f"Mette Kjær{ENCRYPTED_SUFFIX}"
    services.transfer.export_plan(
        stored_demo.plan.id, out, include_private_notes=True, passphrase=PASSPHRASE
    )
    data = out.read_bytes()
    assert is_encrypted(data)
    for secret in (stored_demo.person.name, SECRET_NOTE, stored_demo.goals[0].title):
        assert secret.encode("utf-8") not in data

    result = other_services.transfer.import_file(out, passphrase=PASSPHRASE)
    assert result.plan_id == stored_demo.plan.id
    original = services.plans.bundle(stored_demo.plan.id)
    imported = other_services.plans.bundle(stored_demo.plan.id)
    for bundle in (original, imported):
        bundle.person.created_at = bundle.person.updated_at = None
        bundle.plan.created_at = bundle.plan.updated_at = None
        bundle.desk = None  # the leader's copy and the manager's
    assert imported == original
    assert SECRET_NOTE in [s.notes for s in imported.sessions]


def test_without_the_passphrase_the_import_is_refused_and_nothing_is_written(
    services, other_services, stored_demo, tmp_path
):
    out = tmp_path / f"plan{ENCRYPTED_SUFFIX}"
    services.transfer.export_plan(stored_demo.plan.id, out, passphrase=PASSPHRASE)
    with pytest.raises(ExchangeError) as caught:
        other_services.transfer.import_file(out)
    assert str(caught.value) == f"{out}: this plan file is encrypted: give the passphrase"
    assert _nothing_stored(other_services)


def test_a_wrong_passphrase_is_refused_and_nothing_is_written(
    services, other_services, stored_demo, tmp_path
):
    out = tmp_path / f"plan{ENCRYPTED_SUFFIX}"
    services.transfer.export_plan(stored_demo.plan.id, out, passphrase=PASSPHRASE)
    with pytest.raises(ExchangeError) as caught:
        other_services.transfer.import_file(out, passphrase="sommar i Orsted 2026")
    assert str(caught.value) == f"{out}: the passphrase is wrong, or the file was changed"
    assert _nothing_stored(other_services)


def test_a_file_changed_on_the_way_is_refused(services, other_services, stored_demo, tmp_path):
    out = tmp_path / f"plan{ENCRYPTED_SUFFIX}"
    services.transfer.export_plan(stored_demo.plan.id, out, passphrase=PASSPHRASE)
    envelope = json.loads(out.read_text(encoding="utf-8"))
    first = envelope["ciphertext"][0]
    # always a different character (a fixed "A" changed nothing when the text began with one)
    envelope["ciphertext"] = ("B" if first == "A" else "A") + envelope["ciphertext"][1:]
    out.write_text(json.dumps(envelope), encoding="utf-8")
    with pytest.raises(ExchangeError, match="the passphrase is wrong, or the file was changed"):
        other_services.transfer.import_file(out, passphrase=PASSPHRASE)
    assert _nothing_stored(other_services)


def test_private_notes_stay_home_in_an_encrypted_file_too(services, stored_demo, tmp_path):
    out = tmp_path / f"plan{ENCRYPTED_SUFFIX}"
    services.transfer.export_plan(stored_demo.plan.id, out, passphrase=PASSPHRASE)
    plain = decrypt(out.read_bytes(), PASSPHRASE, str(out)).decode("utf-8")
    assert json.loads(plain)["includes_private_notes"] is False
    assert SECRET_NOTE not in plain
    assert stored_demo.person.name in plain


def test_a_short_passphrase_writes_nothing_and_keeps_an_older_file(services, stored_demo, tmp_path):
    (tmp_path / "sent").mkdir()
    out = tmp_path / "sent" / f"plan{ENCRYPTED_SUFFIX}"
    out.write_text("the earlier export", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"passphrase: must be at least 8 characters"):
        services.transfer.export_plan(stored_demo.plan.id, out, passphrase="kort")
    assert out.read_text(encoding="utf-8") == "the earlier export"
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left


def test_a_plain_file_imports_whether_or_not_a_passphrase_is_given(
    services, other_services, stored_demo, tmp_path
):
    out = tmp_path / "plan.ledarplan.json"
    services.transfer.export_plan(stored_demo.plan.id, out)
    assert not is_encrypted(out.read_bytes())
    result = other_services.transfer.import_file(out, passphrase=PASSPHRASE)
    assert result.person_name == stored_demo.person.name


def test_an_encrypted_plan_that_is_already_here_needs_replace(services, stored_demo, tmp_path):
    out = tmp_path / f"plan{ENCRYPTED_SUFFIX}"
    services.transfer.export_plan(stored_demo.plan.id, out, passphrase=PASSPHRASE)
    with pytest.raises(ConflictError, match="--replace"):
        services.transfer.import_file(out, passphrase=PASSPHRASE)
    result = services.transfer.import_file(out, replace=True, passphrase=PASSPHRASE)
    assert result.replaced and result.backup is not None and result.backup.is_file()
    assert len(services.plans.list()) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_encrypted_file_is_private_as_well(services, stored_demo, tmp_path):
    out = tmp_path / f"plan{ENCRYPTED_SUFFIX}"
    services.transfer.export_plan(stored_demo.plan.id, out, passphrase=PASSPHRASE)
    assert out.stat().st_mode & 0o077 == 0
