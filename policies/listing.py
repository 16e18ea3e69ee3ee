"""The finder and the guided form "Tôi được hỗ trợ gì?" of a ``PolicyIndexPage``: the
query-string filters, the facet counts and the context of each route (the views in
``policies.views`` render it). Every query comes from ``policies.queries``."""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from website.pagination import ListPaginator
from website.querystring import IGNORE, QueryFilters

from .forms import GuideForm
from .models import STATUS_RANK, DocumentType, Status
from .queries import (
    Memberships,
    Options,
    base_queryset,
    finder_documents,
    load_options,
    load_results,
    policies_for,
    search_ids,
    search_terms,
)

PAGE_SIZE = 20
MAX_VALUES = 12  # values of one facet in a query string
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")

FACETS = ["support", "beneficiary", "sector", "area", "type", "issuer", "status", "year"]
# Query-string parameters that carry facet values (region and province form the "area").
FACET_PARAMS = {
    "support": "support",
    "beneficiary": "beneficiary",
    "sector": "sector",
    "region": "area",
    "province": "area",
    "type": "type",
    "issuer": "issuer",
    "status": "status",
    "year": "year",
}
SORTS = ("", "moi-nhat")
# Other apps' case studies for the guide's answers: callables (page, request, limit, *,
# province, sector, support_types) -> list, registered as a Wagtail hook (the showcase
# app registers one).
RELATED_CASE_STUDIES_HOOK = "kcqg_related_case_studies"


# --- the request's filters ------------------------------------------------


@dataclass
class FinderQuery:
    q: str = ""
    support: list = field(default_factory=list)
    beneficiary: list = field(default_factory=list)
    sector: list = field(default_factory=list)
    region: list = field(default_factory=list)
    province: list = field(default_factory=list)
    type: list = field(default_factory=list)
    issuer: list = field(default_factory=list)
    status: list = field(default_factory=list)
    year: list = field(default_factory=list)
    sort: str = ""
    page: int = 1
    ignored: list = field(default_factory=list)

    def values(self, param):
        return getattr(self, param)

    def facet_selected(self, facet):
        if facet == "area":
            return bool(self.region or self.province)
        return bool(getattr(self, facet))

    @property
    def has_filters(self):
        return bool(self.q) or any(self.facet_selected(f) for f in FACETS)


def _slug(value):
    return value if SLUG.match(value) else None


def _year(value):
    return value if value.isascii() and value.isdigit() and 1945 <= int(value) <= 2100 else None


def parse_query(querydict):
    """A FinderQuery from the request's GET parameters. Bad values are dropped (their
    parameters noted in ``ignored``); values that name nothing are dropped later, when
    the options are known (``drop_unknown``)."""
    filters = QueryFilters(querydict)
    query = FinderQuery()
    # A search text, cut into words by the search (not a value to check).
    raw_q = querydict.get("q", "")
    query.q = " ".join(search_terms(raw_q))
    for param in FACET_PARAMS:
        valid = _year if param == "year" else _slug
        setattr(query, param, filters.choices(param, valid, limit=MAX_VALUES, unknown=IGNORE))
    query.type = [t for t in query.type if t in DocumentType.values] or []
    query.status = [s for s in query.status if s in Status.values] or []
    query.year = [int(y) for y in query.year]
    query.sort = filters.option("sort", SORTS, "")
    query.page = filters.page_number()
    query.ignored = (["q"] if raw_q.strip() and not query.q else []) + filters.ignored
    return query


def _known(options):
    return {
        "support": {s.slug for s in options.support},
        "beneficiary": {b.code for b in options.beneficiary},
        "sector": {s.slug for s in options.sector},
        "region": {r.slug for r in options.regions},
        "province": {p.slug for p in options.provinces},
        "issuer": {i.slug for i in options.issuer},
    }


def drop_unknown(query, options):
    """Remove facet values that name nothing (a typo, an old link); note them."""
    for param, known in _known(options).items():
        values = query.values(param)
        kept = [v for v in values if v in known]
        if len(kept) != len(values):
            query.ignored.append(param)
            setattr(query, param, kept)


# --- the finder -------------------------------------------------------------


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FinderResult:
    query: FinderQuery
    options: Options
    total: int
    results: list
    facets: dict
    page: int
    num_pages: int
    page_obj: object = None  # the paginator's page (its start_index() for the JSON-LD list)


def _option_labels(options):
    """{query-string parameter: [(value, label)]} of every facet but the years."""
    return {
        "support": [(s.slug, s.name) for s in options.support],
        "beneficiary": [(b.code, str(b)) for b in options.beneficiary],
        "sector": [(s.slug, s.name) for s in options.sector],
        "type": [(value, str(label)) for value, label in options.type],
        "issuer": [(i.slug, i.name) for i in options.issuer],
        "status": [(value, str(label)) for value, label in options.status],
        "region": [(r.slug, r.name) for r in options.regions],
        "province": [(p.slug, p.name) for p in options.provinces],
    }


