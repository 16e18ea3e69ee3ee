"""Public forms that post onto a cached page: one sequence for every app.

A public form (a reader comment under an article, a producer inquiry on a product page,
...) sits on a page that is served to everybody from the page cache
(``website.page_cache``). Such a page must hold no CSRF token (a token belongs to one
reader; a page with one is never cached), so the form posts, not to the page, but to
one ``csrf_exempt`` address per language:

    POST /gui-bieu-mau/<form name>/<page id>/        (Vietnamese)
    POST /en/forms/<form name>/<page id>/            (English)

or to an address of the app's own routed to the same view (``post``), as news does for
comments (``/y-kien/<id>/``, ``/en/comments/<id>/``).

A form of the whole site rather than of one page (the e-mail alerts' subscription form,
shown on the finder, the guide, the news lists and the home page; what it subscribes to
is signed into the form itself) registers ``pages=None`` and posts to its app's own
address without a page id (``/thong-bao/dang-ky/``); its handler gets ``page=None`` and
answers an invalid form and a stored one itself (``invalid`` and ``respond`` below).

The contract
------------

An app registers a form once, when its ``AppConfig.ready()`` imports its ``views.py``::

    public_forms.register(
        "inquiry",                      # the name in the URL and in the template tags
        pages=ProductPage,              # the page model (or a callable -> queryset;
                                        # None: a form of the whole site, no page)
        handler=receive_inquiry,        # fn(request, page) -> Submission | HttpResponse
        rate_scope="inquiry",           # website.antispam rate limit (KCQG_RATE_LIMITS)
        sent={"vi": ("lien-he", "da-gui"), "en": ("inquiry", "sent")},
        fragment="lien-he",             # the form's section on the page
        form_kwarg="inquiry_form",      # page.serve(request, inquiry_form=form)
        url_name="",                    # the app's own URL name, if it has one
    )

``post`` then does, in this order, the same for every form:

1. the page: live and public (``website.visibility.public_q``), of the registered model,
   else 404; a GET is 405; the page's language is active for everything below;
2. same origin (``website.antispam.same_origin``): a post from another site is 403 with
   ``errors/foreign_form.html``, before anything is counted;
3. the rate limit of ``rate_scope``: 429 with a readable page and ``Retry-After``;
4. ``handler(request, page)``: builds the bound form (an ``AntiSpamFormMixin`` form) and
   returns ``Submission(form, save, after=None, invalid=None, respond=None)``; or
   returns a response of its own (a form that is closed: ``render_page(..., status=403)``);
5. an invalid form: ``invalid(form)`` when the handler gave one (the form's errors on a
   page of its own, on the host route, ...), else the page rendered by
   ``page.serve(request, **{form_kwarg: form})``, status 400, never cached, the reader's
   text kept;
6. in one transaction: the form's single-use token claimed (``form.claim_token``) and
   ``save()`` called; a used token is answered as an invalid form (step 5). Nothing is
   stored without the token and no token is used up without the store;
7. ``after(saved)`` once the transaction is over (an e-mail, ...);
8. ``respond(saved)`` when the handler gave one (a "check your inbox" page, a redirect
   of its own), else 303 to the page URL with the language's "sent" marker and the
   fragment (``/san-pham/binh-gom/?lien-he=da-gui#lien-he``): another page-cache key,
   whose page shows the thank-you message. Spam gets the same answer as a real post.

A form of no page (``pages=None``) must give ``invalid`` and ``respond``; its 403 and
429 pages lead back to the home page.

Why ``csrf_exempt`` is safe: the view acts for nobody logged in (it reads no session and
no cookie), a cross-site browser post is refused by the origin check, and the form's
signed timestamp (scope per form, single use per client address) and the rate limit stop
replays and floods (see ``news.comments`` and ``website.antispam``).

On the page, the template asks for the form's address and whether it was just sent::

    {% load public_forms %}
    <form method="post" action="{% public_form_action "inquiry" page %}">  (no csrf_token)
    {% public_form_sent "inquiry" page as inquiry_sent %}

(``context(request, name, page)`` gives both to Python code.)
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.http import Http404, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from website.antispam import rate_limit_allows, rate_limited_response, same_origin
from website.visibility import public_q

URL_NAME = "public_form"


@dataclass(frozen=True)
class PublicForm:
    name: str
    pages: Any
    handler: Callable
    rate_scope: str
    sent: dict
    fragment: str
    form_kwarg: str
    url_name: str = ""

    @property
    def has_pages(self):
        return self.pages is not None

    def queryset(self):
        pages = self.pages
        if isinstance(pages, type) and issubclass(pages, models.Model):
            pages = pages.objects.all()
        elif callable(pages):
            pages = pages()
        return pages.live().filter(public_q()).select_related("locale")

    def sent_param(self, language):
        return self.sent.get((language or "vi")[:2]) or self.sent["vi"]


@dataclass
class Submission:
    """What a handler hands back: the bound form, how to store what was sent (called in
    the transaction that claims the form's token; returns what it stored), and what to
    do once stored (called after the transaction with that value)."""

    form: Any
    save: Callable[[], Any]
    after: Callable[[Any], None] | None = None
    # The answer to an invalid form (or a used token), and to a stored one, when the
    # form's own page with the bound form / the "sent" marker is not the answer.
    invalid: Callable[[Any], HttpResponseBase] | None = None
    respond: Callable[[Any], HttpResponseBase] | None = None


_FORMS = {}


def register(
    name, *, pages, handler, rate_scope, sent=None, fragment="", form_kwarg="", url_name=""
):
    """Register the public form ``name`` (see the module docstring)."""
    if pages is None:
        if not url_name:
            raise ImproperlyConfigured(f"Public form {name!r} of no page: it needs a url_name")
    elif "vi" not in (sent or {}):
        raise ImproperlyConfigured(f"Public form {name!r}: 'sent' needs a Vietnamese marker")
    entry = PublicForm(
        name, pages, handler, rate_scope, dict(sent or {}), fragment, form_kwarg, url_name
    )
    if _FORMS.setdefault(name, entry) != entry:
        raise ImproperlyConfigured(f"Two public forms named {name!r}")
    return entry


def get(name):
    try:
        return _FORMS[name]
    except KeyError:
        raise ImproperlyConfigured(
            f"No public form {name!r}: the app's views.py registers it "
            "(website.public_forms.register), imported from its AppConfig.ready()"
        ) from None


def action_url(name, page=None):
    """The address the form ``name`` on ``page`` posts to, with its fragment (a form of
    no page: its address in the active language)."""
    entry = get(name)
    if not entry.has_pages:
        return reverse(entry.url_name)
    with translation.override(page.locale.language_code):
        if entry.url_name:
            url = reverse(entry.url_name, kwargs={"page_id": page.pk})
        else:
            url = reverse(URL_NAME, kwargs={"form_name": name, "page_id": page.pk})
    return f"{url}#{entry.fragment}"


def was_sent(request, name, page):
    """True on the page a successful post was sent back to (its "sent" marker)."""
    if request is None:
        return False
    param, value = get(name).sent_param(page.locale.language_code)
    return request.GET.get(param) == value


def context(request, name, page):
    return {"action": action_url(name, page), "sent": was_sent(request, name, page)}


def sent_url(request, name, page):
    entry = get(name)
    param, value = entry.sent_param(page.locale.language_code)
    return f"{page.get_url(request)}?{param}={value}#{entry.fragment}"


def render_page(request, page, name, form, status):
    """The page with ``form`` (bound, with its errors) in place of a fresh one."""
    response = page.serve(request, **{get(name).form_kwarg: form})
    response.status_code = status
    return response


@csrf_exempt
@require_POST
@never_cache
def post(request, form_name, page_id=None):
    entry = _FORMS.get(form_name)
    if entry is None or entry.has_pages != (page_id is not None):
        raise Http404("No such form")
    if not entry.has_pages:
        # A form of the whole site: in the language of the address it was sent to.
        return receive(request, entry, None)
    page = get_object_or_404(entry.queryset(), pk=page_id)
    request.is_preview = False
    # Errors and messages in the page's language, whatever the address it was sent to.
    with translation.override(page.locale.language_code):
        response = receive(request, entry, page)
        if hasattr(response, "render"):
            response.render()
    return response


def receive(request, entry, page):
    back = {"back_url": page.get_url(request), "page": page} if page else {"back_url": "/"}
    if not same_origin(request):
        return render(request, "errors/foreign_form.html", back, status=403)
    if not rate_limit_allows(request, entry.rate_scope):
        return rate_limited_response(request, scope=entry.rate_scope, context=back)
    submission = entry.handler(request, page)
    if isinstance(submission, HttpResponseBase):
        return submission
    form = submission.form
    invalid = submission.invalid or (lambda form: render_page(request, page, entry.name, form, 400))
    if not form.is_valid():
        return invalid(form)
    with transaction.atomic():
        # The token is used up only if what was sent is stored, and the other way round.
        if not form.claim_token(request):
            return invalid(form)
        saved = submission.save()
    if submission.after is not None:
        submission.after(saved)
    if submission.respond is not None:
        return submission.respond(saved)
    return HttpResponseRedirect(sent_url(request, entry.name, page), status=303)
