"""The view counter: reads of a page, per day and in all, for the pages that opt in.

A page type opts in by inheriting ``ViewCounted`` and putting ``{% view_beacon page %}``
(``{% load view_counter %}``) in its template. The page HTML may be served from a cache,
so the count happens at the beacon, per read: a POST to /views/<page_id>/ (a GET pixel
for readers without JavaScript). Only a live, public page of a type that opted in is
counted; anything else answers 404.

Who counts as a reader: bots are not counted, one client address counts once per page
per 30 minutes. The address, not the browser: a new User-Agent is free to send, so keyed
on it anyone could push an article into "most read" from one machine (40 beacons with 40
user agents counted 40). Readers behind one address (an office, a carrier's NAT) count
once between them per half hour, which errs on the side of fewer views. The
de-duplication is kept in the database (``website.limits``), shared by every worker,
Redis or not.
"""

import base64
import datetime as dt
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from website import limits
from website.antispam import client_ip, hash_ip
from website.models import PageViewDay, PageViewTotal
from website.visibility import public_q


class ViewCounted:
    """A page type whose reads are counted (the beacon answers 404 for any other).

    ``view_count_field``: the name of a field of the page's own that is raised with
    each counted read, in the same transaction (case studies sort on theirs); None
    when the running total (``view_total(page)``) is enough.
    """

    view_count_field = None


# "Most read" boxes: reads over the last week, the list kept for a few minutes.
MOST_READ_DAYS = 7
MOST_READ_CACHE_SECONDS = 300


def most_read(key, pages, n, days=MOST_READ_DAYS, newest="-first_published_at", title=None):
    """[{title, url, views}] of the ``n`` pages of ``pages()`` (a page queryset, built
    only when the cache misses) read most over the last ``days`` days (daily counts: an archive's old totals do not count),
    ties to the newest (``newest``: an ordering); ``title(page)`` gives the shown title
    (the page's own by default). Cached under ``key`` for a few minutes (the box is on
    many pages)."""
    cached = cache.get(key)
    if cached is not None:
        return cached
    since = timezone.localdate() - dt.timedelta(days=days - 1)
    ranked = (
        pages()
        .filter(view_days__day__gte=since)
        .annotate(recent_views=Sum("view_days__views"))
        .order_by("-recent_views", newest)[:n]
    )
    result = [
        {
            "title": title(page) if title else page.title,
            "url": page.url,
            "views": page.recent_views,
        }
        for page in ranked
    ]
    cache.set(key, result, MOST_READ_CACHE_SECONDS)
    return result


def view_total(page):
    """The page's total views (0 when never counted)."""
    try:
        return page.view_total.views
    except PageViewTotal.DoesNotExist:
        return 0


# Who is a reader -----------------------------------------------------------------

# Crawlers, link previewers, monitors and HTTP libraries. Real browsers, including
# the in-app browsers of Facebook and Zalo, do not match.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|"
    r"embedly|preview|headless|lighthouse|pagespeed|pingdom|uptime|monitor|"
    r"curl|wget|python|java/|go-http|okhttp|axios|node-fetch|httpclient|scrapy|"
    r"feedfetcher|feedparser|rss|bingpreview|yandex|baidu|coccoc.?bot|petalbot|"
    r"ahrefs|semrush|mj12|dotbot|applebot|duckduck|gptbot|claude|ccbot|bytespider",
    re.IGNORECASE,
)


def is_bot(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    if not agent or BOT_PATTERN.search(agent):
        return True
    # Prefetches and prerenders are not reads.
    purpose = request.META.get("HTTP_SEC_PURPOSE", "") or request.META.get("HTTP_PURPOSE", "")
    return "prefetch" in purpose.lower()


def dedupe_seconds():
    return getattr(settings, "NEWS_VIEW_DEDUPE_SECONDS", 30 * 60)


def client_key(request):
    """A keyed hash of the client's address (``website.antispam.client_ip``); no cookie."""
    return hash_ip(client_ip(request))


def first_read(request, page_id):
    """True the first time this client reads this page in the dedupe window.

    One atomic statement in the database: two simultaneous beacons count once, whichever
    worker each reaches.
    """
    seconds = dedupe_seconds()
    if seconds <= 0:
        return True
    return limits.first(f"seen:{page_id}:{client_key(request)}", seconds)


# Counting ------------------------------------------------------------------------


def _increment(model, lookup, by):
    """UPDATE … SET views = views + by; INSERT when there is no row; retry on a race."""
    if model.objects.filter(**lookup).update(views=F("views") + by):
        return
    try:
        with transaction.atomic():
            model.objects.create(**lookup, views=by)
    except IntegrityError:
        # Another request inserted the row between our UPDATE and INSERT.
        model.objects.filter(**lookup).update(views=F("views") + by)


def record_view(page_id, by=1, day=None, model=None):
    """Count ``by`` reads of a page today: atomic, nothing lost under concurrency.

    ``model``: the page's specific class; when it is ``ViewCounted`` with a
    ``view_count_field``, that field is raised too.
    """
    day = day or timezone.localdate()
    field = getattr(model, "view_count_field", None) if model is not None else None
    with transaction.atomic():
        _increment(PageViewDay, {"page_id": page_id, "day": day}, by)
        _increment(PageViewTotal, {"page_id": page_id}, by)
        if field:
            model.objects.filter(pk=page_id).update(**{field: F(field) + by})


# The beacon ----------------------------------------------------------------------

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def _countable(page_id):
    """The content type id of a live, public page (0 when it is not one to count);
    the answer is cached for a minute."""
    key = f"views:countable:{page_id}"
    content_type_id = cache.get(key)
    if content_type_id is None:
        content_type_id = (
            Page.objects.live()
            .filter(public_q())
            .filter(pk=page_id)
            .values_list("content_type_id", flat=True)
            .first()
        ) or 0
        cache.set(key, content_type_id, 60)
    return content_type_id


def _count(request, page_id):
    content_type_id = _countable(page_id)
    model = (
        ContentType.objects.get_for_id(content_type_id).model_class() if content_type_id else None
    )
    if model is None or not issubclass(model, ViewCounted):
        raise Http404
    if not is_bot(request) and first_read(request, page_id):
        record_view(page_id, model=model)


@csrf_exempt
@require_POST
@never_cache
def beacon(request, page_id):
    _count(request, page_id)
    return HttpResponse(status=204)


@require_safe
@never_cache
def pixel(request, page_id):
    if request.method == "GET":  # HEAD answers like GET, but reads nothing
        _count(request, page_id)
    return HttpResponse(PIXEL, content_type="image/gif")
