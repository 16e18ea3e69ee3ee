from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
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
from news.models import Author, NewsArticlePage, NewsCategory, NewsIndexPage, ReaderComment
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


# The category of articles whose old category has no home here ("Khác" / "Other").
OTHER_CATEGORY = {"vi": ("Khác", "khac"), "en": ("Other", "other")}


def other_category(locale):
    """The "Khác" category of ``locale``, created with its English translation "Other"
    (same translation key) the first time it is needed."""
    vi = Locale.objects.get(language_code="vi")
    name, slug = OTHER_CATEGORY["vi"]
    source = NewsCategory.objects.filter(locale=vi, slug=slug).first()
    if source is None:
        source = NewsCategory.objects.create(locale=vi, name=name, slug=slug, sort_order=999)
    en = Locale.objects.filter(language_code="en").first()
    if (
        en is not None
        and not NewsCategory.objects.filter(
            translation_key=source.translation_key, locale=en
        ).exists()
    ):
        translation = source.copy_for_translation(en)
        translation.name, translation.slug = OTHER_CATEGORY["en"]
        translation.save()
    if locale.pk == vi.pk:
        return source
    return NewsCategory.objects.filter(
        translation_key=source.translation_key, locale=locale
    ).first()


@hooks.register("kcqg_archive_target")
def archive_target():
    """Where the archive import (``archive``) puts old articles: the article, category
    and author models, the news index of a language, the "Khác"/"Other" category."""
    return {
        "article_model": NewsArticlePage,
        "category_model": NewsCategory,
        "author_model": Author,
        "index": lambda locale: (
            NewsIndexPage.objects.filter(locale=locale).order_by("path").first()
        ),
        "other_category": other_category,
    }


@hooks.register("kcqg_alert_source")
def alert_source(page):
    """An article, for e-mail alerts (the alerts app): subscribers to all news, or to its
    category (filters ``{"category": [slug]}``), are told about it."""
    if not isinstance(page, NewsArticlePage):
        return None
    category = page.category.slug if page.category_id else None

    def matches(filters):
        wanted = filters.get("category") or []
        return not wanted or category in wanted

    return {
        "kind": "news",
        "title": page.title,
        "summary": page.lead,
        "date": page.publish_date or page.first_published_at,
        "matches": matches,
    }
