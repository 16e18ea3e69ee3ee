"""Admin: "Tạo bài từ Word" (menu item, and a button on each news index), "Nhập nội dung
từ Word" (a button in the edit view of a news article), and "Bài lưu trữ", the read-only
list of what ``import_archive`` brought in."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies.pages import PagePermissionPolicy

from archive import views
from archive.models import ArchivedArticle


@hooks.register("register_admin_urls")
def word_import_urls():
    return [
        path("archive/word/", views.word_import, name="archive_word_import"),
        path("archive/word/<int:index_id>/", views.word_import, name="archive_word_import"),
        path("archive/word/fill/<int:page_id>/", views.word_fill, name="archive_word_fill"),
    ]


class WordImportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.news_index_for(request.user) is not None


@hooks.register("register_admin_menu_item")
def word_import_menu_item():
    return WordImportMenuItem(
        _("Tạo bài từ Word"), reverse("archive_word_import"), icon_name="doc-full", order=260
    )


@hooks.register("register_page_header_buttons")
def word_buttons(page, user, view_name, next_url=None):
    """On a news index (its listing or edit view): "Tạo bài từ Word" under that index; in
    the edit view of a news article: "Nhập nội dung từ Word" into its draft."""
    if page.is_root():
        return
    permissions = page.permissions_for_user(user)
    if views.is_news_index(page) and permissions.can_add_subpage():
        yield Button(
            _("Tạo bài từ Word"),
            reverse("archive_word_import", args=[page.pk]),
            icon_name="doc-full",
            priority=16,
        )
    elif view_name == "edit" and views.is_news_article(page) and permissions.can_edit():
        yield Button(
            _("Nhập nội dung từ Word"),
            reverse("archive_word_fill", args=[page.pk]),
            icon_name="doc-full",
            priority=16,
        )


class NewPageColumn(Column):
    """The page an old article became: its title and a link to its editor (when the user
    may edit it), or "trang đã mất" when it was deleted since."""

    cell_template_name = "components/archive/admin/new_page_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        page = instance.page
        user = parent_context["request"].user
        may_edit = page is not None and PagePermissionPolicy().user_has_permission_for_instance(
            user, "change", page
        )
        context.update(
            page=page,
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]) if may_edit else "",
        )
        return context


class ArchivedArticleFilterSet(WagtailFilterSet):
    page_missing = django_filters.BooleanFilter(
        label=_("Trang đã mất"),
        field_name="page",
        lookup_expr="isnull",
        help_text=_("Bài cũ mà trang mới đã bị xóa sau khi nhập."),
    )

    class Meta:
        model = ArchivedArticle
        fields = ["page_missing"]


class ArchivedArticleViewSet(ModelViewSet):
    """Read only: ``import_archive`` creates and updates the records, so the admin has no
    add, edit or delete view (their URLs do not exist)."""

    model = ArchivedArticle
    name = "archived-articles"
    icon = "history"
    menu_label = _("Bài lưu trữ")
    menu_order = 261  # next to "Tạo bài từ Word"
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "old_url",
        "key",
        "page",
        "source_file",
        "view_baseline",
        "content_hash",
        "imported_at",
        "updated_at",
    ]
    filterset_class = ArchivedArticleFilterSet
    search_backend_name = None
    search_fields = ["old_url", "key", "page__title"]
    list_per_page = 50
    ordering = ["-updated_at"]
    list_display = [
        "old_url",
        NewPageColumn("page", label=_("Trang mới")),
        Column("source_file", label=_("Tệp nguồn")),
        NumberColumn("view_baseline", label=_("Lượt xem cũ")),
        DateColumn("imported_at", label=_("Lần nhập đầu")),
        DateColumn("updated_at", label=_("Lần cập nhật")),
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]

    def get_queryset(self, request):
        return ArchivedArticle.objects.select_related("page")


@hooks.register("register_admin_viewset")
def archived_articles():
    return ArchivedArticleViewSet()
