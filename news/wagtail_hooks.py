from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
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


class MostReadPanel(Component):
    """Dashboard: the most read Vietnamese and English articles of the last seven days."""

    name = "news_most_read"
    order = 400  # after Wagtail's own panels (reviews awaiting, locked pages)
    template_name = "components/news/dashboard_most_read.html"

    def get_context_data(self, parent_context):
        from news.queries import most_read

        return {
            "languages": [
                (_("Bài tiếng Việt"), most_read("vi", n=5)),
                (_("Bài tiếng Anh"), most_read("en", n=5)),
            ]
        }


@hooks.register("construct_homepage_panels")
def add_most_read_panel(request, panels):
    panels.append(MostReadPanel())
