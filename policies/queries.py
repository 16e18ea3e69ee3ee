"""Public helpers of the policies app, and the finder's queries.

Other apps use ``policies_for(...)`` and ``latest_in_force(...)``. The finder
(``run_finder``) filters on facets that combine (AND across facets, OR within
one), counts the matches of every option with every other facet applied, and
fetches one page of results: it loads the candidate documents and their links in
two queries and counts with sets in Python, so the number of SQL queries does not
depend on how many documents or options there are.

"Applies to" rules: a document with no sectors applies to every sector, with no
beneficiary kinds to every kind, with no sizes to every size, and with no regions
nor provinces to the whole country.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q, Value
from django.utils import timezone

from website.models import Province, Sector, SupportType
from website.search import fold
from website.sql import in_locale
from website.visibility import public_q

from .models import (
    IN_FORCE_STATUSES,
    STATUS_RANK,
    BeneficiaryKind,
    DocumentType,
    IssuingBody,
    PolicyPage,
    Status,
    in_effect_condition,
    status_expression,
)

PAGE_SIZE = 20
MAX_VALUES = 12  # values of one facet in a query string
MAX_QUERY_LENGTH = 200
MAX_SEARCH_RESULTS = 1000
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
# Search words: letters and digits only. Quotes, *, :, ^, NUL and the like make the
# SQLite FTS5 parser fail, and mean nothing to a reader's query anyway.
_WORD = re.compile(r"\w+", re.UNICODE)

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


# --- search ---------------------------------------------------------------


def search_terms(text):
    """The words of a search text, safe for every search backend."""
    text = (text or "").replace("\x00", " ")[:MAX_QUERY_LENGTH]
    return _WORD.findall(text)[:12]


def search_ids(text, queryset):
    """Primary keys of the pages in ``queryset`` that match ``text`` (all words).

    The one place the finder calls the search backend; a later issue swaps in
    Vietnamese-aware folding here.
    """
    terms = search_terms(text)
    if not terms:
        return None
    results = queryset.search(" ".join(terms), operator="and", order_by_relevance=False)
    return [page.pk for page in results[:MAX_SEARCH_RESULTS]]


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


def _clean_list(values, param, ignored, valid):
    result = []
    for value in values[: MAX_VALUES * 2]:
        value = (value or "").strip()
        if not value:
            continue
        if valid(value) and value not in result and len(result) < MAX_VALUES:
            result.append(value)
        else:
            ignored.append(param)
    return result


def _is_year(value):
    return value.isascii() and value.isdigit() and 1945 <= int(value) <= 2100


def parse_query(querydict):
    """A FinderQuery from the request's GET parameters. Bad values are dropped."""
    ignored = []
    query = FinderQuery()
    raw_q = querydict.get("q", "")
    query.q = " ".join(search_terms(raw_q))
    if raw_q.strip() and not query.q:
        ignored.append("q")
    for param in FACET_PARAMS:
        valid = _is_year if param == "year" else SLUG.match
        setattr(query, param, _clean_list(querydict.getlist(param), param, ignored, valid))
    query.type = [t for t in query.type if t in DocumentType.values] or []
    query.status = [s for s in query.status if s in Status.values] or []
    query.year = [int(y) for y in query.year]
    sort = querydict.get("sort", "")
    query.sort = sort if sort in SORTS else ""
    page = querydict.get("page", "1")
    query.page = int(page) if page.isascii() and page.isdigit() and 0 < len(page) < 6 else 1
    query.page = max(query.page, 1)
    query.ignored = ignored
    return query


# --- conditions -------------------------------------------------------------

_through = {
    "support": (PolicyPage.support_types.through, "supporttype__slug__in"),
    "beneficiary": (PolicyPage.beneficiary_kinds.through, "beneficiarykind__code__in"),
    "sector": (PolicyPage.sectors.through, "sector__slug__in"),
    "size": (PolicyPage.enterprise_sizes.through, "enterprisesize__code__in"),
    "region": (PolicyPage.regions.through, "region__slug__in"),
    "province": (PolicyPage.provinces.through, "province__slug__in"),
}


