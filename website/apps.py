from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Trang web")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website import patches, signals
        from website.search import register_search_type

        signals.connect()
        patches.install("ready")  # website/patches/: every change to Wagtail and Django
        register_search_type("website.StandardPage", _("Trang thông tin"), order=50)
        register_search_type("website.HomePage", _("Trang chủ"), order=90)
