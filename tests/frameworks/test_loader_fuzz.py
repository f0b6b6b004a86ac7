"""Whatever a pack file holds, loading it gives a pack or a PackError — never a traceback."""

from __future__ import annotations

import copy

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledarplan.frameworks.errors import PackError
from ledarplan.frameworks.loader import load_pack_bytes
from ledarplan.paths import builtin_frameworks_dir

VALID = (builtin_frameworks_dir() / "holstebro.yaml").read_bytes()
DOCUMENT = yaml.safe_load(VALID)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def _load(data: bytes) -> None:
    try:
        pack = load_pack_bytes(data, "fuzz.yaml")
    except PackError as exc:
        assert exc.problems
        assert all(p.message for p in exc.problems)
        assert "fuzz.yaml" in exc.describe()
    else:
        assert pack.id and pack.areas


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data):
    _load(data)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc:-[]{}&*!|>'\"\n #%@`,?")), max_size=200))
def test_yaml_punctuation_soup(text):
    _load(text.encode("utf-8"))


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


PATHS = [p for p in _paths(DOCUMENT) if p]


def _mutate(document, path, value, drop):
    doc = copy.deepcopy(document)
    node = doc
    for part in path[:-1]:
        node = node[part]
    if drop:
        node.pop(path[-1])  # dict key or list index alike
    else:
        node[path[-1]] = value
    return doc


@pytest.mark.slow  # the suite's time: the two fuzzers above run by default
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), json_values, st.booleans())
def test_mutations_of_a_real_pack(path, value, drop):
    mutated = _mutate(DOCUMENT, path, value, drop)
    _load(yaml.safe_dump(mutated, allow_unicode=True).encode("utf-8"))
