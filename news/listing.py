"""Filters of the news listing: ?category=&tag=&year=&month=, combined.

Unknown values give an empty list with a message; malformed ones (a year that is
not a number, a month of 13) the same with status 400. Never a 500.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models.lookups import In
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from news.models import NewsCategory, NewsTag
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
    if result.category is not None:
        # Walked along the publish-date index, not gathered through the category
        # index and sorted: the newest 20 of a large category cost the same as of a small one.
        same_category = NewsCategory.objects.filter(
            translation_key=result.category.translation_key
        ).values("pk")
        queryset = queryset.filter(In(unindexed("category_id"), same_category))
    if result.tag is not None:
        queryset = queryset.filter(tagged_items__tag=result.tag)
    tz = timezone.get_current_timezone()
    if result.year is not None and result.month is not None:
        start = dt.datetime(result.year, result.month, 1, tzinfo=tz)
        end = dt.datetime(result.year + result.month // 12, result.month % 12 + 1, 1, tzinfo=tz)
        queryset = queryset.filter(publish_date__gte=start, publish_date__lt=end)
    elif result.year is not None:
        start = dt.datetime(result.year, 1, 1, tzinfo=tz)
        end = dt.datetime(result.year + 1, 1, 1, tzinfo=tz)
        queryset = queryset.filter(publish_date__gte=start, publish_date__lt=end)
    elif result.month is not None:
        queryset = queryset.filter(publish_date__month=result.month)
    result.queryset = for_listing(queryset)
    return result


def month_choices():
    """[(1, "Tháng 1"), …] in Vietnamese, [(1, "January"), …] in English."""
    if (get_language() or "vi")[:2] == "en":
        return list(enumerate(MONTHS_EN, start=1))
    return [(month, _("Tháng %(month)s") % {"month": month}) for month in range(1, 13)]


def listing_filters_context(index, result):
    """Choices for the filter form: the index's categories and the years with news.

    The years run from the oldest article's to the newest's, read from the two
    ends of the publish-date index (a DISTINCT over every article's year grew with
    the archive: 0.6 s at 100,000 articles).
    """
    categories = list(NewsCategory.objects.filter(locale_id=index.locale_id))
    dated = articles(index.locale_id, index=index).exclude(publish_date=None)
    newest = dated.order_by("-publish_date").values_list("publish_date", flat=True).first()
    oldest = dated.order_by("publish_date").values_list("publish_date", flat=True).first()
    years = []
    if newest and oldest:
        tz = timezone.get_current_timezone()
        years = list(range(newest.astimezone(tz).year, oldest.astimezone(tz).year - 1, -1))
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
    """

    def __init__(self, object_list, per_page, max_pages=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.max_rows = per_page * (max_pages or MAX_PAGES)
        self.capped = False

    @cached_property
    def count(self):
        counted = self.object_list[: self.max_rows + 1].count()
        self.capped = counted > self.max_rows
        return min(counted, self.max_rows)
