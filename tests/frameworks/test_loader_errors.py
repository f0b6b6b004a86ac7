"""Broken packs: every kind of mistake gets a message naming the file, the place and the fault."""

from __future__ import annotations

import json
import textwrap

import pytest
import yaml

from ledarplan.frameworks.errors import PackError
from ledarplan.frameworks.loader import MAX_FILE_BYTES, load_pack_file

VALID = textwrap.dedent(
    """\
    format: 1
    id: demo
    version: "2024.1"
    language: sv
    name: Demomodellen
    source:
      organisation: Demo kommun
      title: Ledarskap i Demo
    levels:
      - id: chef
        name: Chef
      - id: ledare
        name: Ledare
    areas:
      - id: mal
        title: Mål
        items:
          - id: satta-mal
            title: Sätter mål
            expectations:
              chef: Sätter tydliga mål för förvaltningen.
              ledare: Sätter mål tillsammans med medarbetarna.
    """
)


def write(tmp_path, text: str | bytes, name: str = "pack.yaml"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(path) -> list[str]:
    with pytest.raises(PackError) as info:
        load_pack_file(path)
    return info.value.describe().splitlines()


def test_a_valid_pack_loads(tmp_path):
    pack = load_pack_file(write(tmp_path, VALID))
    assert pack.id == "demo"
    assert pack.areas[0].items[0].expectations["ledare"] == (
        "Sätter mål tillsammans med medarbetarna."
    )


def test_unknown_level_in_an_expectation_names_level_line_and_path(tmp_path):
    path = write(tmp_path, VALID.replace("ledare: Sätter mål", "ledar: Sätter mål"))
    (message,) = problems_of(path)
    assert message.startswith(f"{path}:22: areas[0].items[0].expectations.ledar:")
    assert "unknown level 'ledar'" in message
    assert "chef, ledare" in message


def test_missing_text_is_named(tmp_path):
    path = write(tmp_path, VALID.replace("name: Demomodellen\n", ""))
    (message,) = problems_of(path)
    assert "required field 'name' is missing" in message
    assert message.startswith(f"{path}:1")


def test_an_empty_expectation_is_named(tmp_path):
    path = write(tmp_path, VALID.replace("chef: Sätter tydliga mål för förvaltningen.", 'chef: ""'))
    (message,) = problems_of(path)
    assert "areas[0].items[0].expectations.chef" in message
    assert "the text is empty" in message


def test_an_item_without_any_text_is_named(tmp_path):
    text = VALID.split("      - id: satta-mal")[0] + "      - id: satta-mal\n"
    (message,) = problems_of(write(tmp_path, text))
    assert "areas[0].items[0]" in message
    assert "an item needs a title, a text or expectations" in message


def test_duplicate_ids_are_named_with_both_places(tmp_path):
    text = VALID + textwrap.indent(
        textwrap.dedent(
            """\
            - id: mal
              title: Mål igen
              items:
                - id: satta-mal
                  text: Ännu ett mål.
            """
        ),
        "  ",
    )
    messages = problems_of(write(tmp_path, text))
    assert any("duplicate area id 'mal' (also at areas[0].id)" in m for m in messages)
    assert any("duplicate item id 'satta-mal'" in m for m in messages)
    assert any(":23: areas[1].id" in m for m in messages)


def test_wrong_type_is_named(tmp_path):
    path = write(tmp_path, VALID.replace("title: Sätter mål", "title: [Sätter, mål]"))
    (message,) = problems_of(path)
    assert f"{path}:19: areas[0].items[0].title" in message
    assert "wrong type: expected text, found a list" in message


def test_an_invalid_id_is_explained(tmp_path):
    path = write(tmp_path, VALID.replace("id: satta-mal", "id: Sätta mål"))
    (message,) = problems_of(path)
    assert "'Sätta mål' is not a valid id" in message


def test_unknown_field_is_named(tmp_path):
    path = write(tmp_path, VALID.replace("language: sv", "language: sv\ncolour: blue"))
    (message,) = problems_of(path)
    assert "unknown field 'colour'" in message
    assert f"{path}:5" in message


def test_unsupported_language_is_named(tmp_path):
    (message,) = problems_of(write(tmp_path, VALID.replace("language: sv", "language: xx")))
    assert "'xx' is not allowed here" in message


def test_not_utf8_is_named_with_line(tmp_path):
    path = write(
        tmp_path,
        VALID.replace("Mål igen", "x")
        .encode("utf-8")
        .replace(b"Demomodellen", "Demomodell\xe9n".encode("latin-1")),
    )
    (message,) = problems_of(path)
    assert message == f"{path}:5: the file is not UTF-8 text (byte 0xe9)"


def test_not_yaml_is_named_with_line(tmp_path):
    path = write(tmp_path, VALID.replace("name: Demomodellen", "name: [Demomodellen"))
    (message,) = problems_of(path)
    assert "not valid YAML" in message
    assert message.startswith(f"{path}:")


def test_a_list_instead_of_a_mapping_is_named(tmp_path):
    (message,) = problems_of(write(tmp_path, "- just\n- a list\n"))
    assert "the document must be a mapping" in message


def test_an_empty_file_is_named(tmp_path):
    (message,) = problems_of(write(tmp_path, "   \n"))
    assert message == f"{tmp_path / 'pack.yaml'}: the file is empty"


def test_duplicate_keys_are_refused(tmp_path):
    path = write(tmp_path, VALID.replace("language: sv", "language: sv\nlanguage: da"))
    (message,) = problems_of(path)
    assert "duplicate key 'language' (first at line 4)" in message


def test_yaml_aliases_are_refused(tmp_path):
    # A "billion laughs" document must not be expanded.
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    for i in range(1, 9):
        bomb += (
            f"{'b' * i}: &{'b' * i} [*{'b' * (i - 1) if i > 1 else 'a'}"
            + (f",*{'b' * (i - 1) if i > 1 else 'a'}" * 8)
            + "]\n"
        )
    (message,) = problems_of(write(tmp_path, bomb))
    assert "anchors and aliases are not allowed" in message


def test_python_object_tags_are_not_executed(tmp_path):
    text = VALID.replace("name: Demomodellen", "name: !!python/object/apply:os.system ['true']")
    (message,) = problems_of(write(tmp_path, text))
    assert "not valid YAML" in message


def test_a_huge_file_is_refused_before_reading(tmp_path):
    path = write(tmp_path, VALID + "#" * (MAX_FILE_BYTES + 1))
    (message,) = problems_of(path)
    assert "the file is too large" in message


def test_a_missing_file_is_named(tmp_path):
    (message,) = problems_of(tmp_path / "nowhere.yaml")
    assert "cannot read the file" in message


def test_json_packs_are_read_too(tmp_path):
    path = write(tmp_path, json.dumps(yaml.safe_load(VALID), ensure_ascii=False), "pack.json")
    assert load_pack_file(path).name == "Demomodellen"