def _chosen(members, query):
    """{facet: ids its selected values admit (any of them)} for the selected facets."""
    chosen = {}
    for param, facet in FACET_PARAMS.items():
        for value in query.values(param):
            chosen[facet] = chosen.get(facet, set()) | members.option(param, value)
    return chosen


def _admitted(members, chosen, but=None):
    """The ids every selected facet (but ``but``) admits."""
    admitted = members.all
    for facet, ids in chosen.items():
        if facet != but:
            admitted = admitted & ids
    return admitted


def run_finder(query, locale, today=None):
    """Filter, count and fetch one page of results for ``query``: each option counts
    the documents it admits among those every other facet admits (AND across facets,
    OR within one); the results are ordered by status, newest first, then id — or, for
    a search text, by relevance (the document whose number was typed first)."""
    today = today or timezone.localdate()
    options = load_options(locale)
    drop_unknown(query, options)
    ids = search_ids(query.q, base_queryset(locale)) if query.q else None
    relevance = {pk: index for index, pk in enumerate(ids or ())}
    documents = finder_documents(locale, query.q, ids)
    members = Memberships(documents, options, today)
    chosen = _chosen(members, query)

    facets = {}
    for param, pairs in _option_labels(options).items():
        rest = _admitted(members, chosen, but=FACET_PARAMS[param])
        picked = set(query.values(param))
        facets[param] = [
            FacetOption(value, label, len(rest & members.option(param, value)), value in picked)
            for value, label in pairs
        ]
    # Years: the options are the years documents were issued in.
    rest = _admitted(members, chosen, but="year")
    year_counts = Counter(members.rows[pk].issue_date.year for pk in rest)
    years = sorted(set(year_counts) | set(query.year), reverse=True)
    facets["year"] = [
        FacetOption(str(y), str(y), year_counts.get(y, 0), y in query.year) for y in years
    ]

    by_status = query.sort != "moi-nhat"
    by_relevance = by_status and ids is not None

    def order_key(pk):
        row = members.rows[pk]
        if by_relevance:
            return (relevance.get(pk, len(relevance)), 0, pk)
        rank = STATUS_RANK[Status(row.status_code)] if by_status else 0
        return (rank, -row.issue_date.toordinal(), pk)

    matching = sorted(_admitted(members, chosen), key=order_key)
    # A page past the end shows the last one.
    paginator = ListPaginator(matching, PAGE_SIZE)
    page = paginator.get_page(query.page)
    wanted = set(query.support)
    results = [
        {"page": p, "items": support_items(p, options.support_by_id, wanted)}
        for p in load_results(documents, page.object_list, today)
    ]
    return FinderResult(
        query, options, paginator.count, results, facets, page.number, paginator.num_pages, page
    )


def support_items(page, support_by_id, wanted=None):
    """The page's support items as dicts with their support type; only ``wanted`` kinds
    when given."""
    items = []
    for item in page.support_item_values():
        support_type = support_by_id.get(item["support_type"])
        if support_type is None:
            continue
        if wanted and support_type.slug not in wanted:
            continue
        items.append({**item, "support_type": support_type})
    return items


# --- the finder's page --------------------------------------------------------


def url_with(request, base_url, **changes):
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


def finder_context(request, index_page):
    query = parse_query(request.GET)
    result = run_finder(query, index_page.locale)
    base_url = index_page.url
    chips = [
        {"label": option.label, "url": url_with(request, base_url, **{param: (option.value,)})}
        for param in FACET_PARAMS
        for option in result.facets[param]
        if option.selected
    ]
    if query.q:
        chips.insert(0, {"label": f"“{query.q}”", "url": url_with(request, base_url, q=None)})
    return {
        "finder": result,
        "chips": chips,
        "clear_url": base_url,
        "ignored": bool(query.ignored),
        "filtered": query.has_filters,
        "sort_default_url": url_with(request, base_url, sort=None),
        "sort_newest_url": url_with(request, base_url, sort="moi-nhat"),
        "guide_url": index_page.guide_url(),
        "alert": alert_filters(query, result.facets),
    }


# --- the guided form ----------------------------------------------------------


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


def related_case_studies(page, request, limit=3, **answers):
    """Case studies for the guide's answers (``province``, ``sector``, ``support_types``:
    the snippets chosen, None: any) from the apps that register the hook (none while the
    showcase app is not installed)."""
    found = []
    for hook in hooks.get_hooks(RELATED_CASE_STUDIES_HOOK):
        found.extend(hook(page, request, limit, **answers))
    return found


