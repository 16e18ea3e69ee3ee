"""The home page: one per language, at the root of the site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from website.blocks import BodyStreamBlock
from website.home_sections import render_sections

from .mixins import BasePage, LocaleSingletonMixin


class HomePage(LocaleSingletonMixin, BasePage):
    intro = models.TextField(
        _("lời giới thiệu"),
        blank=True,
        help_text=_("Một đoạn ngắn dưới tên chương trình trên trang chủ."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("nội dung thêm"),
        help_text=_("Khối nội dung tùy chọn, hiện dưới các mục tin tức."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    template = "pages/website/home_page.html"

    class Meta:
        verbose_name = _("trang chủ")
        verbose_name_plural = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = render_sections(request, self)
        return context


class StandardPage(BasePage):
    """A plain content page: "Giới thiệu", "Liên hệ", "Hỏi đáp"."""

    intro = models.TextField(
        _("lời dẫn"),
        blank=True,
        help_text=_("Một hoặc hai câu mở đầu, in đậm dưới tiêu đề."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("nội dung"),
        help_text=_("Các đoạn văn, ảnh có chú thích, bảng, tài liệu."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["website.HomePage", "website.StandardPage"]
    subpage_types = ["website.StandardPage"]
    template = "pages/website/standard_page.html"

    class Meta:
        verbose_name = _("trang nội dung")
        verbose_name_plural = _("trang nội dung")
