"""The home page's "Tin tức" section (registered by ``NewsConfig.ready``)."""

from news import queries
from news.models import NewsIndexPage
from website.locales import index_page


def home_news_section(request, page):
    """The latest articles and the most read of the home page's language."""
    index = index_page(NewsIndexPage, page.locale_id)
    if index is None:
        return None
    return {
        "articles": queries.latest(page.locale_id, 7),
        "most_read": queries.most_read(page.locale_id, 5),
        "index_url": index.get_url(request),
    }
