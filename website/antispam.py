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
- ``KCQG_TRUSTED_PROXIES``: the addresses (or networks) of those proxies, default the
  loopback addresses; the header is believed only from them.

Rate limits and used tokens are counted in the database (``website.limits``), so they
hold across workers and machines and whether Redis is up or not.
"""

import hashlib
import ipaddress
import re
import secrets
import time
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core import signing
from django.shortcuts import render
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from website import limits

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


def trusted_proxies():
    """The networks whose forwarded-address header is believed (``KCQG_TRUSTED_PROXIES``)."""
    networks = []
    for value in getattr(settings, "KCQG_TRUSTED_PROXIES", ("127.0.0.1", "::1")):
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            continue
    return networks


def _trusted(address, networks):
    ip = ipaddress.ip_address(address)
    return any(ip in network for network in networks)


def client_ip(request):
    """The client's address, for rate limits, read counts and the login lockout (django-axes).

    ``REMOTE_ADDR``, unless ``KCQG_TRUSTED_PROXY_HEADER`` is set and the request came from
    one of ``KCQG_TRUSTED_PROXIES``: then the right-most address in the header that is not
    a trusted proxy itself. Each proxy appends the address it was reached from, so entries
    further left come from the client and can be forged; a request that reaches the app
    without the proxy cannot choose its address at all.
    """
    remote = _valid_ip(request.META.get("REMOTE_ADDR", "")) or "0.0.0.0"  # noqa: S104
    header = getattr(settings, "KCQG_TRUSTED_PROXY_HEADER", None)
    if not header:
        return remote
    networks = trusted_proxies()
    if remote == "0.0.0.0" or not _trusted(remote, networks):  # noqa: S104
        return remote
    address = remote
    for value in reversed(request.META.get(header, "").split(",")):
        if not value.strip():
            continue
        hop = _valid_ip(value)
        if hop is None:
            break  # garbage left of a trusted hop: the nearest known address stands
        address = hop
        if not _trusted(hop, networks):
            break
    return address


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

    Each call counts one submission (``count=False`` only looks). Counted in the database
    (``website.limits``): every worker sees the same count.
    """
    limit, window = rate_limit_for(scope)
    key = f"rl:{scope}:{hash_ip(client_ip(request))}"
    if not count:
        return limits.peek(key) < limit
    return limits.hit(key, window) <= limit


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


# Origin ----------------------------------------------------------------------------------


def _origin_of(url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def site_origins(request):
    """This site's own origin (the request's scheme and host) and ``CSRF_TRUSTED_ORIGINS``."""
    own = f"{request.scheme}://{request.get_host()}".lower()
    trusted = [o.lower().rstrip("/") for o in getattr(settings, "CSRF_TRUSTED_ORIGINS", [])]
    return {own, *trusted}


def same_origin(request):
    """False when a browser says the request comes from another site.

    ``Origin`` first (browsers send it with every cross-site POST; ``null`` counts as
    foreign), else the origin of ``Referer``. Without either header the request is let
    through: browsers never leave out both on a cross-site form post, and a client that
    is not a browser could send whatever headers it liked, so the signed single-use token,
    the honeypot and the rate limit are what stop it.
    """
    origin = request.META.get("HTTP_ORIGIN")
    if origin is not None:
        return _origin_of(origin.strip()) in site_origins(request)
    referer = request.META.get("HTTP_REFERER")
    if referer:
        return _origin_of(referer.strip()) in site_origins(request)
    return True


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
    # "n": a random nonce, so that every form shown carries a token of its own.
    return signing.dumps(
        {"s": scope, "t": int(now if now is not None else time.time()), "n": secrets.token_hex(6)},
        salt="kcqg.antispam.ts",
        compress=True,
    )


def claim_token(request, scope, value):
    """Record that this client used the signed token ``value``: True the first time.

    A token works once per client address. Not once for everybody: the page cache (and a
    CDN) hands the same form, token included, to every reader of a page for a few
    minutes, and each of them may comment once with it.
    """
    token = hashlib.sha256((value or "").encode()).hexdigest()[:32]
    max_age = getattr(settings, "KCQG_FORM_MAX_AGE", 2 * 24 * 3600)
    key = f"tok:{scope}:{token}:{hash_ip(client_ip(request))}"
    return limits.first(key, max_age + 60)


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

    def claim_token(self, request):
        """Use up the form's token for this client; False (with a form error and a fresh
        token) when it was used already. Call it once the form is valid, in the same
        transaction that stores what was sent."""
        if claim_token(request, self.antispam_scope, self.cleaned_data.get(self.timestamp_name)):
            return True
        self._renew_timestamp()
        self.add_error(
            None,
            forms.ValidationError(
                _(
                    "Biểu mẫu này đã được gửi. Nếu bạn muốn gửi thêm, xin gửi lại biểu mẫu dưới đây."
                ),
                code="used",
            ),
        )
        return False

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
