from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = _("Chính sách hỗ trợ")
    default_auto_field = "django.db.models.BigAutoField"
