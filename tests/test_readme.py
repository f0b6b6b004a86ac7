"""The README's commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command_word_for_word():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    (command,) = re.findall(r'^TEST_COMMAND="(.+)"$', ci, flags=re.MULTILINE)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.+?)\n```", readme, flags=re.DOTALL)
    assert blocks[1] == command
    assert "pytest" in command and "[test]" in command


def test_the_readme_opens_with_install_and_test_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.+?)\n```", readme, flags=re.DOTALL)
    assert blocks[0].endswith("ledarplan")
    assert "pip install ." in blocks[0]
    assert readme.index(blocks[0]) < 400  # at the top, before anything else
