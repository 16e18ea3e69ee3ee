"""Abstract mixins that carry their own fields and panels, and the base page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from website.forms import BasePageForm, VietnamesePublishingPanel
from website.search import index_text, searchable_text
from website.search_words import english_index_text
from website.text import ascii_slug
from website.translation import synchronized
from website.visibility import ancestor_view_restrictions


class ListingFields(models.Model):
    """How a page shows up in listings, cards and related boxes."""

    listing_title = models.CharField(
        _("tiêu đề trong danh sách"),
        max_length=255,
        blank=True,
        help_text=_("Để trống để dùng tiêu đề của trang."),
    )
    listing_summary = models.TextField(
        _("tóm tắt trong danh sách"),
        blank=True,
        help_text=_("Một hoặc hai câu hiện trong danh sách và thẻ chia sẻ."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh trong danh sách"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Để trống để dùng ảnh chính của trang."),
    )

    listing_panels = [
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("Hiển thị trong danh sách"),
        )
    ]

    class Meta:
        abstract = True

    def get_listing_title(self):
        return self.listing_title or self.title


class SocialFields(models.Model):
    """What Facebook, Zalo and X show when the page is shared."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh chia sẻ mạng xã hội"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh ngang, tối thiểu 1200×630 điểm ảnh."),
    )
    social_text = models.CharField(
        _("mô tả khi chia sẻ"),
        max_length=255,
        blank=True,
        help_text=_("Để trống để dùng phần mô tả tìm kiếm."),
    )

    social_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("Chia sẻ mạng xã hội"),
        )
    ]

    class Meta:
        abstract = True


class LocaleSingletonMixin:
    """At most ``max_count_per_locale`` pages of this type in each language."""

    max_count_per_locale = 1

    @classmethod
    def can_create_at(cls, parent):
        if not super().can_create_at(parent):
            return False
        return cls.objects.filter(locale_id=parent.locale_id).count() < cls.max_count_per_locale


class BasePage(ListingFields, SocialFields, Page):
    """The base of every page type: listing and social fields, ASCII slugs."""

    promote_panels = [
        *Page.promote_panels,
        *ListingFields.listing_panels,
        *SocialFields.social_panels,
    ]
    # Wagtail's own, with "go live" and "expire" dates typed dd/mm/yyyy hh:mm.
    settings_panels = [VietnamesePublishingPanel(), *Page.settings_panels[1:]]
    override_translatable_fields = synchronized("listing_image", "social_image")
    base_form_class = BasePageForm
    # The folded copies (website.search.fold) make "khuyen cong" find "Khuyến
    # công" on every backend; subclasses extend search_fields and the folded
    # text picks up their fields by itself.
    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
        index.SearchField("search_description"),
        index.SearchField("search_folded_title", boost=2),
        index.AutocompleteField("search_folded_title"),
        index.SearchField("search_folded_text"),
    ]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        # Wagtail's default slug keeps no "đ" ("Đề án" → "e-an"); ours is ASCII.
        if not self.slug and self.title:
            self.slug = ascii_slug(self.title) or None
        elif self.slug and not self.slug.isascii():
            self.slug = ascii_slug(self.slug)
        super().full_clean(*args, **kwargs)

    def get_view_restrictions(self):
        """The view restrictions of this page and its ancestors, in one query.

        Wagtail's version fetches the ancestors first, then their restrictions
        (two queries on every page served). Like it, an alias on the way is
        judged by its source page's restrictions, not its own.
        """
        return ancestor_view_restrictions(self)

    def _search_is_english(self):
        locale = self.locale if self.locale_id else None
        return locale is not None and locale.language_code.lower().startswith("en")

    def search_folded_title(self):
        if self._search_is_english():
            # English pages: the folded words and their stems ("presses" → "press").
            return f"{index_text(self.title)} {english_index_text(self.title)}"
        return index_text(self.title)

    def search_folded_text(self):
        text = searchable_text(self)
        if self._search_is_english():
            return f"{index_text(text)} {english_index_text(text)}"
        return index_text(text)

    def get_search_date(self):
        """The page's own date, shown next to it in search results and related boxes: a
        datetime or date, a year or a (first, last) pair of years (``website.text.own_date``
        formats each). Apps override it: the article's publication date as the editor set
        it, the document's issue date, the case study's programme years."""
        return self.first_published_at

    def get_search_details(self):
        """Short texts shown beside the page's type in search results (a document's
        number, its status); none by default."""
        return []

    def get_meta_description(self):
        return self.search_description or self.listing_summary

    def get_social_text(self):
        return self.social_text or self.get_meta_description()

    def get_social_image(self):
        return self.social_image or self.listing_image
