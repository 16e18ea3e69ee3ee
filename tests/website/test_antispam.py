"""Shared anti-spam protections: client address, IP hash, rate limit, timestamp, content checks."""

import time

import pytest
from django import forms
from django.test import RequestFactory

from website import antispam


@pytest.fixture
def rf():
    return RequestFactory()


def test_client_ip_is_remote_addr_by_default(rf, settings):
    settings.KCQG_TRUSTED_PROXY_HEADER = None
    request = rf.get("/", REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert antispam.client_ip(request) == "203.0.113.7"


def test_trusted_proxy_header_uses_the_address_the_proxy_added(rf, settings):
    settings.KCQG_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.KCQG_TRUSTED_PROXIES = ["10.0.0.0/8"]
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4")
    assert antispam.client_ip(request) == "198.51.100.4"
    garbage = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-ip")
    assert antispam.client_ip(garbage) == "10.0.0.1"
    # Two proxies of ours (a CDN edge, then nginx): the right-most address not ours.
    chain = rf.get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4, 10.2.3.4"
    )
    assert antispam.client_ip(chain) == "198.51.100.4"


def test_forwarded_address_from_an_untrusted_peer_is_ignored(rf, settings):
    """Issue 27: with the app reachable without the proxy, a forged X-Forwarded-For per
    request gave every request a new address (12 of 12 comments past the limit)."""
    settings.KCQG_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    assert settings.KCQG_TRUSTED_PROXIES == ["127.0.0.1", "::1"]  # the default
    for number in range(12):
        forged = rf.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"1.2.3.{number}")
        assert antispam.client_ip(forged) == "203.0.113.9"
    # The local proxy is believed.
    proxied = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.4")
    assert antispam.client_ip(proxied) == "198.51.100.4"
    ipv6 = rf.get("/", REMOTE_ADDR="::1", HTTP_X_FORWARDED_FOR="2001:db8::7")
    assert antispam.client_ip(ipv6) == "2001:db8::7"


def test_ip_hash_is_stable_salted_and_not_the_address():
    first = antispam.hash_ip("203.0.113.7")
    assert first == antispam.hash_ip("203.0.113.7")
    assert first != antispam.hash_ip("203.0.113.8")
    assert "203" not in first and len(first) == 32


@pytest.mark.django_db
def test_rate_limit_counts_per_client_and_scope(rf, settings):
    settings.KCQG_RATE_LIMITS = {"comment": (3, 60)}
    alice = rf.post("/", REMOTE_ADDR="203.0.113.1")
    bob = rf.post("/", REMOTE_ADDR="203.0.113.2")
    assert [antispam.rate_limit_allows(alice, "comment") for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]
    assert antispam.rate_limit_allows(bob, "comment")
    assert antispam.rate_limit_allows(alice, "inquiry")  # another scope, the default limit
    assert not antispam.rate_limit_allows(alice, "comment", count=False)


def test_rate_limited_response_is_429_in_the_active_language(rf, home):
    from django.contrib.auth.models import AnonymousUser
    from django.utils import translation

    request = rf.post("/")
    request.user = AnonymousUser()
    with translation.override("en"):
        response = antispam.rate_limited_response(request, scope="default")
    assert response.status_code == 429
    assert "You have sent this too many times" in response.content.decode()


def test_signed_timestamp_age_and_forgery():
    token = antispam.sign_timestamp("comment", now=1000)
    assert antispam.timestamp_age(token, "comment", now=1010) == 10
    assert antispam.timestamp_age(token, "inquiry", now=1010) is None  # another form
    assert antispam.timestamp_age(token + "x", "comment") is None
    assert antispam.timestamp_age("", "comment") is None


def test_link_count_and_banned_words_and_domains(settings):
    assert antispam.count_links("xem https://a.vn và www.b.com, c.net") == 3
    assert antispam.count_links("Giá 1.250.000 đ, liên hệ 0912") == 0
    settings.KCQG_SPAM_WORDS = ["casino", "vay nhanh"]
    settings.KCQG_SPAM_DOMAINS = ["bad.example"]
    assert antispam.spam_reasons("Dịch vụ VAY NHANH") == ["word:vay nhanh"]
    assert antispam.spam_reasons("casinos") == []  # whole words only
    assert antispam.spam_reasons("ghé https://shop.bad.example/x") == ["domain:shop.bad.example"]
    assert antispam.spam_reasons("", email="a@bad.example") == ["domain:bad.example"]
    assert antispam.spam_reasons("Xin chào") == []


