"""The alerts' own pages: the subscription form's handler, and the pages the e-mails
link to.

The subscription form is shown on cached pages (finder, guide results, news lists, home):
it is the public form "alert" of ``website.public_forms``, a form of the whole site
(``pages=None``: what it subscribes to, and from which page, is signed into the form),
posted to ``/thong-bao/dang-ky/`` (``/en/alerts/subscribe/``). The primitive does the
same-origin check and the per-IP rate limit (scope ``"alerts"``), the honeypot and the
signed fill time (the form's ``AntiSpamFormMixin``), and the single-use token; the
handler adds the per-address limit on confirmation mails, and answers with its own pages:
the errors (400) and "check your inbox" (200), the same whether the address was new,
waiting for confirmation or subscribed already.

The linked pages act on a signed token (``alerts.tokens``), never on a session: a GET
only shows a button, the button POSTs (a mail scanner that opens links changes nothing).
The one-click unsubscribe POST (RFC 8058) comes from mail providers: no origin check.
"""

import hashlib

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from website import limits, public_forms
from website.antispam import same_origin

from . import tokens
from .forms import FrequencyForm, SubscribeForm
from .models import Frequency, Subscription
from .queries import subscriptions_of
from .tasks import send_confirmation

RATE_SCOPE = "alerts"


def _foreign(request):
    return render(request, "errors/foreign_form.html", {"back_url": "/"}, status=403)


def _language(code):
    codes = {c for c, _name in settings.LANGUAGES}
    return code if code in codes else settings.LANGUAGE_CODE


def address_allows_mail(email):
    """The per-address limit on confirmation mails (``KCQG_ALERTS_MAILS_PER_ADDRESS``)."""
    count, window = getattr(settings, "KCQG_ALERTS_MAILS_PER_ADDRESS", (3, 24 * 3600))
    digest = hashlib.sha256(email.lower().encode()).hexdigest()[:32]
    return limits.hit(f"alerts-mail:{digest}", window) <= count


def receive_subscription(request, page):
    """A subscription posted from any page (``page`` is None: a form of the whole site)."""
    form = SubscribeForm(request.POST, auto_id="alert-%s")

    def invalid(form):
        return render(request, "pages/alerts/subscribe.html", {"form": form}, status=400)

    def save():
        kind, filters, description, source, language = form.cleaned_data["scope"]
        email = form.cleaned_data["email"]
        frequency = form.cleaned_data["frequency"]
        language = _language(language)
        existing = [
            s
            for s in Subscription.objects.select_for_update().filter(
                email=email, kind=kind, language=language
            )
            if s.filters == filters
        ]
        subscription = existing[0] if existing else None
        if subscription is None:
            subscription = Subscription.objects.create(
                email=email,
                kind=kind,
                language=language,
                filters=filters,
                description=description,
                frequency=frequency,
                source=source,
            )
        elif not subscription.confirmed:
            subscription.frequency = frequency
            subscription.save(update_fields=["frequency"])
        if not subscription.confirmed and address_allows_mail(email):
            transaction.on_commit(lambda: send_confirmation.enqueue(subscription.pk))
        return {"email": email, "description": description, "back_url": source or "/"}, language

    def respond(saved):
        # The same page whatever the address's state: nothing tells who is subscribed.
        sent, language = saved
        with translation.override(language):
            return render(request, "pages/alerts/subscribe_sent.html", sent)

    return public_forms.Submission(form, save, invalid=invalid, respond=respond)


public_forms.register(
    "alert",
    pages=None,
    handler=receive_subscription,
    rate_scope=RATE_SCOPE,
    url_name="alerts:subscribe",
)


def _invalid(request):
    return render(request, "pages/alerts/invalid_link.html", status=404)


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
def confirm(request, token):
    pk = tokens.read(tokens.CONFIRM_SALT, token, max_age=tokens.confirm_max_age())
    subscription = Subscription.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if subscription is None:
        return _invalid(request)
    with translation.override(subscription.language):
        if request.method == "POST":
            if not same_origin(request):
                return _foreign(request)
            if not subscription.confirmed:
                subscription.confirmed_at = timezone.now()
                subscription.save(update_fields=["confirmed_at"])
            url = reverse("alerts:manage", args=[tokens.manage_token(subscription.email)])
            return HttpResponseRedirect(f"{url}?done=confirmed", status=303)
        return render(request, "pages/alerts/confirm.html", {"subscription": subscription})


DONE = {"confirmed", "changed", "unsubscribed"}


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
def manage(request, token):
    email = tokens.read(tokens.MANAGE_SALT, token)
    if not isinstance(email, str) or "@" not in email:
        return _invalid(request)
    subscriptions = list(subscriptions_of(email))
    if request.method == "POST":
        if not same_origin(request):
            return _foreign(request)
        action = request.POST.get("action")
        if action == "delete-all":
            subscriptions_of(email).delete()
            return render(request, "pages/alerts/deleted.html", {"email": email})
        by_pk = {str(s.pk): s for s in subscriptions}
        subscription = by_pk.get(request.POST.get("subscription", ""))
        if subscription is None or action not in {"frequency", "unsubscribe"}:
            return render(
                request,
                "pages/alerts/manage.html",
                {"email": email, "subscriptions": subscriptions, "bad_request": True},
                status=400,
            )
        if action == "unsubscribe":
            subscription.delete()
            done = "unsubscribed"
        else:
            form = FrequencyForm(request.POST)
            if not form.is_valid():
                return render(
                    request,
                    "pages/alerts/manage.html",
                    {"email": email, "subscriptions": subscriptions, "bad_request": True},
                    status=400,
                )
            subscription.frequency = form.cleaned_data["frequency"]
            subscription.save(update_fields=["frequency"])
            done = "changed"
        return HttpResponseRedirect(f"{request.path}?done={done}", status=303)
    done = request.GET.get("done")
    return render(
        request,
        "pages/alerts/manage.html",
        {
            "email": email,
            "subscriptions": subscriptions,
            "done": done if done in DONE else None,
            "frequencies": Frequency.choices,
        },
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
def unsubscribe(request, token):
    """One click: a POST (the button, or a mail provider's RFC 8058 request) deletes the
    subscription; a GET only asks."""
    pk = tokens.read(tokens.UNSUBSCRIBE_SALT, token)
    if not isinstance(pk, int):
        return _invalid(request)
    subscription = Subscription.objects.filter(pk=pk).first()
    language = subscription.language if subscription else translation.get_language()
    with translation.override(language):
        if request.method == "POST":
            if subscription is not None:
                subscription.delete()
            return render(request, "pages/alerts/unsubscribed.html", {"subscription": subscription})
        if subscription is None:
            return render(request, "pages/alerts/unsubscribed.html", {"subscription": None})
        return render(
            request,
            "pages/alerts/unsubscribe.html",
            {
                "subscription": subscription,
                "manage_url": reverse(
                    "alerts:manage", args=[tokens.manage_token(subscription.email)]
                ),
            },
        )
