from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    """The old portal's articles brought in (``manage.py import_archive``) and articles
    started from Word documents. Creates news articles through the ``kcqg_archive_target``
    hook that ``news`` answers; imports no app."""

    name = "archive"
    verbose_name = _("Lưu trữ")
    default_auto_field = "django.db.models.BigAutoField"
