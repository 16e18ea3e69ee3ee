from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def home_news_section(request, page):
    """The home page's "Tin tức" section: the latest articles and the most read."""
    from news import queries

    index = queries.index_for(page.locale_id)
    if index is None:
        return None
    return {
        "articles": queries.latest(page.locale_id, 7),
        "most_read": queries.most_read(page.locale_id, 5),
        "index_url": index.get_url(request),
    }


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Tin tức")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website.home_sections import register_home_section
        from website.search import register_search_type

        register_home_section(
            "news.latest",
            order=10,
            template="components/news/home_latest.html",
            context=home_news_section,
        )
        register_search_type("news.NewsArticlePage", _("Tin tức"), order=10)
        register_search_type("news.NewsIndexPage", _("Mục Tin tức"), order=60)
