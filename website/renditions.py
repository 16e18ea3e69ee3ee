"""Image renditions are made when a page is published, not on a reader's first view.

On publish, the page, its parent (a listing shows its card) and its home page
(sections show cards) are rendered once as an anonymous reader would see them:
every {% image %} / {% picture %} they hold creates its renditions then. The
work runs as a task (django-tasks; Wagtail's default backend runs it at once,
after the transaction commits; a queue backend moves it off the request).
"""

import contextlib
import logging
import threading

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.test import RequestFactory
from django.utils import translation
from django_tasks import task
from wagtail.models import Page

logger = logging.getLogger(__name__)
_state = threading.local()


@contextlib.contextmanager
def suspended():
    """No warming inside (bulk loads warm once at the end, or not at all)."""
    previous = getattr(_state, "suspended", False)
    _state.suspended = True
    try:
        yield
    finally:
        _state.suspended = previous


def render_as_reader(page):
    """Render a live page as an anonymous reader; its renditions get made.

    The page is routed as Wagtail's serve view routes its URL: a routable page
    (the news index, the policy finder) answers from the view of its own root
    path, with that view's context; ``page.serve(request)`` alone would render
    its template without it. Returns the response, or None for a page no reader
    can reach (not live, no site, no URL).
    """
    page = page.specific
    site = page.get_site()
    if site is None or not page.live:
        return None
    url = page.get_url()
    if not url:
        return None
    request = RequestFactory().get(url, HTTP_HOST=site.hostname, SERVER_NAME=site.hostname)
    request.user = AnonymousUser()
    request.session = {}
    request._wagtail_site = site
    with translation.override(page.locale.language_code):
        routed, args, kwargs = page.route(request, [])
        response = routed.serve(request, *args, **kwargs)
        if hasattr(response, "render"):
            response.render()
    return response


@task()
def warm_page(page_id):
    pages = []
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    pages.append(page)
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        pages.append(parent)
        home = page.get_ancestors().filter(depth=2).first()
        if home is not None and home.pk != parent.pk:
            pages.append(home)
    for item in pages:
        try:
            render_as_reader(item)
        except Exception:  # noqa: BLE001 - warming is best effort, never blocks publishing
            logger.exception("could not pre-render page %s", item.pk)


def on_page_published(sender, instance, **kwargs):
    if getattr(_state, "suspended", False) or not getattr(settings, "KCQG_WARM_ON_PUBLISH", True):
        return
    page_id = instance.pk
    transaction.on_commit(lambda: warm_page.enqueue(page_id))
