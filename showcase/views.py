"""What the showcase pages put in their context, and the producer-inquiry form handling.

The page models call these from ``get_context``/``serve``; each listing is built with a fixed
number of queries, whatever the number of items.
"""

import logging

from django.contrib import messages
from django.core.mail import EmailMessage
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Case, Count, IntegerField, Q, Sum, Value, When
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from website.antispam import client_ip, hash_ip, rate_limit_allows, rate_limited_response
from website.models import Province, Sector, SiteSettings, SupportType
from website.origin import absolute
from website.text import money_vnd

from . import queries
from .chart import bar_chart
from .forms import (
    AWARD_LEVEL_RANK,
    AWARD_LEVELS,
    CASE_STUDY_SORTS,
    DEFAULT_CASE_STUDY_SORT,
    PRODUCT_GROUPS,
    ProducerInquiryForm,
    QueryFilters,
)
from .text import short_money

logger = logging.getLogger(__name__)

CASE_STUDIES_PER_PAGE = 12
PRODUCTS_PER_PAGE = 24
MILLION = 1_000_000
RELATED_NEWS_HOOK = "showcase_related_news"


def _language(page):
    return translation.get_language() or "vi"


def _taxonomy(locale_id):
    """Regions, provinces, sectors and support types of one language, in three queries."""
    provinces = list(Province.objects.filter(locale_id=locale_id).select_related("region"))
    regions = {}
    for province in provinces:
        regions.setdefault(province.region.slug, province.region)
    regions = dict(sorted(regions.items(), key=lambda item: (item[1].sort_order, item[1].name)))
    return {
        "regions": regions,
        "provinces": {p.slug: p for p in provinces},
        "sectors": {s.slug: s for s in Sector.objects.filter(locale_id=locale_id)},
        "support_types": {s.slug: s for s in SupportType.objects.filter(locale_id=locale_id)},
    }


def _paginate(request, queryset, per_page, count=None):
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count  # already known from the summary: no COUNT query
    return paginator.get_page(request.GET.get("page"))


# Case studies ---------------------------------------------------------------------------


def case_study_listing(request, index_page):
    taxonomy = _taxonomy(index_page.locale_id)
    filters = QueryFilters(request.GET)
    region = filters.choice("region", taxonomy["regions"], gettext("vùng"))
    province = filters.choice("province", taxonomy["provinces"], gettext("tỉnh, thành phố"))
    sector = filters.choice("sector", taxonomy["sectors"], gettext("ngành nghề"))
    support = filters.choice("support", taxonomy["support_types"], gettext("loại hình hỗ trợ"))
    year = filters.integer("year", gettext("năm"), 1990, 2100)
    # State support range in millions of đồng.
    support_min = filters.integer("min", gettext("mức hỗ trợ từ"), 0, 10_000_000)
    support_max = filters.integer("max", gettext("mức hỗ trợ đến"), 0, 10_000_000)
    if support_min is not None and support_max is not None and support_min > support_max:
        filters.messages.append(gettext("Mức hỗ trợ “từ” lớn hơn “đến”; đã đổi chỗ hai giá trị."))
        support_min, support_max = support_max, support_min
        filters.values["min"], filters.values["max"] = support_min, support_max
    sort_key = filters.raw("sort")
    if sort_key in CASE_STUDY_SORTS:
        filters.values["sort"] = sort_key
    else:
        if sort_key:
            # An unknown order is not worth an empty list: use the default one.
            filters.messages.append(
                gettext("Không có cách sắp xếp “%(value)s”; xếp mới nhất trước.")
                % {"value": sort_key}
            )
        sort_key = DEFAULT_CASE_STUDY_SORT

    queryset = queries.live_case_studies(index_page.locale_id).child_of(index_page)
    if region is not None:
        queryset = queryset.filter(province__region=region)
    if province is not None:
        queryset = queryset.filter(province=province)
    if sector is not None:
        queryset = queryset.filter(sector=sector)
    if support is not None:
        queryset = queryset.filter(support_types=support)
    if year is not None:
        queryset = queryset.filter(year_start__lte=year).filter(
            Q(year_end__gte=year) | Q(year_end__isnull=True, year_start=year)
        )
    if support_min is not None:
        queryset = queryset.filter(state_support__gte=support_min * MILLION)
    if support_max is not None:
        queryset = queryset.filter(state_support__lte=support_max * MILLION)
    if filters.no_match:
        queryset = queryset.none()

    language = _language(index_page)
    summary = summarise(queryset, taxonomy["regions"].values(), language)
    ordered = case_study_cards_ordered(queryset, CASE_STUDY_SORTS[sort_key][1])
    page_obj = _paginate(request, ordered, CASE_STUDIES_PER_PAGE, count=summary["count"])

    if region is not None:
        province_options = [p for p in taxonomy["provinces"].values() if p.region_id == region.pk]
        if province is not None and province not in province_options:
            province_options.append(province)
    else:
        province_options = list(taxonomy["provinces"].values())
    return {
        "filters": filters,
        "filtered": bool(set(filters.values) - {"sort"} or filters.no_match or filters.messages),
        "regions": list(taxonomy["regions"].values()),
        "province_options": province_options,
        "sectors": list(taxonomy["sectors"].values()),
        "support_types": list(taxonomy["support_types"].values()),
        "sorts": [(key, label) for key, (label, _order) in CASE_STUDY_SORTS.items()],
        "sort": sort_key,
        "summary": summary,
        "page_obj": page_obj,
        "case_studies": page_obj.object_list,
        "pagination_query": filters.query_string(page=None),
    }


