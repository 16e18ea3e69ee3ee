"""Signed links in the e-mails: no account, no stored token.

- confirm: the subscription's id, valid ``KCQG_ALERTS_CONFIRM_MAX_AGE`` seconds;
- unsubscribe: the subscription's id (one click, RFC 8058), no expiry;
- manage: the address (every subscription of it), no expiry.

Deleting the subscription makes its links name nothing.
"""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "kcqg.alerts.confirm"
UNSUBSCRIBE_SALT = "kcqg.alerts.unsubscribe"
MANAGE_SALT = "kcqg.alerts.manage"


def confirm_max_age():
    return getattr(settings, "KCQG_ALERTS_CONFIRM_MAX_AGE", 3 * 24 * 3600)


def make(salt, value):
    return signing.dumps(value, salt=salt, compress=True)


def read(salt, token, max_age=None):
    """The signed value, or None (forged, expired or malformed)."""
    try:
        return signing.loads(token or "", salt=salt, max_age=max_age)
    except (signing.BadSignature, ValueError):
        return None


def confirm_token(subscription):
    return make(CONFIRM_SALT, subscription.pk)


def unsubscribe_token(subscription):
    return make(UNSUBSCRIBE_SALT, subscription.pk)


def manage_token(email):
    return make(MANAGE_SALT, email.lower())
