"""Protections shared by every public form (producer inquiries, reader comments).

    class InquiryForm(AntiSpamFormMixin, forms.ModelForm):
        antispam_scope = "inquiry"          # names the rate limit and the signed timestamp
        antispam_text_fields = ("message",)  # checked for links and banned words
        antispam_email_field = "email"

    if not rate_limit_allows(request, "inquiry"):
        return rate_limited_response(request)
    form = InquiryForm(request.POST)
    if form.is_valid():
        spam_reasons = form.spam_reasons()   # banned words or domains → keep, but mark as spam
        ip_hash = hash_ip(client_ip(request))  # never store the raw address

Settings (all optional):

- ``KCQG_RATE_LIMITS``: ``{scope: (max submissions, window in seconds)}``; the
  ``"default"`` entry applies to scopes not listed.
- ``KCQG_FORM_MIN_SECONDS`` (3): a form sent sooner after it was shown is rejected.
- ``KCQG_FORM_MAX_AGE`` (2 days): a form shown longer ago must be sent again.
- ``KCQG_MAX_LINKS`` (2): more links than this in the text is rejected.
- ``KCQG_SPAM_WORDS``, ``KCQG_SPAM_DOMAINS``: lists; a match keeps the message but marks it
  as spam.
- ``KCQG_TRUSTED_PROXY_HEADER``: e.g. ``"HTTP_X_FORWARDED_FOR"`` when a proxy in front sets
  it; unset, the client address is ``REMOTE_ADDR``.
"""

import ipaddress
import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.shortcuts import render
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

DEFAULT_RATE_LIMITS = {"default": (5, 600)}
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|\b[\w.-]+\.(?:com|net|org|info|ru|xyz|top|vn)\b", re.I
)
DOMAIN_RE = re.compile(r"(?:https?://)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})", re.I)


# Client address ---------------------------------------------------------------------------


