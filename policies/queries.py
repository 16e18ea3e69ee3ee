"""Every query of the policies app: the finder's, the guide's and the public helpers
other apps call (``policies_for``, ``latest_in_force``, ``pages_named_by_number``).

The finder (``policies.listing.run_finder``) loads the candidate documents and their
links in two queries (``Memberships``) and counts with sets in Python, so the number
of SQL queries does not depend on how many documents or options there are. Who a
document applies to is the one rule of ``policies.applies``: ``applies_q`` writes
it in SQL, ``Memberships.option`` as sets of ids.

The SQLite planner hints of the app live here: ``public_q()`` and ``in_locale()``
said so that SQLite drives a query from the (few) documents, not from the locale
index of every page (at 100,000 articles each query read every page of the
language: 190 ms). Querysets that go to a search backend take ``base_queryset()``.
"""

import re
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, Value
from django.utils import timezone

from website import locales
from website.compiled import compiled_objects
from website.models import Province, Sector, SupportType
from website.search import fold, search_pages
from website.sql import in_locale
from website.visibility import public_q

from .applies import Geography, open_kinds, targets
from .models import (
    IN_FORCE_STATUSES,
    BeneficiaryKind,
    DocumentType,
    IssuingBody,
    PolicyPage,
    Status,
    in_effect_condition,
    status_expression,
)

MAX_QUERY_LENGTH = 200
MAX_SEARCH_RESULTS = 1000
# Search words: letters and digits only. Quotes, *, :, ^, NUL and the like make the
# SQLite FTS5 parser fail, and mean nothing to a reader's query anyway.
# A document number stays one term ("45/2012/NĐ-CP"): the search puts it first.
_WORD = re.compile(r"\w+(?:[/\-]\w+)*", re.UNICODE)


# --- search ---------------------------------------------------------------


def search_terms(text):
    """The words of a search text, safe for every search backend."""
    text = (text or "").replace("\x00", " ")[:MAX_QUERY_LENGTH]
    return _WORD.findall(text)[:12]


def search_ids(text, queryset):
    """Primary keys of the pages in ``queryset`` that match ``text``, most relevant
    first (the document whose number ``text`` gives, then every word, else the last
    word as a prefix, else most of the words: ``website.search.search_pages``): the one
    place the finder calls the search backend."""
    terms = search_terms(text)
    if not terms:
        return None
    results = search_pages(queryset, " ".join(terms))
    return [page.pk for page in results[:MAX_SEARCH_RESULTS]]


# --- the "applies to" rule in SQL ---------------------------------------------

_through = {
    "support": (PolicyPage.support_types.through, "supporttype__slug__in"),
    "beneficiary": (PolicyPage.beneficiary_kinds.through, "beneficiarykind__code__in"),
    "sector": (PolicyPage.sectors.through, "sector__slug__in"),
    "size": (PolicyPage.enterprise_sizes.through, "enterprisesize__code__in"),
    "region": (PolicyPage.regions.through, "region__slug__in"),
    "province": (PolicyPage.provinces.through, "province__slug__in"),
}
LINK_KINDS = tuple(_through)


def _linked(kind, values=None):
    """Exists: the page is linked to one of ``values`` (or to anything, when None)."""
    through, lookup = _through[kind]
    rows = through.objects.filter(policypage_id=OuterRef("pk"))
    if values is not None:
        rows = rows.filter(**{lookup: list(values)})
    return Exists(rows)


def applies_q(facet, values, geography=None):
    """The documents that apply to one of ``values`` (not empty) of ``facet``, as a Q:
    the rule of ``policies.applies`` in SQL."""
    condition = Q()
    for kind, wanted in targets(facet, values, geography).items():
        condition |= Q(_linked(kind, wanted))
    if kinds := open_kinds(facet):
        unlinked = Q()
        for kind in kinds:
            unlinked &= ~Q(_linked(kind))
        condition |= unlinked
    return condition


# --- the options of the facets ---------------------------------------------


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

    @property
    def geography(self):
        return Geography(self.province_region, self.region_provinces)


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


# --- the finder's documents --------------------------------------------------


def base_queryset(locale):
    # .public(), not public_q(): this queryset goes to the search backend.
    return PolicyPage.objects.live().public().filter(locale=locale)


def finder_documents(locale, text="", ids=None):
    """The documents the finder reads in SQL: live, public, in this language (said so
    that SQLite drives the queries from the documents), matching ``text`` if any (or
    among ``ids``, the search already run)."""
    documents = PolicyPage.objects.live().filter(public_q(), in_locale(locale))
    if text and ids is None:
        ids = search_ids(text, base_queryset(locale))
    if ids is not None:
        documents = documents.filter(pk__in=ids)
    return documents