def _linked(kind, values=None):
    """Exists: the page is linked to one of ``values`` (or to anything, when None)."""
    through, lookup = _through[kind]
    rows = through.objects.filter(policypage_id=OuterRef("pk"))
    if values is not None:
        rows = rows.filter(**{lookup: list(values)})
    return Exists(rows)


def _applies(kind, values):
    """Linked to one of ``values``, or to nothing at all (= applies to all)."""
    return Q(_linked(kind, values)) | ~Q(_linked(kind))


def nationwide():
    return ~Q(_linked("region")) & ~Q(_linked("province"))


def applies_to_province(province_slug, region_slug):
    return (
        nationwide() | Q(_linked("province", [province_slug])) | Q(_linked("region", [region_slug]))
    )


@dataclass
class Options:
    """Every option of every facet in the active language (a few small queries)."""

    support: list
    support_by_id: dict
    beneficiary: list
    sector: list
    regions: list
    provinces: list
    province_region: dict
    region_provinces: dict
    type: list
    issuer: list
    status: list


def load_options(locale):
    support_all = list(SupportType.objects.all())
    by_slug = {s.slug: s for s in support_all if s.locale_id == locale.pk}
    support = sorted(by_slug.values(), key=lambda s: (s.sort_order, s.name))
    support_by_id = {s.pk: by_slug.get(s.slug, s) for s in support_all}
    provinces = list(
        Province.objects.filter(locale=locale).select_related("region").order_by("sort_order")
    )
    regions = {}
    region_provinces = {}
    for province in provinces:
        regions[province.region.slug] = province.region
        region_provinces.setdefault(province.region.slug, []).append(province.slug)
    return Options(
        support=support,
        support_by_id=support_by_id,
        beneficiary=list(BeneficiaryKind.objects.all()),
        sector=list(Sector.objects.filter(locale=locale)),
        regions=sorted(regions.values(), key=lambda r: (r.sort_order, r.name)),
        provinces=provinces,
        province_region={p.slug: p.region.slug for p in provinces},
        region_provinces=region_provinces,
        type=[(value, label) for value, label in DocumentType.choices],
        issuer=list(IssuingBody.objects.filter(locale=locale)),
        status=[(value, label) for value, label in Status.choices],
    )


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


def base_queryset(locale):
    # .public(), not public_q(): this queryset goes to the search backend.
    return PolicyPage.objects.live().public().filter(locale=locale)


class _Memberships:
    """Which of the candidate documents each facet option holds, as sets of ids.

    Two queries whatever the number of documents and options: the documents (type,
    issuer, year, status on ``today``) and every link of theirs (support types,
    beneficiary kinds, sectors, regions, provinces) in one UNION. The sets follow the
    "applies to" rules of the module's docstring (those ``policies_for`` writes in SQL):
    counting an option is then a set intersection, where counting in SQL took some
    hundred filtered COUNTs with three hundred EXISTS subqueries (≈ 250 ms of Python to
    build and compile them on every cache miss).
    """

    LINKED = ("support", "beneficiary", "sector", "region", "province")

    def __init__(self, base, options, today):
        self.options = options
        self.rows = {
            row.pk: row
            for row in base.annotate(status_code=status_expression(today))
            .order_by()
            .values_list(
                "pk", "document_type", "issuing_body__slug", "issue_date", "status_code", named=True
            )
        }
        self.all = frozenset(self.rows)
        self.linked = {kind: {} for kind in self.LINKED}
        parts = []
        for kind in self.LINKED:
            through, lookup = _through[kind]
            parts.append(
                through.objects.filter(policypage_id__in=base.order_by().values("pk"))
                .annotate(kcqg_kind=Value(kind))
                .values_list("policypage_id", "kcqg_kind", lookup.removesuffix("__in"))
            )
        for pk, kind, value in parts[0].union(*parts[1:], all=True):
            self.linked[kind].setdefault(value, set()).add(pk)
        self.linked_any = {
            kind: set().union(*values.values()) for kind, values in self.linked.items()
        }
        self.nationwide = self.all - self.linked_any["region"] - self.linked_any["province"]

    def _where(self, test):
        return {pk for pk, row in self.rows.items() if test(row)}

    def option(self, facet, value):
        """The ids the single option ``value`` of ``facet`` admits."""
        if facet == "support":
            return self.linked["support"].get(value, set())
        if facet in ("beneficiary", "sector"):
            return self.linked[facet].get(value, set()) | (self.all - self.linked_any[facet])
        if facet == "type":
            return self._where(lambda row: row.document_type == value)
        if facet == "issuer":
            return self._where(lambda row: row.issuing_body__slug == value)
        if facet == "year":
            return self._where(lambda row: row.issue_date.year == value)
        if facet == "status":
            # "In force" holds the partly amended documents too, as in the guided form.
            wanted = IN_FORCE_STATUSES if value == Status.IN_FORCE else (value,)
            return self._where(lambda row: row.status_code in wanted)
        if facet == "province":
            region = self.options.province_region[value]
            return (
                self.nationwide
                | self.linked["province"].get(value, set())
                | self.linked["region"].get(region, set())
            )
        if facet == "region":
            admitted = self.nationwide | self.linked["region"].get(value, set())
            for province in self.options.region_provinces.get(value, []):
                admitted |= self.linked["province"].get(province, set())
            return admitted
        raise ValueError(facet)

    def selected(self, query):
        """{facet: ids its selected values admit (any of them)} for the selected facets."""
        chosen = {}
        for facet in FACETS:
            if not query.facet_selected(facet):
                continue
            if facet == "area":
                pairs = [("region", v) for v in query.region]
                pairs += [("province", v) for v in query.province]
            else:
                pairs = [(facet, v) for v in query.values(facet)]
            chosen[facet] = set().union(*(self.option(f, v) for f, v in pairs))
        return chosen


