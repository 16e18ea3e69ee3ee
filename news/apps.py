from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Tin tức")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported once the models are: news.listing and news.feeds register the
        # pages' route and context functions (website.page_functions), news.views
        # the comment form (website.public_forms).
        from news import feeds, home, listing, views  # noqa: F401
        from website.home_sections import register_home_section
        from website.search import register_search_type

        register_home_section(
            "news.latest",
            order=10,
            template="components/news/home_latest.html",
            context=home.home_news_section,
        )
        register_search_type("news.NewsArticlePage", _("Tin tức"), order=10)
        register_search_type("news.NewsIndexPage", _("Mục Tin tức"), order=60)
