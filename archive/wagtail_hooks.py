"""Admin: "Tạo bài từ Word" (menu item and its view)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from archive import views


@hooks.register("register_admin_urls")
def word_import_urls():
    return [path("archive/word/", views.word_import, name="archive_word_import")]


class WordImportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.news_index_for(request.user) is not None


@hooks.register("register_admin_menu_item")
def word_import_menu_item():
    return WordImportMenuItem(
        _("Tạo bài từ Word"), reverse("archive_word_import"), icon_name="doc-full", order=260
    )
