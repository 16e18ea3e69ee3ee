"""Image renditions: made when a page is published, fetched for many images at once.

On publish, the page, its parent (a listing shows its card) and its home page
(sections show cards) are rendered once as an anonymous reader would see them:
every {% image %} / {% picture %} they hold creates its renditions then. The
work runs as a task (django-tasks; Wagtail's default backend runs it at once,
after the transaction commits; a queue backend moves it off the request).

When a page shows many pictures, ``attach_renditions(images)`` fetches the existing
renditions of them all in one query; inside ``batched()`` (the home page's sections)
the images of every call are fetched together when the block ends.
"""

import contextlib
import copy
import logging
import threading

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.test import RequestFactory
from django.utils import translation
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.models import Page

from website.compiled import compiled_objects

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


def attach_renditions(images):
    """Fetch the existing renditions of all these images (None is skipped) in one query.

    Each image then finds its renditions without a query of its own (where Wagtail's
    ``prefetch_renditions()`` puts them), so a page's query count does not grow with
    the number of pictures on it. Inside ``batched()`` the images wait for the end of
    the block, and are fetched with the others then.
    """
    images = [image for image in images if image is not None]
    waiting = getattr(_state, "batch", None)
    if waiting is not None:
        waiting.extend(images)
    elif images:
        _attach(images)


@contextlib.contextmanager
def batched():
    """The renditions of every ``attach_renditions()`` call inside, in one query at the
    end (the images have none before it: build contexts inside, render after)."""
    outer = getattr(_state, "batch", None)
    _state.batch = images = []
    try:
        yield
    finally:
        _state.batch = outer
    attach_renditions(images)


def _attach(images):
    Rendition = get_image_model().get_rendition_model()
    image_ids = sorted({image.pk for image in images})
    by_image = {}
    found = compiled_objects(
        ("website", "renditions", len(image_ids)),
        lambda values: Rendition.objects.filter(image_id__in=values),
        image_ids,
    )
    for rendition in found:
        by_image.setdefault(rendition.image_id, []).append(rendition)
    given = set()
    for image in images:
        own = []
        for rendition in by_image.get(image.pk, []):
            # Each image instance gets its own renditions: a body image carries its own
            # alt text, and the rendition must not fetch its image again. The first
            # instance of an image takes the fetched ones, later instances copies.
            if id(rendition) in given:
                rendition = copy.copy(rendition)
            given.add(id(rendition))
            rendition.image = image
            own.append(rendition)
        image.prefetched_renditions = own


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
