from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = _("Thông báo qua e-mail")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # alerts.views registers the subscription form (website.public_forms).
        from . import signals, views  # noqa: F401

        signals.connect()
