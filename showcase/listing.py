"""What the showcase pages put in their context: the filtered listings and the detail pages.

The page models reach these through ``website.page_functions`` (registered when this module is
imported, by ``ShowcaseConfig.ready``). Filters come from the query string
(``website.querystring``), querysets from ``showcase.queries``; each listing is built with
a fixed number of queries, whatever the number of items.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from website import page_functions
from website.locales import language_code
from website.pagination import ListPaginator
from website.querystring import QueryFilters
from website.related import related_news
from website.text import money_vnd

from . import queries
from .chart import bar_chart
from .forms import ProducerInquiryForm
from .models import AwardLevel, ProductGroup
from .text import short_money

CASE_STUDIES_PER_PAGE = 12
PRODUCTS_PER_PAGE = 24
MILLION = 1_000_000

CASE_STUDY_SORTS = {
    "moi-nhat": (_("Mới nhất"), ("-year_start", "-first_published_at", "-pk")),
    "ho-tro-lon-nhat": (_("Kinh phí hỗ trợ lớn nhất"), ("-state_support", "-year_start", "-pk")),
    "xem-nhieu": (_("Xem nhiều nhất"), ("-view_count", "-year_start", "-pk")),
}
DEFAULT_CASE_STUDY_SORT = "moi-nhat"

AWARD_LEVELS = {level.value: level for level in AwardLevel}
PRODUCT_GROUPS = {group.value: group for group in ProductGroup}


def _paginate(request, queryset, per_page, count=None):
    """The page asked for; a page past the end shows the last one, anything else not a
    page number the first (``Paginator.get_page``). ``count``, when the summary already
    knows it, spares the COUNT query."""
    return ListPaginator(queryset, per_page, count=count).get_page(request.GET.get("page"))


# Case studies ---------------------------------------------------------------------------


@page_functions.register("showcase", "case_study_listing")
def case_study_listing(request, index_page):
    taxonomy = queries.taxonomy(index_page.locale_id)
    filters = QueryFilters(request.GET)
    chosen = _case_study_filters(filters, taxonomy)
    sort = filters.option(
        "sort",
        CASE_STUDY_SORTS,
        DEFAULT_CASE_STUDY_SORT,
        message=gettext("Không có cách sắp xếp “%(value)s”; xếp mới nhất trước."),
    )
    queryset = queries.live_case_studies(index_page.locale_id).child_of(index_page)
    queryset = queries.filter_case_studies(queryset, **chosen)
    if filters.no_match:
        queryset = queryset.none()

    summary = summarise(queryset, taxonomy["regions"].values(), language_code())
    cards = queries.sorted_case_study_cards(queryset, CASE_STUDY_SORTS[sort][1])
    page_obj = _paginate(request, cards, CASE_STUDIES_PER_PAGE, count=summary["count"])
    page_obj.object_list = queries.translated_case_studies(page_obj.object_list)
    return {
        "filters": filters,
        "filtered": filters.active(ignore=("sort",)),
        "regions": list(taxonomy["regions"].values()),
        "province_options": _province_options(taxonomy, chosen["region"], chosen["province"]),
        "sectors": list(taxonomy["sectors"].values()),
        "support_types": list(taxonomy["support_types"].values()),
        "sorts": [(key, label) for key, (label, _order) in CASE_STUDY_SORTS.items()],
        "sort": sort,
        "summary": summary,
        "page_obj": page_obj,
        "case_studies": page_obj.object_list,
        "pagination_query": filters.query_string(page=None),
    }


def _case_study_filters(filters, taxonomy):
    """The case-study filters of the query string, as what they name (in this order, so
    that the messages about bad values come in the order of the form)."""
    chosen = {
        "region": filters.choice("region", taxonomy["regions"], gettext("vùng")),
        "province": filters.choice("province", taxonomy["provinces"], gettext("tỉnh, thành phố")),
        "sector": filters.choice("sector", taxonomy["sectors"], gettext("ngành nghề")),
        "support": filters.choice(
            "support", taxonomy["support_types"], gettext("loại hình hỗ trợ")
        ),
        "year": filters.integer("year", gettext("năm"), 1990, 2100),
    }
    # State support range, given in millions of đồng.
    least, most = filters.integer_range(
        "min",
        "max",
        (gettext("mức hỗ trợ từ"), gettext("mức hỗ trợ đến")),
        0,
        10_000_000,
        swapped_message=gettext("Mức hỗ trợ “từ” lớn hơn “đến”; đã đổi chỗ hai giá trị."),
    )
    chosen["state_support"] = tuple(None if n is None else n * MILLION for n in (least, most))
    return chosen


def _province_options(taxonomy, region, province):
    """The provinces of the chosen region (and the chosen province, even outside it)."""
    if region is None:
        return list(taxonomy["provinces"].values())
    options = [p for p in taxonomy["provinces"].values() if p.region_id == region.pk]
    if province is not None and province not in options:
        options.append(province)
    return options


def summarise(queryset, regions, language):
    """Number of case studies, total state support, and the by-region chart: one query."""
    rows = queries.totals_by_region(queryset)
    chart_rows = []
    count = total = 0
    for region in regions:
        row = rows.get(region.translation_key, {"count": 0, "total": 0})
        count += row["count"]
        total += row["total"] or 0
        chart_rows.append((region.name, row["total"] or 0, row["count"], region))
    chart = bar_chart(
        [(name, value, n) for name, value, n, _region in chart_rows],
        lambda value: short_money(value, language),
    )
    for bar, (_name, _value, _n, region) in zip(chart["bars"], chart_rows, strict=True):
        bar.region = region
        bar.total_text = money_vnd(bar.value, language)
    return {"count": count, "total": total, "chart": chart}


@page_functions.register("showcase", "case_study_detail")
def case_study_detail(request, page):
    queries.translated_case_studies([page])
    gallery = queries.case_study_gallery(page)
    related_products = queries.related_products(page)
    return {
        "support_type_list": queries.case_study_support_types(page),
        "gallery": gallery,
        "related_products": related_products,
        "related_news": related_news(
            request, page, provinces=[page.province], sectors=[page.sector], linked=[page]
        ),
        "more_case_studies": queries.case_studies_for(
            page.locale, sector=page.sector.slug, exclude=page, limit=3
        ),
        "language": language_code(),
    }


# Products -------------------------------------------------------------------------------


@page_functions.register("showcase", "product_listing")
def product_listing(request, gallery_page):
    taxonomy = queries.taxonomy(gallery_page.locale_id)
    filters = QueryFilters(request.GET)
    chosen = {
        "level": filters.choice("level", AWARD_LEVELS, gettext("cấp công nhận")),
        "group": filters.choice("group", PRODUCT_GROUPS, gettext("nhóm sản phẩm")),
        "province": filters.choice("province", taxonomy["provinces"], gettext("tỉnh, thành phố")),
        "year": filters.integer("year", gettext("năm"), 1990, 2100),
    }
    products = queries.live_products(gallery_page.locale_id).child_of(gallery_page)
    queryset = queries.filter_products(products, **chosen)
    if filters.no_match:
        queryset = queryset.none()
    years = queries.award_years(products)
    page_obj = _paginate(request, queries.award_ordered_product_cards(queryset), PRODUCTS_PER_PAGE)
    page_obj.object_list = queries.translated_products(page_obj.object_list)
    return {
        "filters": filters,
        "filtered": filters.active(),
        "levels": list(AWARD_LEVELS.values()),
        "groups": list(PRODUCT_GROUPS.values()),
        "province_options": list(taxonomy["provinces"].values()),
        "years": years,
        "page_obj": page_obj,
        "products": page_obj.object_list,
        "pagination_query": filters.query_string(page=None),
    }


@page_functions.register("showcase", "product_detail")
def product_detail(request, page, form=None):
    queries.translated_products([page])
    return {
        "product_images": queries.product_photos(page),
        "inquiry_form": form or ProducerInquiryForm(),
        "case_studies_with_product": queries.case_studies_with_product(page),
        "related_news": related_news(
            request, page, provinces=[page.producer_province], linked=[page]
        ),
    }