def run_finder(query, locale, today=None):
    """Filter, count and fetch one page of results for ``query``."""
    today = today or timezone.localdate()
    options = load_options(locale)
    drop_unknown(query, options)
    # The documents the finder reads in SQL: "public" and "in this language" said so
    # that SQLite drives the queries from the (few) documents, not from the locale
    # index (at 100,000 articles the six queries below each read every page of the
    # language: 190 ms). The search backend takes base_queryset() instead.
    base = PolicyPage.objects.live().filter(public_q(), in_locale(locale))
    if query.q:
        ids = search_ids(query.q, base_queryset(locale))
        if ids is not None:
            base = base.filter(pk__in=ids)
    members = _Memberships(base, options, today)
    chosen = members.selected(query)

    def others(facet):
        """The ids every selected facet but ``facet`` admits."""
        admitted = members.all
        for other, ids in chosen.items():
            if other != facet:
                admitted = admitted & ids
        return admitted

    labels = {
        "support": [(s.slug, s.name) for s in options.support],
        "beneficiary": [(b.code, str(b)) for b in options.beneficiary],
        "sector": [(s.slug, s.name) for s in options.sector],
        "type": [(value, str(label)) for value, label in options.type],
        "issuer": [(i.slug, i.name) for i in options.issuer],
        "status": [(value, str(label)) for value, label in options.status],
    }
    # Each option counts the documents it admits among those every other facet admits.
    area_rest = others("area")
    groups = {
        facet: (pairs, others(facet), set(query.values(facet))) for facet, pairs in labels.items()
    }
    groups["region"] = ([(r.slug, r.name) for r in options.regions], area_rest, set(query.region))
    groups["province"] = (
        [(p.slug, p.name) for p in options.provinces],
        area_rest,
        set(query.province),
    )
    facets = {
        facet: [
            FacetOption(value, label, len(rest & members.option(facet, value)), value in picked)
            for value, label in pairs
        ]
        for facet, (pairs, rest, picked) in groups.items()
    }
    # Years: the options are the years documents were issued in.
    year_counts = Counter(members.rows[pk].issue_date.year for pk in others("year"))
    years = sorted(set(year_counts) | set(query.year), reverse=True)
    facets["year"] = [
        FacetOption(str(y), str(y), year_counts.get(y, 0), y in query.year) for y in years
    ]

    # The page of results: ordered here (status, newest first, id), then its twenty
    # documents loaded by id (the filters need not be written again in SQL).
    matching = others(None)
    total = len(matching)
    num_pages = max(1, -(-total // PAGE_SIZE))
    page = min(query.page, num_pages)
    by_status = query.sort != "moi-nhat"

    def order_key(pk):
        row = members.rows[pk]
        rank = STATUS_RANK[Status(row.status_code)] if by_status else 0
        return (rank, -row.issue_date.toordinal(), pk)

    order = sorted(matching, key=order_key)
    start = (page - 1) * PAGE_SIZE
    shown = order[start : start + PAGE_SIZE]
    loaded = (
        base.filter(pk__in=shown)
        .order_by()  # put in order below
        .select_related("issuing_body")
        .annotate(status_code=status_expression(today))
    )
    by_id = {p.pk: p for p in loaded}
    pages = [by_id[pk] for pk in shown if pk in by_id]
    wanted = set(query.support)
    results = [{"page": p, "items": support_items(p, options.support_by_id, wanted)} for p in pages]
    return FinderResult(query, options, total, results, facets, page, num_pages)


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


# --- helpers for other apps and the guided form ------------------------------


def policies_for(
    locale,
    *,
    province=None,
    sector=None,
    kind=None,
    size=None,
    support_types=None,
    today=None,
    limit=None,
):
    """Live documents in force on ``today`` that apply to this profile.

    ``province``/``sector``/``kind``/``size``/``support_types`` are slugs (or lists
    of slugs for ``support_types``); ``None`` means "any". Ordered newest first.
    """
    today = today or timezone.localdate()
    queryset = _in_effect(locale, today)
    if province is not None:
        region = (
            Province.objects.filter(slug=province).values_list("region__slug", flat=True).first()
        )
        queryset = queryset.filter(applies_to_province(province, region or ""))
    if sector:
        queryset = queryset.filter(_applies("sector", [sector]))
    if kind:
        queryset = queryset.filter(_applies("beneficiary", [kind]))
    if size:
        queryset = queryset.filter(_applies("size", [size]))
    if support_types:
        queryset = queryset.filter(_linked("support", list(support_types)))
    queryset = queryset.select_related("issuing_body").annotate(
        status_code=status_expression(today)
    )
    queryset = queryset.order_by("-issue_date", "pk")
    return list(queryset[:limit] if limit else queryset)


def _in_effect(locale, today):
    # Not base_queryset(): this one never goes to a search backend, so it can say
    # "public" and "in this language" inside its one query, in a way that does not
    # let SQLite drive it from the locale index (half of all pages are articles).
    return PolicyPage.objects.live().filter(
        public_q(), in_locale(locale), in_effect_condition(today)
    )


LATEST_FIELDS = ["id", "title", "url_path", "locale_id", "document_number", "issue_date"]


def latest_in_force(locale, limit=3, today=None):
    """The newest documents in force (or amended) on ``today``: title, number and date
    for a short list (no status, no issuer: half the cost of ``policies_for``). Only
    the columns the list shows are read (a document has ~60)."""
    today = today or timezone.localdate()
    queryset = _in_effect(locale, today).only(*LATEST_FIELDS).order_by("-issue_date", "pk")
    return list(queryset[:limit])


# A document number in what the reader typed: "45/2012", "1288/QĐ-TTg", "45/2012/nd-cp".
NUMBER_IN_QUERY = re.compile(r"(\d{1,5})/(?:\d{4}|[^\W\d_])[\w/\-]*", re.UNICODE)


def _compact(text):
    return fold(text or "").replace(" ", "")


def pages_named_by_number(query):
    """Ids of policy pages whose document number the query gives ("45/2012",
    "1288/QĐ-TTg", "45/2012/nd-cp"): the site search puts them first."""
    from .models import PolicyPage

    match = NUMBER_IN_QUERY.search(query or "")
    if match is None:
        return []
    wanted = _compact(match.group(0))
    prefix = match.group(1) + "/"
    candidates = PolicyPage.objects.filter(document_number__startswith=prefix).values_list(
        "pk", "document_number"
    )
    return [pk for pk, number in candidates if _compact(number).startswith(wanted)]