class Memberships:
    """Which of the candidate documents each facet option holds, as sets of ids.

    Two queries whatever the number of documents and options: the documents (type,
    issuer, year, status on ``today``) and every link of theirs (support types,
    beneficiary kinds, sectors, regions, provinces) in one UNION. The "applies to"
    options follow ``policies.applies`` (which ``applies_q`` writes in SQL): counting
    an option is then a set intersection, where counting in SQL took some hundred
    filtered COUNTs with three hundred EXISTS subqueries (≈ 250 ms of Python to build
    and compile them on every cache miss).
    """

    LINKED = ("support", "beneficiary", "sector", "region", "province")

    def __init__(self, documents, options, today):
        self.geography = options.geography
        self.rows = {
            row.pk: row
            for row in documents.annotate(status_code=status_expression(today))
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
                through.objects.filter(policypage_id__in=documents.order_by().values("pk"))
                .annotate(kcqg_kind=Value(kind))
                .values_list("policypage_id", "kcqg_kind", lookup.removesuffix("__in"))
            )
        for pk, kind, value in parts[0].union(*parts[1:], all=True):
            self.linked[kind].setdefault(value, set()).add(pk)
        self.linked_any = {
            kind: set().union(*values.values()) for kind, values in self.linked.items()
        }

    def _where(self, test):
        return {pk for pk, row in self.rows.items() if test(row)}

    def applying(self, facet, values):
        """The ids of the documents that apply to one of ``values`` of ``facet``."""
        if not values:
            return set()
        ids = set()
        for kind, wanted in targets(facet, values, self.geography).items():
            for value in wanted:
                ids |= self.linked[kind].get(value, set())
        if kinds := open_kinds(facet):
            ids |= self.all.difference(*(self.linked_any[kind] for kind in kinds))
        return ids

    def option(self, facet, value):
        """The ids the single option ``value`` of ``facet`` admits."""
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
        return self.applying(facet, [value])


def load_results(documents, ids, today):
    """The documents ``ids`` (in that order) with their issuer and status on ``today``."""
    loaded = (
        documents.filter(pk__in=ids)
        .order_by()  # put in order below
        .select_related("issuing_body")
        .annotate(status_code=status_expression(today))
    )
    by_id = {page.pk: page for page in loaded}
    return [by_id[pk] for pk in ids if pk in by_id]


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
        geography = Geography(province_region={province: region or ""})
        queryset = queryset.filter(applies_q("province", [province], geography))
    for facet, value in (("sector", sector), ("beneficiary", kind), ("size", size)):
        if value:
            queryset = queryset.filter(applies_q(facet, [value]))
    if support_types:
        queryset = queryset.filter(applies_q("support", list(support_types)))
    queryset = queryset.select_related("issuing_body").annotate(
        status_code=status_expression(today)
    )
    queryset = queryset.order_by("-issue_date", "pk")
    return list(queryset[:limit] if limit else queryset)


def _in_effect(locale, today, year=None):
    # Not base_queryset(): this one never goes to a search backend, so it can say
    # "public" and "in this language" inside its one query, in a way that does not
    # let SQLite drive it from the locale index (half of all pages are articles).
    return PolicyPage.objects.live().filter(
        public_q(), in_locale(locale), in_effect_condition(today, year)
    )


LATEST_FIELDS = ["id", "title", "url_path", "locale_id", "document_number", "issue_date"]


def latest_in_force(locale, limit=3, today=None):
    """The newest documents in force (or amended) on ``today``: title, number and date
    for a short list (no status, no issuer: half the cost of ``policies_for``). Only
    the columns the list shows are read (a document has ~60). One query, compiled once
    per ``limit`` and year (``website.compiled``: the year compared with a document's
    last year is part of the statement)."""
    today = today or timezone.localdate()
    return compiled_objects(
        ("policies", "latest-in-force", limit, today.year),
        lambda values: (
            _in_effect(*values, year=today.year)
            .only(*LATEST_FIELDS)
            .order_by("-issue_date", "pk")[:limit]
        ),
        [locales.locale_id(locale), today],
    )


# A document number in what the reader typed: "45/2012", "1288/QĐ-TTg", "45/2012/nd-cp".
NUMBER_IN_QUERY = re.compile(r"(\d{1,5})/(?:\d{4}|[^\W\d_])[\w/\-]*", re.UNICODE)


def _compact(text):
    return fold(text or "").replace(" ", "")


# A document type and a number: "ND 235", "NĐ 235/2025", "nghị định số 45", "TT 46".
TYPE_AND_NUMBER = re.compile(
    r"\b(nd|qd|tt|nq|nghi dinh|quyet dinh|thong tu|nghi quyet)\W*(?:so\W*)?(\d{1,5})(?:/(\d{4}))?\b"
)
TYPE_CODES = {
    "nghi dinh": "nd",
    "quyet dinh": "qd",
    "thong tu": "tt",
    "nghi quyet": "nq",
}


def _number_wanted(query):
    """(number, year or None, type code or None, compact prefix or None) of the document
    number a query names, or None."""
    folded = " ".join(fold(query or "").split())
    typed = TYPE_AND_NUMBER.search(folded)
    if typed is not None:
        kind, number, year = typed.groups()
        return number, year, TYPE_CODES.get(kind, kind), None
    match = NUMBER_IN_QUERY.search(query or "")
    if match is None:
        return None
    return match.group(1), None, None, _compact(match.group(0))


def pages_named_by_number(query):
    """Ids of policy pages whose document number the query gives, in any spelling
    ("45/2012", "1288/QĐ-TTg", "45/2012/nd-cp", "ND 235", "NĐ 235/2025", "nghị định
    số 45"): the site search, the API and the policy library put them first."""
    wanted = _number_wanted(query)
    if wanted is None:
        return []
    number, year, code, prefix = wanted
    candidates = PolicyPage.objects.filter(document_number__startswith=number + "/").values_list(
        "pk", "document_number"
    )
    found = []
    for pk, document_number in candidates:
        compact = _compact(document_number)
        if prefix is not None and not compact.startswith(prefix):
            continue
        if year is not None and f"/{year}" not in document_number:
            continue
        if code is not None and not any(
            part.startswith(code) for part in re.split(r"[/\-]", compact)[1:]
        ):
            continue
        found.append(pk)
    return found
