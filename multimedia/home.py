"""The home page's "Video – Ảnh" section (registered by ``MultimediaConfig.ready``)."""

from website.locales import index_page

from . import queries
from .models import MultimediaIndexPage

HOME_ITEMS = 4


def home_section_context(request, page):
    index = index_page(MultimediaIndexPage, page.locale_id)
    if index is None:
        return None
    items = queries.latest(page.locale_id, HOME_ITEMS)
    if not items:
        return None
    return {"items": items, "index_url": index.get_url(request)}
