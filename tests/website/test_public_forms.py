"""The public-form registry (website.public_forms): loud errors for a missing or a
doubled registration; comments and inquiries are registered by their apps."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from website import public_forms


def test_apps_register_their_public_forms():
    assert public_forms.get("comment").url_name == "news:comment"
    assert public_forms.get("inquiry").rate_scope == "inquiry"


def test_an_unknown_form_fails_loudly():
    with pytest.raises(ImproperlyConfigured, match="No public form 'alerts'"):
        public_forms.get("alerts")


def test_a_second_form_of_the_same_name_is_refused():
    entry = public_forms.get("inquiry")
    with pytest.raises(ImproperlyConfigured, match="Two public forms named 'inquiry'"):
        public_forms.register(
            "inquiry",
            pages=entry.pages,
            handler=lambda request, page: None,
            rate_scope="other",
            sent={"vi": ("a", "b")},
            fragment="x",
            form_kwarg="form",
        )
    assert public_forms.get("inquiry") is entry


def test_a_form_needs_a_vietnamese_sent_marker():
    with pytest.raises(ImproperlyConfigured, match="Vietnamese marker"):
        public_forms.register(
            "nothing",
            pages=None,
            handler=None,
            rate_scope="x",
            sent={"en": ("a", "b")},
            fragment="x",
            form_kwarg="form",
        )
