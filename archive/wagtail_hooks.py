"""Admin: "Tạo bài từ Word" (menu item, and a button on each news index), "Nhập nội dung
từ Word" (a button in the edit view of a news article)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from archive import views


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
