"""Admin: the issuing bodies as a snippet (translatable, under "Chính sách hỗ trợ")."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from website.snippet_views import KCQGSnippetViewSet

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
