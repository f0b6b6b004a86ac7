"""`export --encrypt` and `import` of an encrypted file, as a script and at a terminal."""

from __future__ import annotations

import io
import json

import pytest

from ledarplan.app import main
from ledarplan.exchange.crypto import is_encrypted

PASSPHRASE = "en lång lösenfras"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def leader(capsys, tmp_path, monkeypatch):
    """A data directory with the sample plan; returns (data dir, plan id)."""
    monkeypatch.delenv("LEDARPLAN_PASSPHRASE", raising=False)
    data_dir = str(tmp_path / "leader")
    code, out, _ = run(capsys, "--data-dir", data_dir, "demo")
    assert code == 0
    return data_dir, out.strip().splitlines()[-1]


@pytest.fixture
def manager_dir(tmp_path):
    return str(tmp_path / "manager")


@pytest.fixture
def terminal(monkeypatch):
    """A terminal where the user types the queued answers to getpass's prompts."""
    typed: list[str] = []
    prompts: list[str] = []

    def getpass(prompt: str = "Password: ", stream=None) -> str:
        prompts.append(prompt)
        assert typed, f"unexpected prompt {prompt!r}"
        return typed.pop(0)

    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", getpass)
    return typed, prompts


def _stored_plans(capsys, data_dir: str) -> list[dict]:
    code, out, _ = run(capsys, "--data-dir", data_dir, "plans", "list", "--json")
    assert code == 0
    return json.loads(out)


def test_a_script_sends_an_encrypted_plan_and_the_manager_imports_it(
    capsys, tmp_path, monkeypatch, leader, manager_dir
):
    data_dir, plan_id = leader
    monkeypatch.setenv("LEDARPLAN_PASSPHRASE", PASSPHRASE)
    out_file = tmp_path / "til chefen" / "plan.ledarplan.enc.json"
    code, out, err = run(
        capsys, "--data-dir", data_dir, "export", plan_id, "--out", str(out_file), "--encrypt"
    )
    assert code == 0, err
    assert "It is encrypted: it opens only with the passphrase" in out
    assert is_encrypted(out_file.read_bytes())
    assert b"Holstebro" not in out_file.read_bytes()

    code, out, err = run(capsys, "--data-dir", manager_dir, "import", str(out_file))
    assert code == 0, err
    assert out.strip().splitlines()[-1] == plan_id
    assert [row["id"] for row in _stored_plans(capsys, manager_dir)] == [plan_id]


def test_an_encrypted_file_without_a_passphrase_is_refused_and_nothing_imported(
    capsys, tmp_path, monkeypatch, leader, manager_dir
):
    data_dir, plan_id = leader
    out_file = tmp_path / "plan.ledarplan.enc.json"
    monkeypatch.setenv("LEDARPLAN_PASSPHRASE", PASSPHRASE)
    assert (
        run(capsys, "--data-dir", data_dir, "export", plan_id, "--out", str(out_file), "--encrypt")[
            0
        ]
        == 0
    )
    monkeypatch.delenv("LEDARPLAN_PASSPHRASE")

    code, _, err = run(capsys, "--data-dir", manager_dir, "import", str(out_file))
    assert code == 1
    assert err == (
        f"ledarplan: {out_file} is encrypted: type it in a terminal, or set "
        "LEDARPLAN_PASSPHRASE (never give it as an argument)\n"
    )
    assert _stored_plans(capsys, manager_dir) == []


def test_a_wrong_passphrase_is_refused_and_nothing_imported(
    capsys, tmp_path, monkeypatch, leader, manager_dir
):
    data_dir, plan_id = leader
    out_file = tmp_path / "plan.ledarplan.enc.json"
    monkeypatch.setenv("LEDARPLAN_PASSPHRASE", PASSPHRASE)
    run(capsys, "--data-dir", data_dir, "export", plan_id, "--out", str(out_file), "--encrypt")
    monkeypatch.setenv("LEDARPLAN_PASSPHRASE", PASSPHRASE.upper())

    code, _, err = run(capsys, "--data-dir", manager_dir, "import", str(out_file))
    assert code == 1
    assert err == f"ledarplan: {out_file}: the passphrase is wrong, or the file was changed\n"
    assert _stored_plans(capsys, manager_dir) == []


def test_a_short_passphrase_writes_no_file(capsys, tmp_path, monkeypatch, leader):
    data_dir, plan_id = leader
    out_file = tmp_path / "plan.ledarplan.enc.json"
    monkeypatch.setenv("LEDARPLAN_PASSPHRASE", "hemligt")
    code, out, err = run(
        capsys, "--data-dir", data_dir, "export", plan_id, "--out", str(out_file), "--encrypt"
    )
    assert code == 1
    assert err == "ledarplan: passphrase: must be at least 8 characters (it has 7)\n"
    assert out == ""
    assert not out_file.exists()


def test_encrypting_in_a_script_without_the_variable_is_refused(capsys, tmp_path, leader):
    data_dir, plan_id = leader
    out_file = tmp_path / "plan.ledarplan.enc.json"
    code, _, err = run(
        capsys, "--data-dir", data_dir, "export", plan_id, "--out", str(out_file), "--encrypt"
    )
    assert code == 1
    assert "--encrypt needs a passphrase: type it in a terminal, or set LEDARPLAN_PASSPHRASE" in err
    assert not out_file.exists()


def test_the_passphrase_cannot_be_given_as_an_argument(capsys, tmp_path, leader):
    data_dir, plan_id = leader
    out_file = tmp_path / "plan.ledarplan.enc.json"
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", data_dir, "export", plan_id, "--out", str(out_file),
              "--encrypt", "--passphrase", PASSPHRASE])  # fmt: skip
    assert caught.value.code == 2
    assert not out_file.exists()


def test_at_a_terminal_the_passphrase_is_asked_twice_and_once_to_import(
    capsys, tmp_path, leader, manager_dir, terminal
):
    typed, prompts = terminal
    data_dir, plan_id = leader
    out_file = tmp_path / "plan.ledarplan.enc.json"

    typed += [PASSPHRASE, PASSPHRASE + " "]  # a slip on the second try
    code, _, err = run(
        capsys, "--data-dir", data_dir, "export", plan_id, "--out", str(out_file), "--encrypt"
    )
    assert code == 1
    assert err == "ledarplan: the two passphrases differ; nothing was written\n"
    assert not out_file.exists()

    typed += [PASSPHRASE, PASSPHRASE]
    code, _, err = run(
        capsys, "--data-dir", data_dir, "export", plan_id, "--out", str(out_file), "--encrypt"
    )
    assert code == 0, err
    assert prompts == ["Passphrase: ", "The same passphrase again: "] * 2

    prompts.clear()
    typed.append(PASSPHRASE)
    code, out, err = run(capsys, "--data-dir", manager_dir, "import", str(out_file))
    assert code == 0, err
    assert prompts == ["Passphrase: "]
    assert out.strip().splitlines()[-1] == plan_id


def test_a_plain_file_is_imported_without_asking(capsys, tmp_path, leader, manager_dir, terminal):
    data_dir, plan_id = leader
    out_file = tmp_path / "plan.ledarplan.json"
    assert run(capsys, "--data-dir", data_dir, "export", plan_id, "--out", str(out_file))[0] == 0
    code, out, _ = run(capsys, "--data-dir", manager_dir, "import", str(out_file))
    assert code == 0
    assert terminal[1] == []  # no passphrase prompt
    assert out.strip().splitlines()[-1] == plan_id
