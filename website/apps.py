from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Trang web")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website import (
            admin_labels,
            forms,
            image_filters,
            localize_guard,
            origin,
            signals,
            spreadsheets,
        )
        from website.search import register_search_type

        signals.connect()
        forms.register_vietnamese_inputs()
        image_filters.install()
        spreadsheets.install()
        localize_guard.install()
        origin.install()
        admin_labels.label_chooser_locale_filter()
        register_search_type("website.StandardPage", _("Trang thông tin"), order=50)
        register_search_type("website.HomePage", _("Trang chủ"), order=90)
