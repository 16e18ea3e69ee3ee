from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = _("Chính sách hỗ trợ")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website.home_sections import register_home_section
        from website.search import register_exact_match, register_search_type

        from . import queries, signals, views  # noqa: F401 - registers the page functions
        from .home import home_section_context

        signals.connect()
        register_exact_match(queries.pages_named_by_number)
        register_search_type("policies.PolicyPage", _("Văn bản chính sách"), order=40)
        register_search_type("policies.PolicyIndexPage", _("Thư viện chính sách"), order=80)
        register_home_section(
            "policies.finder",
            order=40,
            template="components/policies/home_section.html",
            context=home_section_context,
        )
