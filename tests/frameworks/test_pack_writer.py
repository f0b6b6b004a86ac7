"""The pack file writer: what it writes, `load_pack_bytes` reads back equal, texts byte for byte."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledarplan.frameworks.loader import load_pack_bytes, load_pack_file
from ledarplan.frameworks.pack_writer import pack_to_yaml
from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.paths import builtin_frameworks_dir

BUILTIN = sorted(builtin_frameworks_dir().glob("*.yaml"))


@pytest.mark.parametrize("file", BUILTIN, ids=lambda p: p.stem)
def test_every_builtin_pack_is_written_and_read_back_equal(file):
    pack = load_pack_file(file)
    text = pack_to_yaml(pack, "a header\nof two lines")
    assert text.startswith("# a header\n# of two lines\nformat: 1\n")
    again = load_pack_bytes(text.encode("utf-8"))
    assert again == pack
    assert again.model_dump() == pack.model_dump()


def test_empty_fields_are_left_out_and_the_order_is_the_schemas():
    pack = load_pack_file(builtin_frameworks_dir() / "skr.yaml")
    document = yaml.safe_load(pack_to_yaml(pack))
    assert list(document)[:5] == ["format", "id", "version", "language", "name"]
    assert "levels" not in document  # SKR has none: not written as []
    assert all("expectations" not in item for a in document["areas"] for item in a["items"])


def _pack_with(text: str) -> FrameworkPack:
    return FrameworkPack.model_validate(
        {
            "id": "t",
            "version": "1",
            "language": "sv",
            "name": "Namn",
            "source": {"organisation": "Org", "title": "Titel", "note": text},
            "levels": [{"id": "chef", "name": "Chef"}],
            "areas": [
                {
                    "id": "a",
                    "title": "Område",
                    "items": [{"id": "i", "text": text, "expectations": {"chef": text}}],
                }
            ],
        }
    )


#: Every kind of character a text may hold: Nordic letters, quotes, YAML's punctuation, line
#: breaks of every kind YAML knows, tabs and other control characters, and any Unicode.
texts = (
    st.text(
        alphabet=st.one_of(
            st.sampled_from(
                list("æøåÆØÅäöÄÖüðþŋđŧáčšž ’'\"“”«»-–—:#&*!|>%@`{}[],?\n\r\t\x85\u2028")
            ),
            st.characters(blacklist_categories=("Cs",)),
        ),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_comes_back_byte_for_byte(text):
    pack = _pack_with(text)
    again = load_pack_bytes(pack_to_yaml(pack).encode("utf-8"))
    assert again.source.note == text
    assert again.areas[0].items[0].text == text
    assert again.areas[0].items[0].expectations["chef"] == text


@pytest.mark.parametrize(
    "text",
    [
        "first line\n  indented second line\n\n\nafter three breaks",
        "ends with spaces on a line   \nnext",
        "a\r\nwindows break",
        "a\x85next line\u2028line separator\u2029paragraph",
        "tab\there",
        "- looks like a list\n- two",
        "key: value\n# not a comment",
        "'single' and \"double\" and “smart” quotes",
        "@at `backtick` %percent &anchor *alias !tag |pipe >fold",
        "yes",
        "1.0",
        "null",
        "\ufeffbyte order mark inside",
        "ÆØÅ æøå ÄÖ äö Ð ð Þ þ Ŋ ŋ Đ đ Ŧ ŧ Č č Š š Ž ž",
        "x" * 200 + " " + "y" * 200,
    ],
)
def test_texts_yaml_might_change_come_back_unchanged(text):
    assert load_pack_bytes(pack_to_yaml(_pack_with(text)).encode()).source.note == text