class CommentForm(antispam.AntiSpamFormMixin, forms.Form):
    antispam_scope = "comment"
    message = forms.CharField()


def _data(**overrides):
    data = {
        "message": "Bài viết hay.",
        "form_ts": antispam.sign_timestamp("comment", time.time() - 60),
    }
    data.update(overrides)
    return data


def test_form_mixin_accepts_a_person(settings):
    form = CommentForm(_data())
    assert form.is_valid(), form.errors
    assert form.spam_reasons() == []
    assert 'name="website_url"' in str(CommentForm())


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"website_url": "x"}, "honeypot"),
        ({"form_ts": ("comment", 0)}, "too_fast"),
        ({"form_ts": ("comment", 10**7)}, "expired"),
        ({"form_ts": "forged"}, "expired"),
        ({"form_ts": ("inquiry", 60)}, "expired"),
    ],
)
def test_form_mixin_rejects_bots(overrides, code):
    if isinstance(overrides.get("form_ts"), tuple):
        scope, age = overrides["form_ts"]
        overrides = {"form_ts": antispam.sign_timestamp(scope, time.time() - age)}
    form = CommentForm(_data(**overrides))
    assert not form.is_valid()
    assert form.has_error("__all__", code)


def test_form_mixin_gives_a_fresh_timestamp_after_too_fast():
    form = CommentForm(_data(form_ts=antispam.sign_timestamp("comment")))
    assert not form.is_valid()
    assert antispam.timestamp_age(form.data["form_ts"], "comment") is not None


@pytest.mark.django_db
def test_a_token_works_once_per_client_address(rf):
    token = antispam.sign_timestamp("comment", time.time() - 60)
    alice = rf.post("/", REMOTE_ADDR="203.0.113.1")
    bob = rf.post("/", REMOTE_ADDR="203.0.113.2")
    assert antispam.claim_token(alice, "comment", token)
    assert not antispam.claim_token(alice, "comment", token)
    # A reader who got the same cached page sends the same token.
    assert antispam.claim_token(bob, "comment", token)
    # Every form shown carries a token of its own, even within one second.
    assert antispam.sign_timestamp("comment", 1000) != antispam.sign_timestamp("comment", 1000)


@pytest.mark.django_db
def test_form_mixin_refuses_a_used_token_and_gives_a_fresh_one(rf, settings):
    settings.KCQG_FORM_MIN_SECONDS = 0
    request = rf.post("/", REMOTE_ADDR="203.0.113.1")
    data = _data()
    first = CommentForm(data)
    assert first.is_valid() and first.claim_token(request)
    replay = CommentForm(data)
    assert replay.is_valid()
    assert not replay.claim_token(request)
    assert replay.has_error("__all__", "used")
    assert "Biểu mẫu này đã được gửi" in str(replay.non_field_errors())
    # Sent again, with the fresh token the form came back with, it goes through.
    again = CommentForm(replay.data)
    assert again.is_valid() and again.claim_token(request)


@pytest.mark.parametrize(
    ("headers", "allowed"),
    [
        ({"HTTP_ORIGIN": "https://evil.example"}, False),
        ({"HTTP_ORIGIN": "null"}, False),
        ({"HTTP_ORIGIN": "http://testserver.evil.example"}, False),
        ({"HTTP_REFERER": "https://evil.example/tin-tuc/"}, False),
        ({"HTTP_ORIGIN": "http://testserver"}, True),
        ({"HTTP_REFERER": "http://testserver/tin-tuc/bai/"}, True),
        ({"HTTP_ORIGIN": "https://khuyencong.gov.vn"}, True),  # CSRF_TRUSTED_ORIGINS
        ({}, True),
    ],
)
def test_same_origin(rf, settings, headers, allowed):
    settings.CSRF_TRUSTED_ORIGINS = ["https://khuyencong.gov.vn"]
    assert antispam.same_origin(rf.post("/", **headers)) is allowed


def test_form_mixin_limits_links(settings):
    settings.KCQG_MAX_LINKS = 1
    form = CommentForm(_data(message="https://a.vn https://b.vn"))
    assert not form.is_valid()
    assert form.has_error("message", "links")
