"""The public read API (Wagtail API v2) at /api/v2/: pages, images, documents.

Read-only by construction (Wagtail's API has no write methods); only live, public
pages are served. Page types choose what they expose with ``api_fields``.
See docs/api.md.
"""

import datetime as dt
import decimal
import math

from django.core.exceptions import ValidationError
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils import timezone
from taggit.managers import TaggableManager
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page
from wagtail.search.backends.base import FilterFieldError

from website.search import search_pages

# Larger offsets overflow the database's integer (a 500 on SQLite and PostgreSQL).
MAX_OFFSET = 1_000_000


class BoundedPagination(WagtailPagination):
    """Wagtail's ?offset=&limit= pagination; an offset past MAX_OFFSET is a 400."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail's own check answers with its message
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


# The integer range of each integer column type on every database Django supports (a
# value outside it cannot match a row; SQLite refuses to even bind one past 64 bits).
INTEGER_RANGES = BaseDatabaseOperations.integer_field_ranges
SEARCH_OPERATORS = ("and", "or")


def check_filter_value(field, name, value):
    """Raise BadRequestError unless ``value`` is one the database can compare ``field``
    with: what Django's own conversion accepts (a date, a number, a key of the related
    row…), within the column's range. Without this check a bad value only fails when the
    query runs, which is a 500."""
    if field is None or isinstance(field, TaggableManager):
        return
    target = getattr(field, "target_field", field) if field.is_relation else field

    def refuse(reason):
        return BadRequestError(
            f"field filter error. '{value}' is not a valid value for {name} ({reason})"
        )

    try:
        if isinstance(target, models.BooleanField):
            parse_boolean(value)
            return
        python = target.to_python(value)
        if isinstance(python, dt.datetime) and timezone.is_naive(python):
            # As the database will read it: in the site's time zone, stored as UTC.
            python = timezone.make_aware(python).astimezone(dt.UTC)
    except ValidationError as error:
        raise refuse("; ".join(str(m) for m in error.messages)) from error
    except (ValueError, TypeError, OverflowError, ArithmeticError) as error:
        raise refuse(str(error) or type(error).__name__) from error
    if isinstance(python, bool) or python is None:
        return
    if isinstance(python, int):
        low, high = INTEGER_RANGES.get(
            target.get_internal_type(), INTEGER_RANGES["BigIntegerField"]
        )
        if not low <= python <= high:
            raise refuse(f"out of range {low}..{high}")
    elif isinstance(python, float | decimal.Decimal) and not _finite(python):
        raise refuse("not a finite number")


def _finite(number):
    return number.is_finite() if isinstance(number, decimal.Decimal) else math.isfinite(number)


class ValidatedFieldsFilter(FieldsFilter):
    """Wagtail's ``?field=value`` filters, every value checked first (400, not 500)."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        fields.discard("locale")  # its own filter
        for name, values in request.GET.lists():
            if name not in fields:
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except LookupError:
                field = None
            for value in values:
                check_filter_value(field, name, value)
        return super().filter_queryset(request, queryset, view)


class ValidatedSearchFilter(SearchFilter):
    """Wagtail's ``?search=``; an unknown ``search_operator`` is a 400. A search of
    pages ordered by relevance runs as the site search does (``search_pages``: the
    document whose number is asked for first, variants, synonyms, fallbacks)."""

    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if "search" in request.GET and operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError(f"search_operator must be one of: {', '.join(SEARCH_OPERATORS)}")
        if (
            "search" in request.GET
            and "order" not in request.GET
            and operator in (None, "and")
            and issubclass(queryset.model, Page)
            and not getattr(queryset, "_filtered_by_tag", False)
        ):
            language = request.GET.get("locale") or None
            try:
                return search_pages(queryset, request.GET["search"], language=language)
            except FilterFieldError as error:
                raise BadRequestError(
                    f"cannot filter by '{error.field_name}' while searching (field is not indexed)"
                ) from error
        return super().filter_queryset(request, queryset, view)


VALIDATED_FILTERS = {FieldsFilter: ValidatedFieldsFilter, SearchFilter: ValidatedSearchFilter}


class SaneQueryMixin:
    """A NUL byte in the query string is a 400: PostgreSQL refuses it in any text
    comparison (?locale=, ?slug=, ?title=…), which would be a 500. Field filters and the
    search operator are validated (``ValidatedFieldsFilter``, ``ValidatedSearchFilter``)."""

    pagination_class = BoundedPagination

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.filter_backends = [VALIDATED_FILTERS.get(b, b) for b in cls.filter_backends]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                raise BadRequestError(f"{key.replace(chr(0), '')}: NUL characters are not allowed")


class PagesEndpoint(SaneQueryMixin, PagesAPIViewSet):
    pass


class ImagesEndpoint(SaneQueryMixin, ImagesAPIViewSet):
    pass


class DocumentsEndpoint(SaneQueryMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
