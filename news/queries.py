"""The news app's public helpers: what other apps (and the home page) may ask for.

from news.queries import latest, most_read
latest(locale, 5)       # the newest live, public articles of a language
most_read(locale, 5)    # ranked by views over the last 7 days

The only module of the app that builds querysets, with the SQLite planner hints they
need (``website.sql``). Other apps reach the news through Wagtail hooks
(``news.wagtail_hooks``), not by importing this module.
"""

import copy
import datetime as dt
import operator
from functools import reduce

from django.core.cache import cache
from django.db import connection
from django.db.models import Exists, OuterRef, Q, Sum
from django.db.models.lookups import In
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from news.models import (
    NewsArticlePage,
    NewsArticleTag,
    NewsCategory,
    NewsRelatedArticle,
    NewsTag,
)
from website import chrome, locales
from website.search import search_pages
from website.sql import in_locale, unindexed
from website.visibility import public_q

MOST_READ_DAYS = 7
MOST_READ_CACHE_SECONDS = 300
RELATED_LIMIT = 4
RELATED_POOL = 30
RELATED_TAGS = 8  # the first tags of a page feed the pool; all count in the ranking


# A language with at most this many live articles is listed from their ids.
FEW_ARTICLES = 2000


def articles(locale, index=None):
    """Live, public articles of a language (a Locale, its code or id), newest first.

    SQLite reads them along the publish-date index, checking each article's language
    (``in_locale`` keeps it off the language index, which would make it sort every
    article of a big language). For a language with few articles that walk passes
    every article of the others: ~10,000 Vietnamese ones to find the five newest of
    11 English ones. Such a language's articles are named by id instead, from a list
    kept with the chrome (``_few_article_ids``).
    """
    locale_id = locales.locale_id(locale)
    queryset = NewsArticlePage.objects.live().filter(public_q(), in_locale(locale_id))
    ids = _few_article_ids(locale_id)
    if ids is not None:
        queryset = queryset.filter(pk__in=ids)
    if index is not None:
        queryset = queryset.descendant_of(index)
    return queryset.order_by("-publish_date", "-pk")


def _few_article_ids(locale_id):
    """The ids of a language's live articles if it has at most FEW_ARTICLES, else None.

    Cached until anything is published (the chrome cache's version): one query then,
    which reads at most FEW_ARTICLES + 1 rows of the language index.
    """

    def build():
        ids = list(
            NewsArticlePage.objects.live()
            .filter(locale_id=locale_id)
            .order_by()
            .values_list("pk", flat=True)[: FEW_ARTICLES + 1]
        )
        # A marker, not None: the cache cannot tell a stored None from a miss.
        return ids if len(ids) <= FEW_ARTICLES else "many"

    found = chrome.cached("news-article-ids", [locale_id], build)
    return None if found == "many" else found


# The columns a card (components/news/article_card.html) reads: its link, title, date,
# summary, category and picture (with the image's size, focal point and alt text).
_CARD_IMAGE_FIELDS = [
    "title", "description", "file", "width", "height",
    "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height",
]  # fmt: skip
CARD_FIELDS = [
    "id", "title", "url_path", "locale_id",
    "listing_title", "listing_summary", "lead", "hero_alt",
    "publish_date", "first_published_at", "latest_revision_created_at",
    "category__name",
    *(f"{image}__{field}" for image in ("hero_image", "listing_image") for field in _CARD_IMAGE_FIELDS),
]  # fmt: skip


def category(locale_id, slug):
    """The news category of a language with this slug, or None."""
    return NewsCategory.objects.filter(locale_id=locale_id, slug=slug).first()


def tag(slug):
    """The news tag with this slug, or None."""
    return NewsTag.objects.filter(slug=slug).first()


def categories(locale_id):
    """The news categories of a language, in their order."""
    return list(NewsCategory.objects.filter(locale_id=locale_id))


def archive_ends(index):
    """(newest, oldest) publish date of the index's articles, or None when it has none:
    read from the two ends of the publish-date index (a DISTINCT over every article's
    year grew with the archive: 0.6 s at 100,000 articles)."""
    dated = articles(index.locale_id, index=index).exclude(publish_date=None)
    newest = dated.order_by("-publish_date").values_list("publish_date", flat=True).first()
    oldest = dated.order_by("publish_date").values_list("publish_date", flat=True).first()
    if not (newest and oldest):
        return None
    return newest, oldest


