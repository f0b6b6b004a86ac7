"""Names and titles: nothing invisible passes for a name, nothing can make a title read
backwards; free text keeps what a right-to-left language needs."""

from __future__ import annotations

import pytest

from ledarplan.domain.entities import Goal, Person
from ledarplan.domain.errors import InvalidInputError
from ledarplan.domain.rules import clean_text, normalise_goal, normalise_person
from ledarplan.exchange.format import ExchangeError, bundle_from_json


@pytest.mark.parametrize("name", ["\u200b", "\ufeff", "\u200b\u200d \ufeff", "\u2066\u2069"])
def test_a_name_of_invisible_characters_only_is_refused(name):
    with pytest.raises(InvalidInputError, match="must not be empty"):
        normalise_person(Person(name))


def test_a_name_with_joiners_inside_it_is_kept():
    person = Person("Åsa 👩\u200d💼 Ørsted")  # an emoji made with a zero-width joiner
    normalise_person(person)
    assert person.name == "Åsa 👩\u200d💼 Ørsted"


def test_direction_overrides_are_taken_out_of_titles_not_out_of_free_text():
    goal = Goal("p", "Mål \u202egnidaer\u202c baglæns", description="\u2067نص\u2069 i teksten")
    normalise_goal(goal, ())
    assert goal.title == "Mål gnidaer baglæns"
    assert goal.description == "\u2067نص\u2069 i teksten"


def test_free_text_that_must_not_be_empty_is_not_made_of_invisible_characters():
    with pytest.raises(InvalidInputError, match="must not be empty"):
        clean_text("\u200b\u200b", "what", required=True)


def test_a_utf_32_file_is_named_as_such():
    data = '{"format": "ledarplan-plan"}'.encode("utf-32")
    with pytest.raises(ExchangeError, match="the file is UTF-32 text; a plan file must be UTF-8"):
        bundle_from_json(data, "plan.json")
