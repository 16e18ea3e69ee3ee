"""Filters of the news listing: ?category=&tag=&year=&month=, combined.

Unknown values give an empty list with a message; malformed ones (a year that is
not a number, a month of 13) the same with status 400. Never a 500.
"""

import datetime as dt
import operator
import re
from dataclasses import dataclass, field
from functools import reduce

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.db.models.lookups import In
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from news.models import NewsArticleTag, NewsCategory, NewsTag
from news.queries import articles, for_listing
from website.sql import unindexed
from website.text import MONTHS_EN

MAX_PARAM_LENGTH = 100
# Listing pages are counted up to this many (20 articles each: 2,000 articles).
MAX_PAGES = 100
# Category and tag slugs are ASCII; anything else (a NUL byte, say, which PostgreSQL
# refuses in a query) names nothing and is not looked up.
SLUG = re.compile(r"[-\w]+", re.ASCII)


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
    # from the filter's own index (see ``filter_articles``). ``count_queryset`` is
    # unordered, for the capped count; ``narrow_queryset`` lists them newest first
    # when they are few (at most the paginator's cap).
    count_queryset: object = None
    narrow_queryset: object = None
    years: list | None = None

    @property
    def active(self):
        return any([self.category, self.tag, self.year, self.month, self.messages])


def _int_param(params, name, low, high):
    """(value, ok): None when absent, ok False when present but not in [low, high]."""
    raw = (params.get(name) or "").strip()
    if not raw:
        return None, True
    if len(raw) > 6 or not (raw.isascii() and raw.isdigit()):
        return None, False
    value = int(raw)
    if not low <= value <= high:
        return None, False
    return value, True


def filter_articles(index, params, category=None, tag=None):
    """The index's live public articles filtered by the query string (and route)."""
    result = FilterResult(queryset=None, category=category, tag=tag)
    empty = False
    if category is None and params.get("category"):
        slug = params["category"][:MAX_PARAM_LENGTH]
        result.category = (
            NewsCategory.objects.filter(locale_id=index.locale_id, slug=slug).first()
            if SLUG.fullmatch(slug)
            else None
        )
        if result.category is None:
            result.messages.append(_("Không có chuyên mục “%(slug)s”.") % {"slug": slug})
            empty = True
    if tag is None and params.get("tag"):
        slug = params["tag"][:MAX_PARAM_LENGTH]
        result.tag = NewsTag.objects.filter(slug=slug).first() if SLUG.fullmatch(slug) else None
        if result.tag is None:
            result.messages.append(_("Không có thẻ “%(slug)s”.") % {"slug": slug})
            empty = True
    # The end of the range is 1 January of the next year: it must exist too.
    result.year, year_ok = _int_param(params, "year", 1900, dt.MAXYEAR - 1)
    if not year_ok:
        result.messages.append(_("Năm không hợp lệ: hãy chọn một năm, ví dụ 2025."))
        result.malformed = empty = True
    result.month, month_ok = _int_param(params, "month", 1, 12)
    if not month_ok:
        result.messages.append(_("Tháng không hợp lệ: hãy chọn từ 1 đến 12."))
        result.malformed = empty = True

    queryset = articles(index.locale_id, index=index)
    if empty:
        result.queryset = queryset.none()
        return result
    # Two forms of the same filters. The listing walks the publish-date index from
    # the newest article and checks each one against the filters ("walk"): the
    # newest 20 of a large category cost the same as of the whole archive. When few
    # articles match, that walk would pass nearly every article before it found 20
    # (0.3 s at 100,000 articles for a category of two), and the filter's own index
    # finds them at once ("narrow"); the capped count, which comes first, uses the
    # narrow form and tells which one lists the page (CappedPaginator).
    walk, narrow = queryset, queryset
    if result.category is not None:
        same_category = NewsCategory.objects.filter(
            translation_key=result.category.translation_key
        ).values("pk")
        walk = walk.filter(In(unindexed("category_id"), same_category))
        narrow = narrow.filter(category_id__in=same_category)
    if result.tag is not None:
        walk = walk.filter(
            Exists(NewsArticleTag.objects.filter(content_object=OuterRef("pk"), tag=result.tag))
        )
        narrow = narrow.filter(tagged_items__tag=result.tag)
    tz = timezone.get_current_timezone()
    if result.year is not None:
        # A month of that year, or the whole year: one range of the publish-date index.
        if result.month is not None:
            start, end = _month_range(result.year, result.month, tz)
        else:
            start = dt.datetime(result.year, 1, 1, tzinfo=tz)
            end = dt.datetime(result.year + 1, 1, 1, tzinfo=tz)
        walk = walk.filter(publish_date__gte=start, publish_date__lt=end)
        narrow = narrow.filter(publish_date__gte=start, publish_date__lt=end)
    elif result.month is not None:
        # The month of every year the archive spans, as date ranges the index can read.
        result.years = archive_years(index)
        ranges = [_month_range(year, result.month, tz) for year in result.years]
        # A walk from the newest article would pass every month since (most of the
        # archive, for last year's month). It starts instead at the end of the month in
        # the newest year that has news in it, if the page asked for lies in that month
        # (one capped count per year probed, newest first: one as a rule); otherwise the
        # month's articles are sorted (the narrow form).
        wanted = _page_number(params) * index.per_page
        walk_any_month, narrow_any_month = walk, narrow
        walk = narrow = narrow_any_month.filter(
            reduce(
                operator.or_,
                (Q(publish_date__gte=start, publish_date__lt=end) for start, end in ranges),
                Q(pk__in=[]),
            )
        )
        for start, end in ranges:
            found = narrow_any_month.filter(publish_date__gte=start, publish_date__lt=end)
            found = found.order_by()[:wanted].count()
            if found >= wanted:
                walk = walk_any_month.filter(publish_date__month=result.month, publish_date__lt=end)
            if found:
                break
    result.queryset = for_listing(walk)
    if narrow is not queryset:
        result.count_queryset = narrow.order_by()
        result.narrow_queryset = for_listing(narrow)
    return result


