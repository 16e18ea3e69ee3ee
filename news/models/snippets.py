"""Snippets of the news: categories and authors, both translatable."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from website.translation import synchronized


class NewsCategory(TranslatableMixin, index.Indexed, models.Model):
    """A news category ("Hoạt động khuyến công", "Đào tạo, tập huấn", …)."""

    name = models.CharField(
        _("tên"), max_length=255, help_text=_("Tên chuyên mục như hiện trên trang.")
    )
    slug = models.SlugField(
        _("mã đường dẫn"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Chữ không dấu, dùng trong địa chỉ trang chuyên mục."),
    )
    description = models.TextField(
        _("mô tả"), blank=True, help_text=_("Một câu giới thiệu, hiện đầu trang chuyên mục.")
    )
    sort_order = models.PositiveSmallIntegerField(
        _("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước trong bộ lọc chuyên mục.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = synchronized("sort_order")
    # The admin searches the table itself (website/snippet_views.py); a search through
    # a backend may still filter by language.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("chuyên mục tin")
        verbose_name_plural = _("chuyên mục tin")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_news_category_slug")
        ]

    def __str__(self):
        return self.name


class Author(TranslatableMixin, index.Indexed, models.Model):
    """The byline of an article: a person's name and role."""

    name = models.CharField(
        _("họ và tên"), max_length=255, help_text=_("Họ và tên như in ở cuối bài.")
    )
    role = models.CharField(
        _("chức vụ"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Cục trưởng Cục Công Thương địa phương"),
    )

    panels = [FieldPanel("name"), FieldPanel("role")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tác giả")
        verbose_name_plural = _("tác giả")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name
