"""Admin: the issuing bodies as a snippet (translatable, under "Chính sách hỗ trợ")."""

import uuid
from importlib import import_module

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from website.snippet_views import KCQGSnippetViewSet

from . import structured_data  # noqa: F401 - registers the page types' builders
from .listing import alert_matches
from .models import IssuingBody, PolicyPage


class IssuingBodyViewSet(KCQGSnippetViewSet):
    model = IssuingBody
    icon = "group"
    menu_label = _("Cơ quan ban hành")
    list_display = ["name", "slug", "level"]
    list_filter = ["level"]
    search_fields = ["name"]
    add_to_admin_menu = False


register_snippet(IssuingBodyViewSet)


@hooks.register("register_known_translations")
def issuing_bodies_from_migration():
    """The issuing bodies of migration 0001 (from the old 0002) in both languages, for ``repair_translations``."""
    data = import_module("policies.migrations.0001_squashed_0007_period_end_year")
    return [
        (
            IssuingBody,
            uuid.uuid5(data.NAMESPACE, f"issuer:{slug}"),
            {"vi": {"name": vi, "slug": slug}, "en": {"name": en, "slug": slug}},
        )
        for slug, vi, en in data.ISSUERS
    ]


@hooks.register("kcqg_alert_source")
def alert_source(page):
    """A policy document, for e-mail alerts (the alerts app): it matches a subscription
    when the finder with the subscriber's filters would list it."""
    if not isinstance(page, PolicyPage):
        return None
    return {
        "kind": "policies",
        "title": page.title,
        "summary": strip_tags(page.summary or ""),
        "date": page.issue_date,
        "matches": lambda filters: alert_matches(page, filters),
    }
