"""The e-mails: the confirmation, an alert (one item) and a digest (several items).

Each has a plain-text and an HTML part, in the subscription's language, links on the
configured site origin (``website.origin.absolute``), and (alerts and digests) the
``List-Unsubscribe`` and ``List-Unsubscribe-Post: List-Unsubscribe=One-Click`` headers of
RFC 8058 besides a visible unsubscribe link. The Message-ID is derived from what is sent,
so a message sent again after a crash is recognisably the same message.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from website.origin import absolute, origin

from . import tokens


def _url(name, token):
    return absolute(reverse(f"alerts:{name}", args=[token]))


def _domain():
    return origin().split("://", 1)[-1].split(":", 1)[0] or "localhost"


def message_id(kind, *parts):
    return f"<kcqg-{kind}-{'-'.join(str(p) for p in parts)}@{_domain()}>"


def links(subscription):
    return {
        "manage_url": _url("manage", tokens.manage_token(subscription.email)),
        "unsubscribe_url": _url("unsubscribe", tokens.unsubscribe_token(subscription)),
    }


def _message(subscription, subject, template, context, headers=None):
    context = {"subscription": subscription, "site_url": absolute("/"), **context}
    text = render_to_string(f"components/alerts/{template}.txt", context)
    html = render_to_string(f"components/alerts/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject.replace("\n", " "),
        body=text,
        from_email=getattr(settings, "KCQG_ALERTS_FROM_EMAIL", None) or settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation(subscription):
    with translation.override(subscription.language):
        url = _url("confirm", tokens.confirm_token(subscription))
        subject = gettext("Xác nhận đăng ký nhận thông báo: %(what)s") % {
            "what": subscription.description
        }
        hours = tokens.confirm_max_age() // 3600
        return _message(
            subscription,
            subject,
            "confirm_email",
            {"confirm_url": url, "hours": hours, **links(subscription)},
            headers={"Message-ID": message_id("confirm", subscription.pk)},
        )


def alert(subscription, items, message_key):
    """An alert of one item, or a digest of several. ``items``: dicts with ``title``,
    ``summary``, ``date`` and ``url`` (absolute)."""
    with translation.override(subscription.language):
        context = links(subscription)
        if len(items) == 1:
            subject = gettext("Mới: %(title)s") % {"title": items[0]["title"]}
        else:
            subject = gettext("%(count)s nội dung mới: %(what)s") % {
                "count": len(items),
                "what": subscription.description,
            }
        headers = {
            "Message-ID": message_id(*message_key),
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        }
        return _message(subscription, subject, "alert_email", {"items": items, **context}, headers)