def guide_context(request, index_page):
    """(context, HTTP status) of the guided form: the questions, and once answered the
    documents in force that apply, with their support items."""
    options = load_options(index_page.locale)
    submitted = any(key in request.GET for key in GuideForm.ANSWERS) or "go" in request.GET
    form = GuideForm(request.GET if submitted else None, options=options)
    context = {"form": form, "submitted": submitted, "finder_url": index_page.url}
    if submitted and not form.is_valid():
        context["error"] = _("Một số câu trả lời không hợp lệ. Hãy chọn lại trong danh sách.")
        return context, 400
    if submitted and not form.has_any_answer():
        context["error"] = _(
            "Hãy trả lời ít nhất một câu hỏi, ví dụ chọn tỉnh, thành phố và nhu cầu hỗ trợ."
        )
    elif submitted:
        context.update(_guide_answers(request, index_page, form, options))
    return context, 200


def _guide_answers(request, index_page, form, options):
    data = form.cleaned_data
    needs = data["needs"] or []
    policies = policies_for(
        index_page.locale,
        province=data["province"] or None,
        sector=data["sector"] or None,
        kind=data["kind"] or None,
        size=data["size"] or None,
        support_types=needs or None,
        today=timezone.localdate(),
    )
    wanted = set(needs)
    province = next((p for p in options.provinces if p.slug == data["province"]), None)
    sector = next((s for s in options.sector if s.slug == data["sector"]), None)
    chosen_support = [s for s in options.support if s.slug in wanted]
    return {
        "matches": [
            {"page": page, "items": support_items(page, options.support_by_id, wanted)}
            for page in policies
        ],
        "notices": [MISSING_MESSAGES[name]() for name in form.missing()],
        "case_studies": related_case_studies(
            index_page,
            request,
            province=province,
            sector=sector,
            support_types=chosen_support or None,
        ),
        "alert": guide_alert(
            province,
            sector,
            chosen_support,
            kind=next((b for b in options.beneficiary if b.code == data["kind"]), None),
        ),
        "answers": {
            "kind": dict(form.fields["kind"].choices).get(data["kind"]),
            "size": dict(form.fields["size"].choices).get(data["size"]),
            "province": province.name if province else None,
            "sector": sector.name if sector else None,
            "needs": [s.name for s in chosen_support],
        },
    }


# --- e-mail alerts ------------------------------------------------------------------


def alert_matches(page, filters, today=None):
    """Whether the finder, filtered by ``filters`` ({parameter: [values]}, as the finder's
    query string names them), would list ``page``: the rule of the finder itself (AND
    across facets, OR within one, "applies to" for the areas)."""
    params = QueryDict(mutable=True)
    for key, values in filters.items():
        if key in FACET_PARAMS:
            params.setlist(key, [str(v) for v in values])
    query = parse_query(params)
    today = today or timezone.localdate()
    options = load_options(page.locale)
    documents = finder_documents(page.locale).filter(pk=page.pk)
    members = Memberships(documents, options, today)
    return page.pk in _admitted(members, _chosen(members, query))


def alert_filters(query, facets):
    """The finder's filters as an alert subscription keeps them, and in words ("Văn bản
    mới về Thủ công mỹ nghệ, tại Thanh Hóa"). The search text is not part of it."""
    filters = {param: [str(v) for v in query.values(param)] for param in FACET_PARAMS}
    filters = {param: values for param, values in filters.items() if values}
    labels = {
        param: [option.label for option in facets.get(param, []) if option.selected]
        for param in FACET_PARAMS
    }
    parts = []
    for params, template in (
        (("sector",), _("về %s")),
        (("region", "province"), _("tại %s")),
        (("support",), _("hỗ trợ %s")),
        (("beneficiary",), _("cho %s")),
        (("type",), _("loại %s")),
        (("issuer",), _("của %s")),
        (("status",), _("tình trạng %s")),
        (("year",), _("năm %s")),
    ):
        names = [name for param in params for name in labels[param]]
        if names:
            parts.append(template % _(" hoặc ").join(names))
    if not parts:
        return filters, _("Mọi văn bản chính sách mới")
    return filters, _("Văn bản mới %s") % ", ".join(parts)


def guide_alert(province, sector, support_types, kind=None):
    """The guide's answers as an alert subscription: new documents for this province,
    sector, kind of establishment and needs (the finder's filters of the same name).
    The size is not part of it: the finder has no filter for it, so the alert covers
    every size."""
    filters = {}
    parts = []
    if sector is not None:
        filters["sector"] = [sector.slug]
        parts.append(_("về %s") % sector.name)
    if province is not None:
        filters["province"] = [province.slug]
        parts.append(_("tại %s") % province.name)
    if support_types:
        filters["support"] = [s.slug for s in support_types]
        parts.append(_("hỗ trợ %s") % _(" hoặc ").join(s.name for s in support_types))
    if kind is not None:
        filters["beneficiary"] = [kind.code]
        parts.append(_("cho %s") % kind)
    if not parts:
        return filters, _("Mọi văn bản chính sách mới")
    return filters, _("Văn bản mới %s") % ", ".join(parts)
