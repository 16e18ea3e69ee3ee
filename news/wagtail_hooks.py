from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from news.models import Author, NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "sort_order"]
    search_backend_name = None
    search_fields = ["name", "slug"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role"]
    search_backend_name = None
    search_fields = ["name", "role"]


class NewsSnippetGroup(SnippetViewSetGroup):
    menu_label = _("Tin tức")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (NewsCategoryViewSet, AuthorViewSet)


register_snippet(NewsSnippetGroup)
