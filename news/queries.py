"""The news app's public helpers: what other apps (and the home page) may ask for.

from news.queries import latest, most_read
latest(locale, 5)       # the newest live, public articles of a language
most_read(locale, 5)    # ranked by views over the last 7 days

The only module of the app that builds querysets, with the SQLite planner hints they
need (``website.sql``). Other apps reach the news through Wagtail hooks
(``news.wagtail_hooks``), not by importing this module.
"""

import operator
from functools import reduce

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast
from django.db.models.lookups import Exact, In
from wagtail.models import Page, ReferenceIndex

from news.models import (
    CommentStatus,
    NewsArticlePage,
    NewsArticleTag,
    NewsCategory,
    NewsRelatedArticle,
    NewsTag,
    ReaderComment,
)
from website import chrome, counter, locales
from website.compiled import compiled, compiled_objects
from website.models import Province
from website.renditions import attach_renditions
from website.sql import in_locale, unindexed
from website.visibility import public_q

MOST_READ_DAYS = counter.MOST_READ_DAYS
RELATED_LIMIT = 4
RELATED_POOL = 30
RELATED_TAGS = 8  # the first tags of a page feed the pool; all count in the ranking
# News related to another app's page: what each shared fact weighs, and how many of
# the newest articles naming a fact are considered.
RELATED_WEIGHTS = {"linked": 4, "province": 2, "sector": 2, "region": 1}
RELATED_FACT_POOL = 50
RELATED_NEWS_FIELDS = [
    "id", "title", "url_path", "locale_id", "content_type_id",
    "publish_date", "first_published_at", "latest_revision_created_at",
]  # fmt: skip


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
    queryset = _live_articles(locale_id, _few_article_ids(locale_id))
    if index is not None:
        queryset = queryset.descendant_of(index)
    return queryset.order_by("-publish_date", "-pk")


def _live_articles(locale_id, ids):
    queryset = NewsArticlePage.objects.live().filter(public_q(), in_locale(locale_id))
    return queryset if ids is None else queryset.filter(pk__in=ids)


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


def routed_article(index, slug):
    """The article ``slug`` among ``index``'s children (live or not: its ``route()``
    decides), fetched with what its page shows, or None. One query (and one for its
    tags), compiled once per index."""
    found = compiled_objects(
        ("news", "routed-article", index.path, index.depth),
        lambda values: _routed_article(index.path, index.depth, *values),
        [slug],
    )
    if not found:
        return None
    article = found[0]
    # Its tags as a prefetch of ``tagged_items`` would read them, in a query compiled once.
    tagged = compiled_objects(
        ("news", "article-tags"),
        lambda values: NewsArticleTag.objects.filter(content_object_id__in=values).select_related(
            "tag"
        ),
        [article.pk],
    )
    article.tag_list = [item.tag for item in tagged]
    return article


def _routed_article(path, depth, slug):
    return (
        NewsArticlePage.objects.filter(path__startswith=path, depth=depth + 1, slug=slug)
        .select_related("locale", "category", "author", "hero_image", "view_total")
        # Sliced, not .first(), and unordered: a slug is unique among siblings, and with
        # an ORDER BY Django hashes each of the ~60 selected columns while compiling.
        .order_by()[:1]
    )


def approved_comments(article):
    """The approved reader comments of ``article``, oldest first (one query, compiled
    once; none for an article not saved yet)."""
    if article.pk is None:
        return []
    found = compiled_objects(
        ("news", "approved-comments"),
        # Sorted below: with an ORDER BY, compiling the query the first time (hashing
        # each selected column) cost more than running it.
        lambda values: ReaderComment.objects.filter(
            article_id=values[0], status=CommentStatus.APPROVED
        ).order_by(),
        [article.pk],
    )
    return sorted(found, key=lambda comment: (comment.created_at, comment.pk))


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


def body_images(stream_value):
    """The images of the body's captioned-image blocks."""
    return [
        block.value["image"]
        for block in stream_value
        if block.block_type == "image" and block.value.get("image") is not None
    ]


def latest(locale=None, n=5):
    """The ``n`` newest live, public articles of a language (``articles``), ready for
    cards: one query, compiled once per ``n`` (and, for a language listed by ids, per
    power of two of their number); the renditions of their pictures in one more."""
    locale_id = locales.locale_id(locale)
    ids = _few_article_ids(locale_id)
    if ids == []:
        return []
    ids = None if ids is None else _padded(ids)
    result = compiled_objects(
        ("news", "latest", n, None if ids is None else len(ids)),
        lambda values: for_listing(
            _live_articles(values[0], None if ids is None else values[1:]).order_by(
                "-publish_date", "-pk"
            )
        )[:n],
        [locale_id, *(ids or [])],
    )
    attach_renditions([article.card_image for article in result])
    return result


def _padded(ids):
    """``ids`` with the last one repeated up to the next power of two: the statement
    compiled for that many serves every list up to it (a dozen shapes at most, not one
    per number of articles)."""
    size = 1 << (len(ids) - 1).bit_length()
    return [*ids, *[ids[-1]] * (size - len(ids))]


