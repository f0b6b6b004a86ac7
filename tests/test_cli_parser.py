"""The command line builds only the verb it names, and reads it exactly as the whole parser does."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from ledarplan.app import main
from ledarplan.cli import build_parser
from ledarplan.window_options import verb_named


def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


VERBS = list(subparsers(build_parser()))


def test_every_verb_is_known_to_the_whole_parser():
    assert {"check", "plans", "org", "calendar", "summary", "hr", "export-pdf"} <= set(VERBS)


@pytest.mark.parametrize("verb", VERBS)
def test_a_verb_built_alone_is_the_verb_of_the_whole_parser(verb):
    alone = subparsers(build_parser(only=verb))
    assert list(alone) == [verb]
    assert alone[verb].format_help() == subparsers(build_parser())[verb].format_help()


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["--data-dir", "D", "check"],
        ["check", "--data-dir", "D"],
        ["--data-dir", "plans", "check"],  # an option's value that is also a verb
        ["plans", "list"],
        ["export-pdf", "--all", "--out-dir", "pdfs", "--lang", "da"],
        ["calendar", "--all", "--out", "team.ics"],
        ["hr", "report", "a.json", "b.json", "--out", "r.pdf", "--threshold", "3"],
        ["org", "add-user", "kim", "--name", "Kim Berg", "--manager", "eva"],
        ["--database-url", "postgresql:///?service=ledarplan", "org", "users"],
        ["--open", "plan.ledarplan.json"],
    ],
)
def test_a_command_line_is_read_the_same_with_its_verb_alone(argv):
    assert build_parser(only=verb_named(argv)).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    ("argv", "verb"),
    [
        (["check"], "check"),
        (["--data-dir", "plans", "check"], "check"),
        (["--data", "D", "check"], None),  # an abbreviated option: the whole parser reads it
        (["--help"], None),
        (["--version"], None),
        (["-h", "check"], None),
        ([], None),
    ],
)
def test_the_verb_is_told_only_where_it_is_certain(argv, verb):
    assert verb_named(argv) == verb


def test_a_mistyped_verb_is_told_with_the_list_of_verbs(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["chek"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'chek'" in err
    assert "'check'" in err and "'plans'" in err and "'org'" in err


def test_the_help_lists_every_verb():
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["--help"])
    for verb in VERBS:
        assert verb in out.getvalue()


def test_check_runs_with_its_verb_alone(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "data"), "check"]) == 0
    assert "all is well" in capsys.readouterr().out