def _page_number(params):
    raw = str(params.get("page") or "1")
    return int(raw) if raw.isascii() and raw.isdigit() and 0 < len(raw) < 6 else 1


def _month_range(year, month, tz):
    """[start, end) of a month; the end is the first day of the next month."""
    start = dt.datetime(year, month, 1, tzinfo=tz)
    return start, dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=tz)


def archive_years(index):
    """The years from the newest article's back to the oldest's, read from the two
    ends of the publish-date index (a DISTINCT over every article's year grew with
    the archive: 0.6 s at 100,000 articles)."""
    dated = articles(index.locale_id, index=index).exclude(publish_date=None)
    newest = dated.order_by("-publish_date").values_list("publish_date", flat=True).first()
    oldest = dated.order_by("publish_date").values_list("publish_date", flat=True).first()
    if not (newest and oldest):
        return []
    tz = timezone.get_current_timezone()
    return list(range(newest.astimezone(tz).year, oldest.astimezone(tz).year - 1, -1))


def month_choices():
    """[(1, "Tháng 1"), …] in Vietnamese, [(1, "January"), …] in English."""
    if (get_language() or "vi")[:2] == "en":
        return list(enumerate(MONTHS_EN, start=1))
    return [(month, _("Tháng %(month)s") % {"month": month}) for month in range(1, 13)]


def listing_filters_context(index, result):
    """Choices for the filter form: the index's categories and the years with news."""
    categories = list(NewsCategory.objects.filter(locale_id=index.locale_id))
    years = result.years if result.years is not None else archive_years(index)
    return {
        "categories": categories,
        "years": years,
        "months": month_choices(),
    }


class CappedPaginator(Paginator):
    """A paginator that counts at most ``max_pages`` pages of rows.

    Counting every article of a large archive costs a scan of all of them on
    each listing render; past the cap, readers narrow by year, month, category
    or tag (the filters), and search engines use the sitemap.
    ``capped`` says the list goes on beyond the last page.

    ``count_queryset`` (unordered) is counted instead of the list when given, and
    ``narrow_list`` lists the page when the count stays under the cap
    (``FilterResult``).
    """

    def __init__(
        self,
        object_list,
        per_page,
        max_pages=None,
        count_queryset=None,
        narrow_list=None,
        **kwargs,
    ):
        super().__init__(object_list, per_page, **kwargs)
        self.max_rows = per_page * (max_pages or MAX_PAGES)
        self.capped = False
        self.count_queryset = count_queryset
        self.narrow_list = narrow_list

    @cached_property
    def count(self):
        counted_list = self.object_list if self.count_queryset is None else self.count_queryset
        counted = counted_list[: self.max_rows + 1].count()
        self.capped = counted > self.max_rows
        if not self.capped and self.narrow_list is not None:
            self.object_list = self.narrow_list
        return min(counted, self.max_rows)
