"""The public read API (Wagtail API v2) at /api/v2/: pages, images, documents.

Read-only by construction (Wagtail's API has no write methods); only live, public
pages are served. Page types choose what they expose with ``api_fields``.
See docs/api.md.
"""

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

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


class SaneQueryMixin:
    """A NUL byte in the query string is a 400: PostgreSQL refuses it in any text
    comparison (?locale=, ?slug=, ?title=…), which would be a 500."""

    pagination_class = BoundedPagination

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
