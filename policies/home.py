"""The policies section of the home page: a way in to the finder and the guided form."""

from website import chrome
from website.sql import in_locale
from website.visibility import public_q


def home_section_context(request, page):
    from .models import PolicyIndexPage
    from .queries import latest_in_force

    index = chrome.cached(
        "policy-index",
        [page.locale_id],
        lambda: (
            PolicyIndexPage.objects.live()
            .filter(public_q(), in_locale(page.locale_id))
            .order_by("path")
            .first()
        ),
    )
    if index is None:
        return None
    return {
        "index": index,
        "guide_url": index.guide_url(),
        "latest": latest_in_force(page.locale, limit=3),
    }
