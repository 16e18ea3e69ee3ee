from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShowcaseConfig(AppConfig):
    name = "showcase"
    verbose_name = _("Mô hình và sản phẩm")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website.home_sections import register_home_section
        from website.search import register_search_type

        # The page functions register themselves with website.page_functions on import.
        from . import listing, views  # noqa: F401
        from .home import home_section_context

        register_home_section(
            "showcase.featured",
            order=40,
            template="components/showcase/home_section.html",
            context=home_section_context,
        )
        register_search_type("showcase.CaseStudyPage", _("Mô hình trình diễn"), order=20)
        register_search_type("showcase.ProductPage", _("Sản phẩm tiêu biểu"), order=30)
        register_search_type("showcase.CaseStudyIndexPage", _("Mục Mô hình trình diễn"), order=70)
        register_search_type("showcase.ProductGalleryPage", _("Mục Sản phẩm tiêu biểu"), order=71)
