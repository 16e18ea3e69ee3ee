"""The news app's public helpers: what other apps (and the home page) may ask for.

from news.queries import latest, most_read
latest(locale, 5)       # the newest live, public articles of a language
most_read(locale, 5)    # ranked by views over the last 7 days
view_count(page)        # "Lượt xem" of any page
"""

import copy
import datetime as dt

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale

from news.models import NewsArticlePage, NewsIndexPage, PageViewDay, PageViewTotal
from website.sql import in_locale
from website.visibility import public_q

MOST_READ_DAYS = 7
MOST_READ_CACHE_SECONDS = 300
RELATED_LIMIT = 4
RELATED_POOL = 30
RELATED_TAGS = 8  # the first tags of a page feed the pool; all count in the ranking


def _locale_id(locale):
    if locale is None:
        return Locale.get_active().pk
    if isinstance(locale, Locale):
        return locale.pk
    if isinstance(locale, str):
        return Locale.objects.get(language_code=locale).pk
    return locale


def articles(locale, index=None):
    """Live, public articles of a language (a Locale, its code or id), newest first."""
    queryset = NewsArticlePage.objects.live().filter(public_q(), in_locale(_locale_id(locale)))
    if index is not None:
        queryset = queryset.descendant_of(index)
    return queryset.order_by("-publish_date", "-pk")


def for_listing(queryset):
    """What cards show, fetched in the same query; the body is left behind."""
    return queryset.select_related(
        "category", "author", "hero_image", "listing_image"
    ).defer_streamfields()


def attach_renditions(images):
    """Fetch the existing renditions of all these images in one query.

    Each image then finds its renditions without a query of its own, so a page's
    query count does not grow with the number of pictures on it.
    """
    images = [image for image in images if image is not None]
    if not images:
        return
    Rendition = get_image_model().get_rendition_model()
    by_image = {}
    for rendition in Rendition.objects.filter(image_id__in={image.pk for image in images}):
        by_image.setdefault(rendition.image_id, []).append(rendition)
    for image in images:
        own = []
        for rendition in by_image.get(image.pk, []):
            # Each image instance gets its own copies: a body image carries its own alt
            # text, and the rendition must not fetch its image again.
            rendition = copy.copy(rendition)
            rendition.image = image
            own.append(rendition)
        image.prefetched_renditions = own


def body_images(stream_value):
    """The images of the body's captioned-image blocks."""
    return [
        block.value["image"]
        for block in stream_value
        if block.block_type == "image" and block.value.get("image") is not None
    ]


def latest(locale=None, n=5):
    """The ``n`` newest live, public articles of a language, ready for cards."""
    result = list(for_listing(articles(locale))[:n])
    attach_renditions([article.card_image for article in result])
    return result


def index_for(locale=None):
    """The news index page of a language, or None."""
    return (
        NewsIndexPage.objects.live().filter(in_locale(_locale_id(locale))).order_by("path").first()
    )


def most_read(locale=None, n=5, days=MOST_READ_DAYS):
    """[{title, url, views}] of the most read articles over the last ``days`` days.

    Cached for a few minutes per language: the box is on every news page.
    """
    locale_id = _locale_id(locale)
    key = f"news:most-read:{locale_id}:{n}:{days}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    since = timezone.localdate() - dt.timedelta(days=days - 1)
    ranked = (
        articles(locale_id)
        .filter(view_days__day__gte=since)
        .annotate(recent_views=Sum("view_days__views"))
        .order_by("-recent_views", "-publish_date")
        .only("id", "title", "url_path", "listing_title", "locale_id")[:n]
    )
    result = [
        {"title": page.get_listing_title(), "url": page.url, "views": page.recent_views}
        for page in ranked
    ]
    cache.set(key, result, MOST_READ_CACHE_SECONDS)
    return result


