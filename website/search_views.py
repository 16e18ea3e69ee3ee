"""The site search (/tim-kiem/, /en/search/) and its autocomplete endpoint."""

import functools
import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from website.locales import resolve_locale
from website.search import (
    clean_query,
    highlight,
    model_for_type,
    query_words,
    search_pages,
    search_type_for,
    searchable_text,
)
from website.text import own_date

logger = logging.getLogger(__name__)


@functools.cache
def engine_errors():
    """Exceptions that mean "the search engine is unreachable", for the configured backend.

    The Elasticsearch and OpenSearch clients are imported only when one of them is the
    backend: together they weigh some 17 MB in every worker.
    """
    errors = [ConnectionError, TimeoutError]
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    if "elasticsearch" in backend:
        try:
            from elastic_transport import TransportError

            errors.append(TransportError)
        except ImportError:  # pragma: no cover - the client is a pinned dependency
            logger.debug("elastic_transport not installed")
    if "opensearch" in backend:
        try:
            from opensearchpy.exceptions import TransportError as OpenSearchTransportError

            errors.append(OpenSearchTransportError)
        except ImportError:  # pragma: no cover
            logger.debug("opensearch-py not installed")
    return tuple(errors)


RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
# Queries longer than this are searched but not logged for editors.
MAX_LOGGED_QUERY = 100


def _pages(locale):
    """Every page a reader may see in this language, as its specific type."""
    # .public(), not public_q(): search backends take plain field filters only.
    return Page.objects.live().public().filter(locale=locale, depth__gt=1).specific()


def _type_counts(results):
    """{content type id: matches} and the total, in one pass over the matches where the
    backend can count by type (else no counts and the backend's own count)."""
    if not getattr(results, "supports_facet", False):
        return None, results.count()
    counts = results.facet("content_type_id")
    if getattr(results, "capped", False):
        # Counted as far as a walk went: the results' own count is the bound.
        return counts, results.count()
    total = sum(counts.values())
    # The paginator asks the results for their count; they have it now. (Wagtail's
    # results keep it in _count_cache; without this the database backends would
    # run the whole match again, 150 ms on PostgreSQL for a common word.)
    rest = getattr(results, "rest", results)
    if getattr(rest, "_count_cache", False) is None:
        rest._count_cache = total - len(getattr(results, "pinned", ()))
    return counts, total


def _type_facets(counts, current_key):
    """[{key, label, count, current}] of the results by page type, in registry order."""
    if not counts:
        return []
    merged = {}
    for pk, count in counts.items():
        if pk is None:
            continue
        content_type = ContentType.objects.get_for_id(pk)  # cached by Django
        search_type = search_type_for(content_type)
        if search_type.model_label in merged:
            merged[search_type.model_label]["count"] += count
            continue
        merged[search_type.model_label] = {
            "key": search_type.model_label,
            "label": search_type.label,
            "order": search_type.order,
            "count": count,
            "current": search_type.model_label == current_key,
        }
    return sorted(merged.values(), key=lambda f: (f["order"], str(f["label"])))


def _promotions(query, locale):
    """Editors' promoted results for this query (Wagtail's search promotions)."""
    normalised = normalise_query_string(query)
    picks = (
        SearchPromotion.objects.filter(query__query_string=normalised)
        .select_related("page", "page__locale")
        .order_by("sort_order")
    )
    result = []
    for pick in picks:
        if pick.page_id:
            page = pick.page
            if not page.live or page.locale_id != locale.pk:
                continue
            result.append({"title": page.title, "url": page.url, "description": pick.description})
        elif pick.external_link_url:
            result.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return result


def _suggestions():
    """Queries editors have promoted results for: safe to suggest to readers."""
    return list(
        Query.objects.filter(editors_picks__isnull=False)
        .distinct()
        .order_by("query_string")
        .values_list("query_string", flat=True)[:SUGGESTIONS]
    )


def _log_query(query):
    """Count the query for editors (Reports → search terms); never absurd input."""
    if len(query) > MAX_LOGGED_QUERY or not query_words(query):
        return
    Query.get(query).add_hit()


