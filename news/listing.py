"""What the news pages show beyond their own fields: the listing of the index (all news,
a category's, a tag's) with its filters, and the context of an article.

Filters of the listing: ?category=&tag=&year=&month=, combined. Unknown values give an
empty list with a message; malformed ones (a year that is not a number, a month of 13)
the same with status 400. Never a 500.

The pages call these through ``website.page_functions`` (registered here, when
``NewsConfig.ready`` imports this module): the models do not import this module.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from news import queries
from news.comments import comment_context
from website import page_functions
from website.locales import language_code
from website.pagination import ListPaginator, page_or_404
from website.querystring import NO_MATCH, SLUG, QueryFilters
from website.renditions import attach_renditions
from website.text import MONTHS_EN

# Listing pages are counted up to this many (20 articles each: 2,000 articles).
MAX_PAGES = 100


@dataclass
class FilterResult:
    queryset: object
    category: object = None
    tag: object = None
    year: int | None = None
    month: int | None = None
    messages: list = field(default_factory=list)
    malformed: bool = False
    # With a category, tag or month: the same articles, selected so that SQLite starts
    # from the filter's own index (``news.queries.filtered_articles``). ``count_queryset``
    # is unordered, for the capped count; ``narrow_queryset`` lists them newest first
    # when they are few (at most the paginator's cap).
    count_queryset: object = None
    narrow_queryset: object = None
    years: list | None = None

    @property
    def active(self):
        return any([self.category, self.tag, self.year, self.month, self.messages])


def filter_articles(index, params, category=None, tag=None):
    """The index's live public articles filtered by the query string (and route)."""
    filters = QueryFilters(params)
    result = FilterResult(queryset=None, category=category, tag=tag, messages=filters.messages)
    if category is None:
        result.category = filters.choice(
            "category",
            lambda slug: queries.category(index.locale_id, slug),
            message=_("Không có chuyên mục “%(value)s”."),
            pattern=SLUG,
        )
    if tag is None:
        result.tag = filters.choice(
            "tag", queries.tag, message=_("Không có thẻ “%(value)s”."), pattern=SLUG
        )
    # The end of the range is 1 January of the next year: it must exist too.
    result.year = filters.integer(
        "year",
        None,
        1900,
        dt.MAXYEAR - 1,
        invalid=NO_MATCH,
        message=_("Năm không hợp lệ: hãy chọn một năm, ví dụ 2025."),
        grouped=False,
    )
    result.month = filters.integer(
        "month",
        None,
        1,
        12,
        invalid=NO_MATCH,
        message=_("Tháng không hợp lệ: hãy chọn từ 1 đến 12."),
        grouped=False,
    )
    result.malformed = bool({"year", "month"} & set(filters.refused))
    empty = filters.no_match

    if empty:
        result.queryset = queries.articles(index.locale_id, index=index).none()
        return result
    tz = timezone.get_current_timezone()
    months = None
    if result.year is not None:
        # A month of that year, or the whole year: one range of the publish-date index.
        if result.month is not None:
            months = [_month_range(result.year, result.month, tz)]
        else:
            start = dt.datetime(result.year, 1, 1, tzinfo=tz)
            months = [(start, dt.datetime(result.year + 1, 1, 1, tzinfo=tz))]
    elif result.month is not None:
        # The month of every year the archive spans, newest first.
        result.years = archive_years(index)
        months = [_month_range(year, result.month, tz) for year in result.years]
    found = queries.filtered_articles(
        index,
        category=result.category,
        tag=result.tag,
        ranges=months,
        month=result.month if result.year is None else None,
        wanted=filters.page_number() * index.per_page,
    )
    result.queryset, result.count_queryset, result.narrow_queryset = found
    return result


def _month_range(year, month, tz):
    """[start, end) of a month; the end is the first day of the next month."""
    start = dt.datetime(year, month, 1, tzinfo=tz)
    return start, dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=tz)


def archive_years(index):
    """The years from the newest article's back to the oldest's."""
    tz = timezone.get_current_timezone()
    ends = queries.archive_ends(index)
    if ends is None:
        return []
    newest, oldest = ends
    return list(range(newest.astimezone(tz).year, oldest.astimezone(tz).year - 1, -1))


def month_choices():
    """[(1, "Tháng 1"), …] in Vietnamese, [(1, "January"), …] in English."""
    if language_code() == "en":
        return list(enumerate(MONTHS_EN, start=1))
    return [(month, _("Tháng %(month)s") % {"month": month}) for month in range(1, 13)]


def listing_filters_context(index, result):
    """Choices for the filter form: the index's categories and the years with news."""
    categories = queries.categories(index.locale_id)
    years = result.years if result.years is not None else archive_years(index)
    return {
        "categories": categories,
        "years": years,
        "months": month_choices(),
    }


def alert_context(category):
    """The e-mail alert the list offers (the alerts app's form): all news, or the
    category's."""
    if category is None:
        return {"alert_filters": {}, "alert_description": _("Mọi tin tức mới")}
    return {
        "alert_filters": {"category": [category.slug]},
        "alert_description": _("Tin mới trong chuyên mục %(name)s") % {"name": category.name},
    }


@page_functions.register("news", "listing")
def listing(index, request, category=None, tag=None):
    """The index's list of articles, filtered by the route and the query string."""
    result = filter_articles(index, request.GET, category=category, tag=tag)
    paginator = ListPaginator(
        result.queryset,
        index.per_page,
        max_pages=MAX_PAGES,
        count_queryset=result.count_queryset,
        narrow_list=result.narrow_queryset,
    )
    page_obj = page_or_404(paginator, request.GET.get("page"))
    articles = list(page_obj.object_list)
    attach_renditions([a.card_image for a in articles])
    context = {
        "articles": articles,
        "page_obj": page_obj,
        "paginator": paginator,
        "filters": result,
        "category": result.category,
        "tag": result.tag,
        **listing_filters_context(index, result),
        **alert_context(result.category),
    }
    response = index.render(request, context_overrides=context)
    if result.malformed:
        response.status_code = 400
    return response


@page_functions.register("news", "routed_article")
def routed_article(index, slug):
    """The article a news index routes ``slug`` to, or None (``queries.routed_article``)."""
    return queries.routed_article(index, slug)


@page_functions.register("news", "approved_comments")
def approved_comments(article):
    """An article's approved comments, oldest first (``queries.approved_comments``)."""
    return queries.approved_comments(article)


@page_functions.register("news", "article_context")
def article_context(article, request, comment_form=None):
    """What an article's template shows besides the article: related articles (their
    pictures' renditions fetched with the article's own), the comment form and the
    links to the index's category and tag pages."""
    context = {}
    related = queries.related_articles(article)
    attach_renditions(
        [article.hero_image, *queries.body_images(article.body), *(a.card_image for a in related)]
    )
    index = article.parent_index
    context["related_articles"] = related
    context.update(comment_context(request, article, comment_form))
    context["news_index"] = index
    if index is not None:
        context["category_url"] = index.category_url(article.category) if article.category else ""
        context["tag_links"] = [(tag, index.tag_url(tag)) for tag in article.tag_list]
    return context
