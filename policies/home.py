"""The policies section of the home page: a way in to the finder and the guided form."""

from website.locales import index_page

from .models import PolicyIndexPage
from .queries import latest_in_force


def home_section_context(request, page):
    index = index_page(PolicyIndexPage, page.locale_id)
    if index is None:
        return None
    return {
        "index": index,
        "guide_url": index.guide_url(),
        "latest": latest_in_force(page.locale_id, limit=3),
    }
