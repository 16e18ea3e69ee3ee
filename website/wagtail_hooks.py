from importlib import import_module

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from website.snippet_views import KCQGSnippetViewSet

from . import localize_admin
from .models import Province, Region, SearchSynonym, Sector, SupportType


class TaxonomyViewSet(KCQGSnippetViewSet):
    # Small tables, searched folded without a search index (website/snippet_views.py).
    search_fields = ["name", "slug"]


class RegionViewSet(TaxonomyViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "slug", "sort_order"]


class ProvinceViewSet(TaxonomyViewSet):
    model = Province
    icon = "site"
    list_display = ["name", "region", "is_city"]
    list_filter = ["region", "is_city"]


class SectorViewSet(TaxonomyViewSet):
    model = Sector
    icon = "cogs"
    list_display = ["name", "slug", "sort_order"]


class SupportTypeViewSet(TaxonomyViewSet):
    model = SupportType
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Danh mục dùng chung")
    menu_icon = "list-ul"
    menu_order = 300
    items = (RegionViewSet, ProvinceViewSet, SectorViewSet, SupportTypeViewSet)


register_snippet(TaxonomyGroup)


class SearchSynonymViewSet(KCQGSnippetViewSet):
    """Spellings the site search treats as one word (website.search_words)."""

    model = SearchSynonym
    icon = "search"
    menu_label = _("Từ đồng nghĩa tìm kiếm")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "note"]
    search_fields = ["terms", "note"]


register_snippet(SearchSynonymViewSet)


class RecentlyPublishedPanel(Component):
    """Dashboard: the pages published last, in every language."""

    name = "recently_published"
    order = 410
    template_name = "components/admin/dashboard_recently_published.html"

    def get_context_data(self, parent_context):
        pages = (
            Page.objects.live()
            .filter(depth__gt=1, last_published_at__isnull=False)
            .select_related("locale")
            .order_by("-last_published_at")[:8]
        )
        return {"pages": pages}


@hooks.register("construct_homepage_panels")
def add_recently_published_panel(request, panels):
    panels.append(RecentlyPublishedPanel())


class ContentChecker(ContentCheckerItem):
    """Wagtail's content checker (userbar and the editor's "Kiểm tra" panel) with
    the WCAG rules our editors can break: missing alt text, contrast, lists."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "role-img-alt",
        "color-contrast",
        "link-in-text-block",
        "list",
        "listitem",
        "table-duplicate-name",
    ]


@hooks.register("construct_wagtail_userbar")
def use_content_checker(request, items, page):
    for position, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, ContentChecker):
            items[position] = ContentChecker(in_editor=item.in_editor)


# wagtail-localize: our answers come first (order -1), see website/localize_admin.py.
@hooks.register("before_edit_page", order=-1)
def guard_page_translation_editor(request, page):
    return localize_admin.editor_action(request, page)


@hooks.register("before_edit_snippet", order=-1)
def guard_snippet_translation_editor(request, instance):
    return localize_admin.editor_action(request, instance)


@hooks.register("register_admin_urls", order=-1)
def guarded_localize_urls():
    # The same addresses as wagtail-localize's own views, listed before them.
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            localize_admin.GuardedUpdateTranslationsView.as_view(),
            name="kcqg_update_translations",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            localize_admin.guarded_convert_to_alias,
            name="kcqg_convert_to_alias",
        ),
    ]


@hooks.register("register_known_translations")
def taxonomy_from_migration():
    """The taxonomy names of migration 0001 (from the old 0002) in both languages, for ``repair_translations``:
    [(model, translation_key, {language: {field: value}})]."""
    data = import_module("website.migrations.0001_squashed_0006_help_texts")
    tables = [
        (Region, "region", data.REGIONS),
        (Province, "province", [row[:3] for row in data.PROVINCES]),
        (Sector, "sector", data.SECTORS),
        (SupportType, "support", data.SUPPORT_TYPES),
    ]
    return [
        (
            model,
            data._key(kind, slug),
            {"vi": {"name": vi, "slug": slug}, "en": {"name": en, "slug": slug}},
        )
        for model, kind, rows in tables
        for slug, vi, en in rows
    ]
