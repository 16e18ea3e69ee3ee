"""The page-function registry (website.page_functions): every function the page models
look up is registered by its app, and a missing or doubled one fails loudly."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from website import page_functions

ROOT = Path(__file__).resolve().parents[2]


def looked_up():
    """(app, name) of every page_functions.get(...) in the apps' models."""
    found = set()
    for path in ROOT.glob("*/models/*.py"):
        found |= set(re.findall(r'page_functions\.get\("(\w+)", "(\w+)"\)', path.read_text()))
    return found


def test_every_function_the_models_look_up_is_registered():
    names = looked_up()
    assert {app for app, _name in names} == {"news", "showcase", "policies"}
    for app, name in names:
        assert callable(page_functions.get(app, name))


def test_a_missing_function_names_the_app_and_the_way_to_register_it():
    with pytest.raises(ImproperlyConfigured, match=r"No page function 'map' in 'showcase'.*ready"):
        page_functions.get("showcase", "map")


def test_a_second_function_of_the_same_name_is_refused():
    existing = page_functions.get("policies", "finder")
    with pytest.raises(ImproperlyConfigured, match="Two page functions named 'finder'"):
        page_functions.register("policies", "finder")(lambda request, index: None)
    assert page_functions.get("policies", "finder") is existing
    # The same name in another app is another function.
    assert ("alerts", "finder") not in page_functions._FUNCTIONS