def filtered_articles(index, category=None, tag=None, ranges=None, month=None, wanted=20):
    """(listed, counted, narrow): the index's articles of a category (with its
    translations'), of a tag and within date ranges ([start, end) pairs, newest
    first); ``month`` when the ranges are that month of every year.

    Each filter is written two ways. The listing (``listed``) walks the publish-date
    index from the newest article and checks each one against the filters: the newest
    20 of a large category cost the same as of the whole archive. When few articles
    match, that walk would pass nearly every article before it found 20 (0.3 s at
    100,000 articles for a category of two), and the filter's own index finds them at
    once (``narrow``); the capped count (``counted``, unordered), which comes first,
    uses the narrow form and tells which one lists the page (``ListPaginator``).
    Without a filter, ``counted`` and ``narrow`` are None.

    The month of every year: a walk from the newest article would pass every month
    since (most of the archive, for last year's month). It walks instead from the end
    of the month in the newest year that has news in it, when the page asked for
    (``wanted`` articles) lies in that month: one capped count per year probed, newest
    first, one as a rule. Otherwise the month's articles are sorted (the narrow form).
    """
    base = articles(index.locale_id, index=index)
    walk, narrow = [], []  # the same filters, in the two forms
    if category is not None:
        same_category = NewsCategory.objects.filter(
            translation_key=category.translation_key
        ).values("pk")
        walk.append(In(unindexed("category_id"), same_category))
        narrow.append(Q(category_id__in=same_category))
    if tag is not None:
        walk.append(Exists(NewsArticleTag.objects.filter(content_object=OuterRef("pk"), tag=tag)))
        narrow.append(Q(tagged_items__tag=tag))
    if not (walk or ranges is not None):
        return for_listing(base), None, None
    within = [Q(publish_date__gte=start, publish_date__lt=end) for start, end in ranges or []]
    narrow_qs = base.filter(*narrow)
    if ranges is not None:
        narrow_qs = narrow_qs.filter(reduce(operator.or_, within) if within else Q(pk__in=[]))
    walk_qs = base.filter(*walk)
    if month is not None:
        walk_qs = narrow_qs
        any_month = base.filter(*narrow)
        for (_start, end), in_range in zip(ranges, within, strict=True):
            found = any_month.filter(in_range).order_by()[:wanted].count()
            if found >= wanted:
                walk_qs = base.filter(*walk, publish_date__month=month, publish_date__lt=end)
            if found:
                break
    elif ranges is not None:
        walk_qs = walk_qs.filter(*within)
    return for_listing(walk_qs), narrow_qs.order_by(), for_listing(narrow_qs)


def for_listing(queryset):
    """What cards show, fetched in the same query, and nothing else.

    Only the card's columns (``CARD_FIELDS``): a whole article with its category,
    author and two images is ~100 columns, and compiling the query and building
    each object from them cost more than running it (four related cards: 2.1 →
    1.4 ms). A column left out is still read on first use, with a query of its own;
    the query-budget tests of the listing pages catch that.
    """
    return queryset.select_related("category", "hero_image", "listing_image").only(*CARD_FIELDS)


def for_feed(queryset):
    """What a feed's items show: the whole article, with its author, but not the body."""
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


def most_read(locale=None, n=5, days=MOST_READ_DAYS):
    """[{title, url, views}] of the most read articles over the last ``days`` days.

    Cached for a few minutes per language: the box is on every news page.
    """
    locale_id = locales.locale_id(locale)
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
    """Articles to read next: the editor's choice first, then by shared tags and
    category, newest first; ready for cards (two queries).

    Never the page itself, never a draft or private page, always in the page's
    language. The automatic part draws from a bounded pool (the newest
    ``RELATED_POOL`` articles of the same category and of the same tags, read from
    their indexes), so its cost does not grow with the number of articles.
    """
    ids = _related_ids(page, limit)
    if not ids:
        return []
    cards = {
        # No ORDER BY (they are put in order here): with one, Django hashes every
        # selected column while compiling, a third of this query's cost.
        article.pk: article
        for article in for_listing(NewsArticlePage.objects.filter(pk__in=ids).order_by())
    }
    return [cards[pk] for pk in ids if pk in cards]