def related_articles(page, limit=RELATED_LIMIT):
    """Articles to read next, in one query: the editor's choice first, then by shared
    tags and category, newest first.

    Never the page itself, never a draft or private page, always in the page's
    language. The automatic part draws from a bounded pool (the newest
    ``RELATED_POOL`` articles of the same category and of the same tags, read from
    their indexes), so its cost does not grow with the number of articles.
    """
    from news.models import NewsArticleTag

    tag_ids = [tag.pk for tag in page.tag_list]
    manual = _manual_related(page)
    parts = []
    if manual["keys"] is None:
        parts.append(
            NewsArticlePage.objects.filter(
                locale_id=page.locale_id,
                translation_key__in=manual["subquery"].values("article__translation_key"),
            ).values("pk")
        )
    elif manual["keys"]:
        parts.append(
            NewsArticlePage.objects.filter(
                locale_id=page.locale_id, translation_key__in=manual["keys"]
            ).values("pk")
        )
    for tag_id in tag_ids[:RELATED_TAGS]:
        # One part per tag: each is a short backward walk of the (tag, article) index.
        parts.append(
            NewsArticleTag.objects.filter(tag_id=tag_id)
            .order_by("-content_object_id")
            .values("content_object_id")[:RELATED_POOL]
        )
    if page.category_id:
        parts.append(
            NewsArticlePage.objects.filter(category_id=page.category_id, live=True)
            .order_by("-pk")
            .values("pk")[:RELATED_POOL]
        )
    if not parts:
        return []
    # SQLite allows no LIMIT inside a UNION's parts: each part is wrapped once more.
    parts = [NewsArticlePage.objects.filter(pk__in=part).order_by().values("pk") for part in parts]
    pool = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
    shared_tags = (
        NewsArticleTag.objects.filter(content_object_id=OuterRef("pk"), tag_id__in=tag_ids)
        .values("content_object_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    queryset = (
        for_listing(articles(page.locale_id).exclude(pk=page.pk).filter(pk__in=pool))
        .annotate(
            is_manual=manual["chosen"],
            manual_order=manual["order"],
            shared_tags=Coalesce(Subquery(shared_tags), 0),
            same_category=Case(
                When(category_id=page.category_id, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
        .order_by(
            "-is_manual",
            F("manual_order").asc(nulls_last=True),
            "-shared_tags",
            "-same_category",
            "-publish_date",
            "-pk",
        )
    )
    return list(queryset[:limit])


def _manual_related(page):
    """The editor's choice: as a subquery, or as a list when the page is a preview
    whose related links are not saved yet."""
    from news.models import NewsRelatedArticle

    links = page.related_links
    in_memory = "related_links" in getattr(page, "_cluster_related_objects", {})
    if in_memory or page.pk is None:
        keys = list(
            dict.fromkeys(
                link.article.translation_key
                for link in sorted(links.all(), key=lambda link: link.sort_order or 0)
                if link.article_id
            )
        )
        order = Case(
            *(When(translation_key=key, then=Value(n)) for n, key in enumerate(keys)),
            default=Value(None),
            output_field=IntegerField(),
        )
        chosen = Case(
            When(translation_key__in=keys, then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
        return {"keys": keys, "subquery": None, "order": order, "chosen": chosen}
    subquery = NewsRelatedArticle.objects.filter(page_id=page.pk)
    mine = subquery.filter(article__translation_key=OuterRef("translation_key"))
    order = Subquery(mine.order_by("sort_order").values("sort_order")[:1])
    return {"keys": None, "subquery": subquery, "order": order, "chosen": Exists(mine)}


# View counter ---------------------------------------------------------------


def view_count(page):
    """The page's total views (0 when never counted)."""
    try:
        return page.view_total.views
    except PageViewTotal.DoesNotExist:
        return 0


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

    ``model``: the page's specific class; when it has a ``view_count`` field of
    its own, that is raised too.
    """
    day = day or timezone.localdate()
    with transaction.atomic():
        _increment(PageViewDay, {"page_id": page_id, "day": day}, by)
        _increment(PageViewTotal, {"page_id": page_id}, by)
        if model is not None and any(f.name == "view_count" for f in model._meta.concrete_fields):
            model.objects.filter(pk=page_id).update(view_count=F("view_count") + by)


def about(locale, phrases, limit=3):
    """Articles of a language that mention any of ``phrases`` (an enterprise, a
    province), best matches first; each phrase searched as all its words."""
    from website.search import search_pages

    found = []
    base = NewsArticlePage.objects.live().public().filter(locale_id=_locale_id(locale))
    for phrase in phrases:
        if not phrase or len(found) >= limit:
            continue
        for article in search_pages(base, phrase, operator="and")[: limit * 2]:
            if article.pk not in {item.pk for item in found}:
                found.append(article)
            if len(found) >= limit:
                break
    return found
