"""The finder and the guided form, served as routes of PolicyIndexPage."""

import importlib
import logging

from django.apps import apps
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from .forms import GuideForm
from .queries import (
    FACET_PARAMS,
    load_options,
    parse_query,
    policies_for,
    run_finder,
    support_items,
)

logger = logging.getLogger(__name__)


def _url_with(request, base_url, **changes):
    """``base_url`` with the request's filters, changed: value None removes a parameter,
    a tuple (param, value) removes one value of a list parameter."""
    params = QueryDict(mutable=True)
    for key in ("q", *FACET_PARAMS, "sort"):
        for value in request.GET.getlist(key):
            if value:
                params.appendlist(key, value)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        elif isinstance(value, tuple):
            params.setlist(key, [v for v in params.getlist(key) if v != value[0]])
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"{base_url}?{encoded}" if encoded else base_url


def finder_view(request, index_page):
    query = parse_query(request.GET)
    result = run_finder(query, index_page.locale)
    base_url = index_page.url
    chips = []
    labels = {
        "support": "support",
        "beneficiary": "beneficiary",
        "sector": "sector",
        "region": "region",
        "province": "province",
        "type": "type",
        "issuer": "issuer",
        "status": "status",
        "year": "year",
    }
    for param, facet in labels.items():
        for option in result.facets[facet]:
            if option.selected:
                chips.append(
                    {
                        "label": option.label,
                        "url": _url_with(request, base_url, **{param: (option.value,)}),
                    }
                )
    if query.q:
        chips.insert(0, {"label": f"“{query.q}”", "url": _url_with(request, base_url, q=None)})

    context = {
        "finder": result,
        "chips": chips,
        "clear_url": base_url,
        "ignored": bool(query.ignored),
        "filtered": query.has_filters,
        "sort_default_url": _url_with(request, base_url, sort=None),
        "sort_newest_url": _url_with(request, base_url, sort="moi-nhat"),
        "guide_url": index_page.guide_url(),
    }
    return index_page.render(request, context_overrides=context)


MISSING_MESSAGES = {
    "kind": lambda: _("Bạn chưa chọn loại hình cơ sở: danh sách gồm văn bản cho mọi loại hình."),
    "size": lambda: _("Bạn chưa chọn quy mô: danh sách gồm văn bản cho mọi quy mô."),
    "province": lambda: _(
        "Bạn chưa chọn tỉnh, thành phố: danh sách chỉ chắc chắn đúng với văn bản áp dụng "
        "trên cả nước; hãy chọn địa phương để thấy cả chính sách riêng của tỉnh."
    ),
    "sector": lambda: _("Bạn chưa chọn ngành nghề: danh sách gồm văn bản cho mọi ngành."),
    "needs": lambda: _(
        "Bạn chưa chọn nhu cầu hỗ trợ: danh sách hiện mọi nội dung hỗ trợ của từng văn bản."
    ),
}


def related_case_studies(locale, province=None, sector=None, support_types=None, limit=3):
    """Case studies from the showcase app's public helper, or [] while it is not there."""
    if not apps.is_installed("showcase"):
        return []
    try:
        helper = importlib.import_module("showcase.queries").case_studies_for
    except (ImportError, AttributeError):
        return []
    try:
        return list(
            helper(
                locale,
                province=province,
                sector=sector,
                support_types=support_types,
                limit=limit,
            )
        )
    except Exception:  # noqa: BLE001 - another app's helper must not break this page
        logger.exception("showcase.queries.case_studies_for failed")
        return []


def guide_view(request, index_page):
    options = load_options(index_page.locale)
    submitted = any(key in request.GET for key in GuideForm.ANSWERS) or "go" in request.GET
    form = GuideForm(request.GET if submitted else None, options=options)
    context = {"form": form, "submitted": submitted, "finder_url": index_page.url}
    status = 200
    if submitted and not form.is_valid():
        status = 400
        context["error"] = _("Một số câu trả lời không hợp lệ. Hãy chọn lại trong danh sách.")
    elif submitted and not form.has_any_answer():
        context["error"] = _(
            "Hãy trả lời ít nhất một câu hỏi, ví dụ chọn tỉnh, thành phố và nhu cầu hỗ trợ."
        )
    elif submitted:
        data = form.cleaned_data
        needs = data["needs"] or []
        today = timezone.localdate()
        policies = policies_for(
            index_page.locale,
            province=data["province"] or None,
            sector=data["sector"] or None,
            kind=data["kind"] or None,
            size=data["size"] or None,
            support_types=needs or None,
            today=today,
        )
        wanted = set(needs)
        context["matches"] = [
            {"page": page, "items": support_items(page, options.support_by_id, wanted)}
            for page in policies
        ]
        context["notices"] = [MISSING_MESSAGES[name]() for name in form.missing()]
        province = next((p for p in options.provinces if p.slug == data["province"]), None)
        sector = next((s for s in options.sector if s.slug == data["sector"]), None)
        chosen_support = [s for s in options.support if s.slug in wanted]
        context["case_studies"] = related_case_studies(
            index_page.locale,
            province=province,
            sector=sector,
            support_types=chosen_support or None,
        )
        context["answers"] = {
            "kind": dict(form.fields["kind"].choices).get(data["kind"]),
            "size": dict(form.fields["size"].choices).get(data["size"]),
            "province": province.name if province else None,
            "sector": sector.name if sector else None,
            "needs": [s.name for s in chosen_support],
        }
    response = index_page.render(
        request,
        template="pages/policies/policy_guide.html",
        context_overrides=context,
    )
    response.status_code = status
    return response