def _related_ids(page, limit):
    """The ranking of ``related_articles`` as ids, in one SQL statement.

    Written as SQL rather than built with the ORM: the statement unions a part per
    tag and puts the editor's choice, the shared-tag count and the category into
    the ordering, and building that through querysets cost more than the rest of
    an article's render (15 ms of Python for a 1 ms query; measured again when the
    app was reshaped: the same ranking written with querysets, ``Q`` objects and
    correlated subqueries gave the same ids for every demo article, in one query, but
    cost 57 ms an article against 1.4 ms for this statement). Runs on SQLite and
    PostgreSQL (tests/news/test_related.py checks the order on both). Table names
    are filled in last; every value is a parameter.
    """
    tag_ids = [tag.pk for tag in page.tag_list]
    ctes, pool, order, params, order_params = [], [], [], [], []

    # The editor's choice as (translation key, position): the saved links, or the
    # unsaved ones of a preview.
    picks = _unsaved_picks(page)
    if picks is None:
        ctes.append(
            "manual AS (SELECT lp.translation_key AS tkey, MIN(l.sort_order) AS pos"
            " FROM {link} l JOIN {page} lp ON lp.id = l.article_id"
            " WHERE l.page_id = %s GROUP BY lp.translation_key)"
        )
        params.append(page.pk)
    elif picks:
        key_field = Page._meta.get_field("translation_key")
        rows = " UNION ALL ".join(["SELECT %s AS tkey, %s AS pos"] * len(picks))
        ctes.append(f"manual AS ({rows})")
        for position, key in enumerate(picks):
            params += [key_field.get_db_prep_value(key, connection), position]
    if ctes:
        pool.append(
            "SELECT mp.id FROM {page} mp JOIN manual ON mp.translation_key = manual.tkey"
            " WHERE mp.locale_id = %s"
        )
        params.append(page.locale_id)
        order += [
            "CASE WHEN manual.tkey IS NULL THEN 1 ELSE 0 END",
            "CASE WHEN manual.pos IS NULL THEN 1 ELSE 0 END",
            "manual.pos",
        ]
    for tag_id in tag_ids[:RELATED_TAGS]:
        # One part per tag: a short backward walk of the (tag, article) index.
        pool.append(
            "SELECT t.id FROM (SELECT content_object_id AS id FROM {tag}"
            " WHERE tag_id = %s ORDER BY content_object_id DESC LIMIT %s) t"
        )
        params += [tag_id, RELATED_POOL]
    if page.category_id:
        pool.append(
            "SELECT c.id FROM (SELECT ca.page_ptr_id AS id FROM {article} ca"
            " JOIN {page} cp ON cp.id = ca.page_ptr_id WHERE ca.category_id = %s AND cp.live"
            " ORDER BY ca.page_ptr_id DESC LIMIT %s) c"
        )
        params += [page.category_id, RELATED_POOL]
    if not pool:
        return []
    ctes.append("pool AS ({})".format(" UNION ".join(pool)))
    if tag_ids:
        order.append(
            "(SELECT COUNT(*) FROM {tag} st WHERE st.content_object_id = p.id"
            " AND st.tag_id IN ({tag_ids})) DESC"
        )
        order_params += tag_ids
    if page.category_id:
        order.append("CASE WHEN a.category_id = %s THEN 0 ELSE 1 END")
        order_params.append(page.category_id)
    order += ["a.publish_date DESC", "p.id DESC"]
    template = " ".join(
        [
            "WITH",
            ", ".join(ctes),
            "SELECT p.id FROM pool JOIN {page} p ON p.id = pool.id",
            "JOIN {article} a ON a.page_ptr_id = p.id",
            "LEFT JOIN manual ON manual.tkey = p.translation_key" if picks != [] else "",
            "WHERE p.id <> %s AND p.live AND +p.locale_id = %s",
            # website.visibility.public_q(): no view restriction on the page or an ancestor
            "AND NOT EXISTS (SELECT 1 FROM {restriction} r JOIN {page} rp ON rp.id = r.page_id",
            "WHERE rp.path = SUBSTR(p.path, 1, LENGTH(rp.path)))",
            "ORDER BY",
            ", ".join(order),
            "LIMIT %s",
        ]
    )
    tables = {
        name: connection.ops.quote_name(model._meta.db_table)
        for name, model in [
            ("page", Page),
            ("article", NewsArticlePage),
            ("tag", NewsArticleTag),
            ("link", NewsRelatedArticle),
            ("restriction", PageViewRestriction),
        ]
    }
    params += [page.pk, page.locale_id, *order_params, limit]
    with connection.cursor() as cursor:
        marks = ", ".join(["%s"] * len(tag_ids))
        cursor.execute(template.format(**tables, tag_ids=marks), params)
        return [row[0] for row in cursor.fetchall()]


def _unsaved_picks(page):
    """The translation keys of a preview's related links, in order, when they are not
    saved yet; None when the saved links count."""
    in_memory = "related_links" in getattr(page, "_cluster_related_objects", {})
    if not in_memory and page.pk is not None:
        return None
    links = sorted(page.related_links.all(), key=lambda link: link.sort_order or 0)
    return list(dict.fromkeys(link.article.translation_key for link in links if link.article_id))


def about(locale, phrases, limit=3):
    """Articles of a language that mention any of ``phrases`` (an enterprise, a
    province), best matches first; each phrase searched as all its words."""
    found = []
    base = NewsArticlePage.objects.live().public().filter(locale_id=locales.locale_id(locale))
    for phrase in phrases:
        if not phrase or len(found) >= limit:
            continue
        for article in search_pages(base, phrase, operator="and")[: limit * 2]:
            if article.pk not in {item.pk for item in found}:
                found.append(article)
            if len(found) >= limit:
                break
    return found
