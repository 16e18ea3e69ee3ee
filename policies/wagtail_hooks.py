"""Admin: the issuing bodies as a snippet (translatable, under "Chính sách hỗ trợ")."""

import uuid
from importlib import import_module

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from website.snippet_views import KCQGSnippetViewSet

from . import structured_data  # noqa: F401 - registers the page types' builders
from .models import IssuingBody


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
    """The issuing bodies of migration 0002 in both languages, for ``repair_translations``."""
    data = import_module("policies.migrations.0002_vocabularies")
    return [
        (
            IssuingBody,
            uuid.uuid5(data.NAMESPACE, f"issuer:{slug}"),
            {"vi": {"name": vi, "slug": slug}, "en": {"name": en, "slug": slug}},
        )
        for slug, vi, en in data.ISSUERS
    ]
