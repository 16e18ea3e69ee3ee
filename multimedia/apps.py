from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MultimediaConfig(AppConfig):
    name = "multimedia"
    verbose_name = _("Video – Ảnh")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website.home_sections import register_home_section
        from website.search import register_search_type

        # The page functions go into multimedia.models.HANDLERS on import.
        from . import listing  # noqa: F401
        from .home import home_section_context

        register_home_section(
            "multimedia.latest",
            order=50,
            template="components/multimedia/home_section.html",
            context=home_section_context,
        )
        register_search_type("multimedia.VideoPage", _("Video"), order=45)
        register_search_type("multimedia.AudioPage", _("Âm thanh"), order=46)
        register_search_type("multimedia.PhotoStoryPage", _("Phóng sự ảnh"), order=47)
        register_search_type("multimedia.InfographicPage", _("Infographic"), order=48)
        register_search_type("multimedia.MultimediaIndexPage", _("Mục Video – Ảnh"), order=72)
