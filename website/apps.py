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

        signals.connect()
        forms.register_vietnamese_inputs()
        image_filters.install()
        spreadsheets.install()
        localize_guard.install()
        origin.install()
        admin_labels.label_chooser_locale_filter()