def most_read(locale=None, n=5, days=MOST_READ_DAYS):
    """[{title, url, views}] of the most read articles over the last ``days`` days.

    Cached for a few minutes per language: the box is on every news page.
    """
    locale_id = locales.locale_id(locale)
    return counter.most_read(
        f"news:most-read:{locale_id}:{n}:{days}",
        lambda: articles(locale_id).only("id", "title", "url_path", "listing_title", "locale_id"),
        n,
        days,
        newest="-publish_date",
        title=lambda page: page.get_listing_title(),
    )


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
    # No ORDER BY (they are put in order here): with one, Django hashes every selected
    # column while compiling, a third of this query's cost.
    found = compiled_objects(
        ("news", "related-cards", len(ids)),
        lambda values: for_listing(NewsArticlePage.objects.filter(pk__in=values).order_by()),
        ids,
    )
    cards = {article.pk: article for article in found}
    return [cards[pk] for pk in ids if pk in cards]


def _related_ids(page, limit):
    """The ranking of ``related_articles`` as ids, in one query.

    The pool is bounded: the editor's choice (by translation key, so an English
    article gets the English versions of the picks), the newest ``RELATED_POOL``
    articles of each of the page's first ``RELATED_TAGS`` tags (a short backward walk
    of the (tag, article) index) and of its category. The ranking: the editor's choice
    in its order, then the number of shared tags, the same category, the newest. Only
    live, public articles of the page's language, never the page itself.
    """
    tag_ids = [tag.pk for tag in page.tag_list]
    picks = _unsaved_picks(page)
    if picks == [] and not tag_ids and not page.category_id:
        return []
    values = [page.pk, page.locale_id, page.category_id, *tag_ids]
    if picks:  # a preview's unsaved choice: built for this once
        return list(_ranked_articles(values, len(tag_ids), picks, limit))
    shape = ("news", "related", page.pk is None, len(tag_ids), bool(page.category_id), limit)
    return [row[0] for row in compiled(shape, _ranked_articles, values, len(tag_ids), None, limit)]


def _ranked_articles(values, tag_count, picks, limit):
    page_id, locale_id, category_id, *tag_ids = values
    pool, ranking = [], []
    if picks is None:
        links = NewsRelatedArticle.objects.filter(page_id=page_id)
        keys = links.values("article__translation_key")
        pool.append(Page.objects.filter(translation_key__in=keys, locale_id=locale_id))
        position = links.filter(article__translation_key=OuterRef("translation_key"))
        ranking.append(Exists(position).desc())  # a pick, even one without a position
        ranking.append(
            Subquery(position.order_by("sort_order").values("sort_order")[:1]).asc(nulls_last=True)
        )
    else:
        pool.append(Page.objects.filter(translation_key__in=picks, locale_id=locale_id))
        positions = [When(translation_key=key, then=Value(n)) for n, key in enumerate(picks)]
        ranking.append(Case(*positions, default=Value(len(picks))).asc())
    pool = [rows.order_by().values("pk") for rows in pool]
    for tag_id in tag_ids[:RELATED_TAGS]:
        tagged = NewsArticleTag.objects.filter(tag_id=tag_id)
        pool.append(_newest(tagged, "content_object_id", RELATED_POOL))
    if category_id is not None:
        same_category = NewsArticlePage.objects.filter(category_id=category_id, live=True)
        pool.append(_newest(same_category, "page_ptr_id", RELATED_POOL))
    if tag_ids:
        shared = NewsArticleTag.objects.filter(content_object_id=OuterRef("pk"), tag_id__in=tag_ids)
        ranking.append(Subquery(_count(shared)).desc())
    if category_id is not None:
        same = Case(When(category_id=category_id, then=Value(0)), default=Value(1))
        ranking.append(same.asc())
    ranked = (
        NewsArticlePage.objects.filter(pk__in=_union(pool), live=True)
        .filter(public_q(), in_locale(locale_id))
        .exclude(pk=page_id)
        .order_by(*ranking, "-publish_date", "-pk")
    )
    return ranked.values_list("pk", flat=True)[:limit]


def _newest(rows, column, n):
    """``column`` of the ``n`` rows with its highest values: a short backward walk of
    an index on it. A part of a UNION (where SQLite allows no LIMIT of its own)."""
    newest = rows.order_by(f"-{column}").values("pk")[:n]
    if column in rows.query.annotations:
        return rows.filter(pk__in=newest).order_by().values(column)
    return rows.model.objects.filter(pk__in=newest).order_by().values(column)


def _union(parts):
    """The candidates of a ranking as one subquery: the query then reads just these
    rows by primary key, instead of every article checked against each part."""
    return parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]


def _count(queryset):
    """``SELECT COUNT(*)`` of ``queryset``, as a subquery's one value."""
    return queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")


