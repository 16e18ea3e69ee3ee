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
        from django.db.models.signals import post_delete, post_save

        from website.search_words import forget_synonyms

        synonym = self.get_model("SearchSynonym")
        post_save.connect(forget_synonyms, sender=synonym, dispatch_uid="kcqg-synonyms-saved")
        post_delete.connect(forget_synonyms, sender=synonym, dispatch_uid="kcqg-synonyms-deleted")
        patches.install("ready")  # website/patches/: every change to Wagtail and Django
        register_search_type("website.StandardPage", _("Trang thông tin"), order=50)
        register_search_type("website.HomePage", _("Trang chủ"), order=90)
