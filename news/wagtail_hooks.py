from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

import news.structured_data  # noqa: F401 - registers the page types' builders
from news import queries
from news.admin_comments import (
    BULK_ACTIONS,
    PendingCommentsPanel,
    ReaderCommentViewSet,
    can_moderate,
    policy,
)
from news.models import Author, NewsCategory, ReaderComment
from website.snippet_views import KCQGSnippetViewSet


class NewsCategoryViewSet(KCQGSnippetViewSet):
    model = NewsCategory
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]


class AuthorViewSet(KCQGSnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name", "role"]
    # A new author is added from the article's author picker, in the article's language.
    chooser_form_fields = ["name", "role"]


class NewsSnippetGroup(SnippetViewSetGroup):
    menu_label = _("Tin tức")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (NewsCategoryViewSet, AuthorViewSet)


register_snippet(NewsSnippetGroup)

# Reader comments ("Ý kiến bạn đọc"): see news/admin_comments.py.
register_permission_policy(ReaderComment, policy)
register_snippet(ReaderCommentViewSet)

for _action in BULK_ACTIONS:
    hooks.register("register_bulk_action", _action)


@hooks.register("insert_global_admin_css")
def reader_comments_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin_comments.css"))


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if can_moderate(request.user):
        panels.append(PendingCommentsPanel())


@hooks.register("kcqg_related_news")
def related_news(request, page, limit, **facts):
    """News sharing facts with a page of another app (``website.related``): its
    provinces, regions, sectors, or a link to it or its documents in the text."""
    return queries.related_news(page, limit, **facts)


class MostReadPanel(Component):
    """Dashboard: the most read Vietnamese and English articles of the last seven days."""

    name = "news_most_read"
    order = 400  # after Wagtail's own panels (reviews awaiting, locked pages)
    template_name = "components/news/dashboard_most_read.html"

    def get_context_data(self, parent_context):
        return {
            "languages": [
                (_("Bài tiếng Việt"), queries.most_read("vi", n=5)),
                (_("Bài tiếng Anh"), queries.most_read("en", n=5)),
            ]
        }


@hooks.register("construct_homepage_panels")
def add_most_read_panel(request, panels):
    panels.append(MostReadPanel())
