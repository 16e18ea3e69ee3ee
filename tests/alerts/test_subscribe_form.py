"""The subscription form as a public form of the whole site (website.public_forms): the
old address still answers, a foreign post is refused before anything is stored, an
expired or replayed form is refused, and confirmation mails are limited per address."""

import pytest
from django.core import mail as django_mail

from alerts.models import Subscription

from .conftest import form_fields, subscribe

pytestmark = pytest.mark.django_db


def test_the_form_posts_to_the_alerts_address_in_each_language(client, policy_index):
    action, _fields = form_fields(client.get(policy_index.url).content.decode())
    assert action == "/thong-bao/dang-ky/"
    assert client.get(action).status_code == 405


def test_a_post_from_another_site_is_refused_and_stores_nothing(client, policy_index):
    action, fields = form_fields(client.get(policy_index.url).content.decode())
    data = {**fields, "email": "la@example.vn", "frequency": "ngay", "consent": "on"}
    response = client.post(action, data, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert not Subscription.objects.exists()


def test_a_replayed_form_is_an_error_page_not_a_second_subscription(
    client, policy_index, django_capture_on_commit_callbacks
):
    action, fields = form_fields(client.get(policy_index.url).content.decode())
    data = {**fields, "email": "mot.lan@example.vn", "frequency": "ngay", "consent": "on"}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(action, data).status_code == 200
    again = client.post(action, data)
    assert again.status_code == 400
    assert 'class="rc-form alert-form"' in again.content.decode()  # the form, with its error
    assert Subscription.objects.count() == 1


def test_confirmation_mails_are_limited_per_address(
    client, policy_index, settings, django_capture_on_commit_callbacks
):
    settings.KCQG_ALERTS_MAILS_PER_ADDRESS = (2, 3600)
    answers = []
    for query in ("", "?sector=thu-cong-my-nghe", "?province=thanh-hoa"):
        with django_capture_on_commit_callbacks(execute=True):
            answers.append(subscribe(client, policy_index.url + query, "nhieu@example.vn"))
    assert [a.status_code for a in answers] == [200, 200, 200]  # the same answer
    assert Subscription.objects.count() == 3
    assert [m.to for m in django_mail.outbox] == [["nhieu@example.vn"]] * 2


def test_a_kept_form_is_the_template_s_own_with_signed_values_of_each_page(
    client, policy_index, settings
):
    """The form's HTML is kept per language, address and description; each page shown
    still gets its own scope (its address) and its own fill-time token, and the form is
    what the template renders afresh."""
    import re

    from alerts import wagtail_hooks
    from alerts.forms import read_scope

    def form_of(url):
        html = client.get(url).content.decode()
        return re.search(r'<section class="alert-subscribe.*?</section>', html, re.S).group(0)

    filtered = policy_index.url + "?sector=thu-cong-my-nghe"
    kept = [form_of(policy_index.url), form_of(policy_index.url), form_of(filtered)]
    fields = [form_fields(html)[1] for html in kept]
    assert len({f["form_ts"] for f in fields}) == 3  # a token of its own each time
    assert [read_scope(f["scope"])[3] for f in fields] == [policy_index.url] * 2 + [filtered]
    assert kept[2] != kept[0]  # the filters in words: another description

    settings.DEBUG = True  # nothing kept: rendered afresh
    wagtail_hooks._RENDERED.clear()
    fresh = [form_of(policy_index.url), form_of(filtered)]
    assert not wagtail_hooks._RENDERED

    def unsigned(html):
        return re.sub(r'name="(scope|form_ts)" value="[^"]*"', r'name="\1" value=""', html)

    assert [unsigned(html) for html in fresh] == [unsigned(kept[0]), unsigned(kept[2])]