def case_study_cards_ordered(queryset, order):
    return queries.case_study_cards(queryset.order_by(*order))


def summarise(queryset, regions, language):
    """Number of case studies, total state support, and the by-region chart: one query."""
    rows = {
        row["province__region_id"]: row
        for row in queryset.order_by()
        .values("province__region_id")
        .annotate(count=Count("pk"), total=Sum("state_support"))
    }
    chart_rows = []
    count = total = 0
    for region in regions:
        row = rows.get(region.pk, {"count": 0, "total": 0})
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


def case_study_detail(request, page):
    language = _language(page)
    images = list(page.gallery_images.select_related("image").prefetch_related("image__renditions"))
    related_products = queries.products_by_translation(
        [item.product.translation_key for item in page.related_products.select_related("product")],
        page.locale,
    )
    return {
        "support_type_list": list(page.support_types.all()),
        "gallery": images,
        "related_products": related_products,
        "related_news": related_news(request, page),
        "more_case_studies": queries.case_studies_for(
            page.locale, sector=page.sector.slug, exclude=page, limit=3
        ),
        "language": language,
    }


def related_news(request, page, limit=3):
    """News about this case study, from whichever app answers the hook (the news app,
    once it registers ``showcase_related_news``: fn(request, page, limit) -> [Page])."""
    for fn in hooks.get_hooks(RELATED_NEWS_HOOK):
        items = fn(request, page, limit)
        if items:
            return list(items)[:limit]
    return []


# Products -------------------------------------------------------------------------------


