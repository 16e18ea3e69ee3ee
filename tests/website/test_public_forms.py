"""The public-form registry (website.public_forms): loud errors for a missing or a
doubled registration; comments, inquiries and the alerts' subscription form are
registered by their apps."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from website import public_forms


def test_apps_register_their_public_forms():
    assert public_forms.get("comment").url_name == "news:comment"
    assert public_forms.get("inquiry").rate_scope == "inquiry"
    alert = public_forms.get("alert")  # a form of the whole site, on no one page
    assert (alert.pages, alert.url_name, alert.rate_scope) == (None, "alerts:subscribe", "alerts")
    assert public_forms.action_url("alert") == "/thong-bao/dang-ky/"


def test_an_unknown_form_fails_loudly():
    with pytest.raises(ImproperlyConfigured, match="No public form 'petition'"):
        public_forms.get("petition")


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
            pages=object(),
            handler=None,
            rate_scope="x",
            sent={"en": ("a", "b")},
            fragment="x",
            form_kwarg="form",
        )


def test_a_form_of_no_page_needs_its_own_address():
    with pytest.raises(ImproperlyConfigured, match="of no page: it needs a url_name"):
        public_forms.register("nowhere", pages=None, handler=None, rate_scope="x")


@pytest.mark.django_db
def test_a_page_form_address_does_not_serve_the_form_of_no_page(client):
    """The alerts' form has no page: /gui-bieu-mau/alert/<id>/ is not an address of it."""
    assert client.post("/gui-bieu-mau/alert/1/", {}).status_code == 404
