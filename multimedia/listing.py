"""What the section's pages show beyond their fields: the index's list (paginated) and
a page's "more from the section" box. Put in ``multimedia.models.HANDLERS``."""

from django.urls import reverse

from website.pagination import ListPaginator

from . import queries
from .models import HANDLERS

PAGE_SIZE = 12
RELATED_LIMIT = 4


def index_context(index, request):
    paginator = ListPaginator(queries.items(index.locale_id, index), PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return {
        "items": list(page_obj.object_list),
        "page_obj": page_obj,
        "paginator": paginator,
        "most_viewed": queries.most_viewed(index.locale_id),
    }


def page_context(page, request):
    related = [
        item for item in queries.videos(page.locale_id)[: RELATED_LIMIT + 1] if item.pk != page.pk
    ]
    return {"related": related[:RELATED_LIMIT], "podcast_url": reverse("multimedia_podcast")}


HANDLERS.update(index_context=index_context, page_context=page_context)