def product_listing(request, gallery_page):
    taxonomy = _taxonomy(gallery_page.locale_id)
    filters = QueryFilters(request.GET)
    level = filters.choice("level", AWARD_LEVELS, gettext("cấp công nhận"))
    group = filters.choice("group", PRODUCT_GROUPS, gettext("nhóm sản phẩm"))
    province = filters.choice("province", taxonomy["provinces"], gettext("tỉnh, thành phố"))
    year = filters.integer("year", gettext("năm"), 1990, 2100)

    products = queries.live_products(gallery_page.locale_id).child_of(gallery_page)
    queryset = products
    if level is not None:
        queryset = queryset.filter(award_level=level)
    if group is not None:
        queryset = queryset.filter(product_group=group)
    if province is not None:
        queryset = queryset.filter(producer_province=province)
    if year is not None:
        queryset = queryset.filter(award_year=year)
    if filters.no_match:
        queryset = queryset.none()
    rank = Case(
        *[When(award_level=level, then=Value(r)) for level, r in AWARD_LEVEL_RANK.items()],
        default=Value(9),
        output_field=IntegerField(),
    )
    years = list(products.order_by("-award_year").values_list("award_year", flat=True).distinct())
    ordered = queries.product_cards(
        queryset.annotate(level_rank=rank).order_by("-award_year", "level_rank", "title", "pk")
    )
    page_obj = _paginate(request, ordered, PRODUCTS_PER_PAGE)
    return {
        "filters": filters,
        "filtered": bool(filters.values or filters.no_match or filters.messages),
        "levels": list(AWARD_LEVELS.values()),
        "groups": list(PRODUCT_GROUPS.values()),
        "province_options": list(taxonomy["provinces"].values()),
        "years": years,
        "page_obj": page_obj,
        "products": page_obj.object_list,
        "pagination_query": filters.query_string(page=None),
    }


def product_detail(request, page, form=None):
    images = list(page.images.select_related("image").prefetch_related("image__renditions"))
    return {
        "product_images": images,
        "inquiry_form": form or ProducerInquiryForm(),
        "case_studies_with_product": _case_studies_with(page),
    }


def _case_studies_with(product):
    queryset = queries.live_case_studies(product.locale).filter(
        related_products__product__translation_key=product.translation_key
    )
    return list(queries.case_study_cards(queryset.distinct().order_by("-year_start"))[:3])


def receive_inquiry(page, request, render):
    """A producer inquiry posted to ``page``: checked, stored, e-mailed to the editors.

    ``render(form)`` shows the product page again with the form and its errors.
    """
    if not rate_limit_allows(request, "inquiry"):
        return rate_limited_response(
            request, scope="inquiry", context={"back_url": page.get_url(request), "page": page}
        )
    form = ProducerInquiryForm(request.POST)
    if not form.is_valid():
        response = render(form)
        response.status_code = 400
        return response
    inquiry = form.save(commit=False)
    inquiry.product = page
    inquiry.product_title = page.title
    inquiry.language = _language(page)
    inquiry.ip_hash = hash_ip(client_ip(request))
    reasons = form.spam_reasons()
    inquiry.is_spam = bool(reasons)
    inquiry.spam_reason = ", ".join(reasons)[:255]
    with transaction.atomic():
        # The form's token works once per client address (website.antispam.claim_token).
        if not form.claim_token(request):
            response = render(form)
            response.status_code = 400
            return response
        inquiry.save()
    if not inquiry.is_spam:
        send_inquiry_email(request, inquiry, page)
    messages.success(
        request,
        _("Cảm ơn bạn. Yêu cầu đã được gửi tới ban biên tập để chuyển cho cơ sở sản xuất."),
    )
    return HttpResponseRedirect(page.get_url(request) + "#lien-he", status=303)


def send_inquiry_email(request, inquiry, page):
    recipient = SiteSettings.for_request(request).editors_email
    if not recipient:
        logger.warning("No editors' e-mail in SiteSettings: inquiry %s not e-mailed", inquiry.pk)
        return False
    admin_path = reverse("showcase_inquiry:edit", args=[inquiry.pk])
    with translation.override("vi"):
        subject = gettext("Yêu cầu liên hệ nhà sản xuất: %(product)s") % {"product": page.title}
        body = render_to_string(
            "components/showcase/inquiry_email.txt",
            {
                "inquiry": inquiry,
                "page": page,
                "page_url": page.get_full_url(request),
                "admin_url": absolute(admin_path),
            },
        )
    email = EmailMessage(
        subject=subject.replace("\n", " "),
        body=body,
        to=[recipient],
        reply_to=[inquiry.email] if inquiry.email else None,
    )
    email.send(fail_silently=False)
    inquiry.emailed_at = timezone.now()
    inquiry.save(update_fields=["emailed_at"])
    return True