def _unsaved_picks(page):
    """The translation keys of a preview's related links, in order, when they are not
    saved yet; None when the saved links count."""
    in_memory = "related_links" in getattr(page, "_cluster_related_objects", {})
    if not in_memory and page.pk is not None:
        return None
    links = sorted(page.related_links.all(), key=lambda link: link.sort_order or 0)
    return list(dict.fromkeys(link.article.translation_key for link in links if link.article_id))


def related_news(page, limit=3, *, provinces=(), regions=(), sectors=(), linked=()):
    """News about another app's page (a case study, a product, a policy), by the
    facts it shares with the articles; ready for a list of links (two queries).

    An article counts when it names one of ``provinces`` (``RELATED_WEIGHTS``), one
    of ``sectors``, a province in one of ``regions``, or links in its text to one of
    ``linked`` (the page itself, its documents); the region of ``provinces`` only
    ranks. Taxonomy is matched by translation key, so an English article tagged with
    the Vietnamese rows still counts. The more it shares, the higher it ranks; the
    newest first among equals. An article that shares nothing is never listed. Each
    fact draws from its newest ``RELATED_FACT_POOL`` articles, so the cost does not
    grow with the archive. Only live, public articles of ``page``'s language.
    """
    keys = [
        [item.translation_key for item in items if item is not None]
        for items in (provinces, regions, sectors)
    ]
    targets = [
        value
        for item in linked
        if item is not None
        for value in (_base_type(item).pk, str(item.pk))
    ]
    if not any(keys) and not targets:
        return []
    counts = tuple(len(part) for part in keys)
    shape = ("news", "related-news", page.pk is None, *counts, len(targets), limit)
    values = [page.pk, page.locale_id, *(key for part in keys for key in part), *targets]
    ids = [row[0] for row in compiled(shape, _ranked_news, values, counts, limit)]
    if not ids:
        return []
    found = NewsArticlePage.objects.filter(pk__in=ids).order_by().only(*RELATED_NEWS_FIELDS)
    by_id = {article.pk: article for article in found}
    return [by_id[pk] for pk in ids if pk in by_id]


def _ranked_news(values, counts, limit):
    page_id, locale_id, *rest = values
    provinces, regions, sectors = [], [], []
    for part, count in zip((provinces, regions, sectors), counts, strict=True):
        part += rest[:count]
        rest = rest[count:]
    targets = list(zip(rest[0::2], rest[1::2], strict=True))
    facts = _facts(provinces, regions, sectors, targets)
    pool = [_newest(rows, column, RELATED_FACT_POOL) for rows, column, _weight in facts if column]
    score = reduce(
        operator.add,
        [
            Case(When(Exists(rows.filter(**{column or "newsarticlepage_id": OuterRef("pk")})),
                      then=Value(weight)), default=Value(0))
            for rows, column, weight in facts
        ],
    )  # fmt: skip
    return (
        NewsArticlePage.objects.filter(pk__in=_union(pool), live=True)
        .filter(public_q(), in_locale(locale_id))
        .exclude(pk=page_id)
        .annotate(shared=score)
        .order_by("-shared", "-publish_date", "-pk")
        .values_list("pk", "shared")[:limit]
    )


def _facts(provinces, regions, sectors, targets):
    """[(rows naming an article, its article column, weight)] for each kind of fact:
    taxonomy by translation keys, ``targets`` as (content type id, object id)."""
    named = NewsArticlePage.provinces.through.objects
    facts = []
    if provinces:
        rows = named.filter(province__translation_key__in=provinces)
        facts.append((rows, "newsarticlepage_id", RELATED_WEIGHTS["province"]))
    if sectors:
        rows = NewsArticlePage.sectors.through.objects.filter(sector__translation_key__in=sectors)
        facts.append((rows, "newsarticlepage_id", RELATED_WEIGHTS["sector"]))
    if regions:
        rows = named.filter(province__region__translation_key__in=regions)
        facts.append((rows, "newsarticlepage_id", RELATED_WEIGHTS["region"]))
    elif provinces:
        # The region of the provinces ranks a neighbour's news higher among articles
        # already in (a shared sector), but brings none of its own.
        of_provinces = Province.objects.filter(translation_key__in=provinces)
        rows = named.filter(province__region__in=of_provinces.values("region_id"))
        facts.append((rows, None, RELATED_WEIGHTS["region"]))
    if targets:
        linking = reduce(
            operator.or_,
            [Q(to_content_type_id=type_id, to_object_id=pk) for type_id, pk in targets],
        )
        # Found from the targets' index: the content type is every article's.
        rows = ReferenceIndex.objects.filter(
            linking, Exact(unindexed("content_type_id"), _article_type().pk)
        ).annotate(article_id=Cast("object_id", IntegerField()))
        facts.append((rows, "article_id", RELATED_WEIGHTS["linked"]))
    return facts


def _base_type(item):
    """The content type references to ``item`` are recorded under (a page's is Page's)."""
    parents = item._meta.get_parent_list()
    return ContentType.objects.get_for_model(parents[-1] if parents else type(item))


def _article_type():
    return ContentType.objects.get_for_model(NewsArticlePage)
