"""The public read API (Wagtail API v2) at /api/v2/: pages, images, documents.

Read-only by construction (Wagtail's API has no write methods); only live, public
pages are served. Page types choose what they expose with ``api_fields``.
See docs/api.md.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