def _valid_ip(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except (ValueError, AttributeError):
        return None


def client_ip(request):
    """The client's address: REMOTE_ADDR, or the right-most entry of the trusted proxy header.

    The right-most entry is the one our own proxy added; entries further left come from the
    client and can be forged.
    """
    header = getattr(settings, "KCQG_TRUSTED_PROXY_HEADER", None)
    if header:
        values = [v for v in request.META.get(header, "").split(",") if v.strip()]
        if values:
            address = _valid_ip(values[-1])
            if address:
                return address
    return _valid_ip(request.META.get("REMOTE_ADDR", "")) or "0.0.0.0"  # noqa: S104


def hash_ip(address):
    """A salted, keyed hash of an address: enough to group submissions, never the address."""
    return salted_hmac("kcqg.antispam.ip", address or "", algorithm="sha256").hexdigest()[:32]


# Rate limit -------------------------------------------------------------------------------


def rate_limit_for(scope):
    """(count, seconds) of ``scope``. A scope ``"name:detail"`` (a counter of its own per
    detail, e.g. per password-protected page) has the limit of ``"name"``."""
    limits = {**DEFAULT_RATE_LIMITS, **getattr(settings, "KCQG_RATE_LIMITS", {})}
    return limits.get(scope) or limits.get(scope.split(":", 1)[0]) or limits["default"]


def rate_limit_allows(request, scope, *, count=True):
    """True while this client has sent fewer than the scope's limit in the current window.

    Each call counts one submission (``count=False`` only looks).
    """
    limit, window = rate_limit_for(scope)
    bucket = int(time.time() // window)
    key = f"kcqg:rl:{scope}:{hash_ip(client_ip(request))}:{bucket}"
    if not count:
        return cache.get(key, 0) < limit
    if cache.add(key, 1, timeout=window + 5):
        used = 1
    else:
        try:
            used = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window + 5)
            used = 1
    return used <= limit


def rate_limited_response(request, scope="default", template="errors/429.html", context=None):
    """HTTP 429 with a readable page in the active language."""
    _limit, window = rate_limit_for(scope)
    response = render(
        request,
        template,
        {"minutes": max(1, window // 60), **(context or {})},
        status=429,
    )
    response["Retry-After"] = str(window)
    return response


# Content checks ---------------------------------------------------------------------------


def count_links(text):
    return len(URL_RE.findall(text or ""))


def spam_reasons(text, email=""):
    """Why ``text`` (and the sender's e-mail) look like spam: banned words and domains."""
    reasons = []
    lowered = (text or "").lower()
    for word in getattr(settings, "KCQG_SPAM_WORDS", []):
        if re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", lowered):
            reasons.append(f"word:{word}")
    banned = {d.lower().lstrip(".") for d in getattr(settings, "KCQG_SPAM_DOMAINS", [])}
    if banned:
        domains = {d.lower() for d in DOMAIN_RE.findall(text or "")}
        if email and "@" in email:
            domains.add(email.rsplit("@", 1)[1].lower())
        for domain in sorted(domains):
            if any(domain == b or domain.endswith("." + b) for b in banned):
                reasons.append(f"domain:{domain}")
    return reasons


# Signed timestamp -------------------------------------------------------------------------


def sign_timestamp(scope, now=None):
    return signing.dumps(
        {"s": scope, "t": int(now if now is not None else time.time())},
        salt="kcqg.antispam.ts",
        compress=True,
    )


def timestamp_age(value, scope, now=None):
    """Seconds since the signed timestamp was issued for ``scope``; None when forged."""
    try:
        data = signing.loads(value or "", salt="kcqg.antispam.ts")
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("s") != scope or not isinstance(data.get("t"), int):
        return None
    return (now if now is not None else time.time()) - data["t"]


# Form mixin -------------------------------------------------------------------------------


class AntiSpamFormMixin:
    """Adds a honeypot and a signed timestamp to a form, and checks links in its text."""

    antispam_scope = "default"
    antispam_text_fields = ("message",)
    antispam_email_field = None
    honeypot_name = "website_url"
    timestamp_name = "form_ts"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.honeypot_name] = forms.CharField(
            label=_("Để trống ô này"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[self.timestamp_name] = forms.CharField(required=False, widget=forms.HiddenInput)
        self.initial[self.timestamp_name] = sign_timestamp(self.antispam_scope)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(self.honeypot_name):
            raise forms.ValidationError(
                _("Không gửi được. Xin để trống ô cuối cùng và gửi lại."), code="honeypot"
            )
        age = timestamp_age(cleaned.get(self.timestamp_name), self.antispam_scope)
        min_seconds = getattr(settings, "KCQG_FORM_MIN_SECONDS", 3)
        max_age = getattr(settings, "KCQG_FORM_MAX_AGE", 2 * 24 * 3600)
        if age is None or age > max_age:
            self._renew_timestamp()
            raise forms.ValidationError(
                _("Biểu mẫu đã hết hạn. Xin kiểm tra lại nội dung và gửi lại."), code="expired"
            )
        if age < min_seconds:
            self._renew_timestamp()
            raise forms.ValidationError(
                _("Biểu mẫu được gửi quá nhanh. Xin kiểm tra lại nội dung và gửi lại."),
                code="too_fast",
            )
        max_links = getattr(settings, "KCQG_MAX_LINKS", 2)
        for name in self.antispam_text_fields:
            if count_links(cleaned.get(name)) > max_links:
                self.add_error(
                    name,
                    forms.ValidationError(
                        _("Nội dung có quá nhiều đường liên kết (tối đa %(max)s)."),
                        code="links",
                        params={"max": max_links},
                    ),
                )
        return cleaned

    def _renew_timestamp(self):
        # The re-rendered form carries a fresh timestamp, so a person can simply resend.
        if self.is_bound:
            data = self.data.copy()
            data[self.add_prefix(self.timestamp_name)] = sign_timestamp(self.antispam_scope)
            self.data = data

    def spam_reasons(self):
        """Banned words or domains in the cleaned text: keep the message, mark it as spam."""
        text = "\n".join(str(self.cleaned_data.get(n) or "") for n in self.antispam_text_fields)
        email = (
            self.cleaned_data.get(self.antispam_email_field) if self.antispam_email_field else ""
        )
        return spam_reasons(text, email or "")
