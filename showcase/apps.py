from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShowcaseConfig(AppConfig):
    name = "showcase"
    verbose_name = _("Mô hình và sản phẩm")
    default_auto_field = "django.db.models.BigAutoField"