def _result_item(page, query, request):
    # The search description and the listing summary, once each: editors often give both
    # the same text.
    parts = (getattr(page, "search_description", ""), getattr(page, "listing_summary", ""))
    summary = " ".join(dict.fromkeys(" ".join(part.split()) for part in parts if part))
    snippet = highlight(summary, query) if summary else ""
    if "<mark>" not in snippet and hasattr(page, "get_search_fields"):
        # The page's own text: a snippet from its tags' or author's names would read
        # oddly, and loading them costs a query or two per result.
        body_snippet = highlight(searchable_text(page, related=False), query)
        if "<mark>" in body_snippet or not snippet:
            snippet = body_snippet
    get_title = getattr(page, "get_listing_title", None)
    get_date = getattr(page, "get_search_date", None)
    get_details = getattr(page, "get_search_details", None)
    return {
        "page": page,
        "title": get_title() if get_title else page.title,
        "title_html": highlight(get_title() if get_title else page.title, query, length=300),
        "url": page.get_url(request),
        "snippet": snippet,
        "date": own_date(get_date() if get_date else page.first_published_at),
        "details": get_details() if get_details else [],
        "type": search_type_for(ContentType.objects.get_for_id(page.content_type_id)).label,
    }


@require_safe
def search(request):
    query = clean_query(request.GET.get("q", ""))
    locale = resolve_locale()
    type_key = request.GET.get("type", "")
    type_key = type_key.lower() if isinstance(type_key, str) and len(type_key) < 100 else ""
    context = {
        "search_query": query,
        "search_type": "",
        "facets": [],
        "promotions": [],
        "results": None,
        "total": 0,
        "total_capped": False,
        "suggestions": [],
    }
    if query_words(query):
        try:
            _run_search(request, query, locale, type_key, context)
        except engine_errors():
            logger.exception("search engine unreachable")
            context["engine_down"] = True
            response = TemplateResponse(request, "pages/website/search.html", context, status=503)
            response["X-Robots-Tag"] = "noindex"
            response["Retry-After"] = "60"
            return response
    if not context["results"]:
        context["suggestions"] = _suggestions()
    response = TemplateResponse(request, "pages/website/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


def _run_search(request, query, locale, type_key, context):
    pages = _pages(locale)
    all_results = search_pages(pages, query, language=locale.language_code)
    context["match_kind"] = getattr(all_results, "match_kind", "all")
    counts, context["total"] = _type_counts(all_results)
    # More matches than were counted (a common word at scale): "more than 5,000".
    context["total_capped"] = bool(getattr(all_results, "capped", False))
    context["facets"] = _type_facets(counts, type_key)
    model = model_for_type(type_key)
    if model is not None and issubclass(model, Page):
        content_type = ContentType.objects.get_for_model(model)
        # The type's own pages: the backends then read that type's index entries only
        # (a search of every page filtered by type walked each match of a common word
        # to find the type's few).
        typed = model.objects.live().public()
        typed = typed.filter(locale=locale, depth__gt=1, content_type=content_type)
        results = search_pages(typed, query, language=locale.language_code)
        context["search_type"] = type_key
    else:
        results = all_results
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    context["page_obj"] = page_obj
    context["paginator"] = paginator
    context["results"] = [_result_item(page, query, request) for page in page_obj]
    if page_obj.number == 1 and not context["search_type"]:
        context["promotions"] = _promotions(query, locale)
        _log_query(query)


@require_safe
def suggest(request):
    """Autocomplete: {"query": ..., "results": [{"title", "url", "type"}]}, at most 8."""
    query = clean_query(request.GET.get("q", ""), max_length=100)
    items = []
    if len(query) >= 2 and query_words(query):
        results = search_pages(_pages(resolve_locale()), query, autocomplete=True)[:SUGGESTIONS]
        for page in results:
            items.append(
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "type": str(
                        search_type_for(ContentType.objects.get_for_id(page.content_type_id)).label
                    ),
                }
            )
    response = JsonResponse({"query": query, "results": items})
    response["X-Robots-Tag"] = "noindex"
    patch_cache_control(response, public=True, max_age=60)
    return response
