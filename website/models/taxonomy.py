"""Shared taxonomy: regions, provinces, sectors, kinds of support. All translatable."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from website.translation import synchronized


class TaxonomyBase(TranslatableMixin, models.Model):
    name = models.CharField(
        _("tên"), max_length=255, help_text=_("Tên như hiện trên trang và trong bộ lọc.")
    )
    slug = models.SlugField(
        _("mã đường dẫn"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Chữ không dấu, dùng trong bộ lọc trên địa chỉ trang."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước trong danh sách.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    # The same slug in every language: the filters on /en/ use the Vietnamese ones.
    override_translatable_fields = synchronized("slug", "sort_order")

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Region(TaxonomyBase):
    """One of the six socio-economic regions."""

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("vùng kinh tế - xã hội")
        verbose_name_plural = _("vùng kinh tế - xã hội")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_region_slug")
        ]


class Province(TaxonomyBase):
    """A provincial-level unit (tỉnh, thành phố trực thuộc trung ương)."""

    region = models.ForeignKey(
        Region,
        verbose_name=_("vùng"),
        on_delete=models.PROTECT,
        related_name="provinces",
        help_text=_("Vùng kinh tế - xã hội của tỉnh."),
    )
    is_city = models.BooleanField(
        _("thành phố trực thuộc trung ương"),
        default=False,
        help_text=_("Đánh dấu nếu là thành phố trực thuộc trung ương."),
    )

    panels = [*TaxonomyBase.panels, FieldPanel("region"), FieldPanel("is_city")]
    override_translatable_fields = synchronized(
        "is_city", base=TaxonomyBase.override_translatable_fields
    )

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("tỉnh, thành phố")
        verbose_name_plural = _("tỉnh, thành phố")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_province_slug")
        ]


class Sector(TaxonomyBase):
    """An industry sector or product group."""

    description = models.TextField(
        _("mô tả"), blank=True, help_text=_("Một câu giải thích ngành nghề (không bắt buộc).")
    )

    panels = [*TaxonomyBase.panels, FieldPanel("description")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("ngành nghề")
        verbose_name_plural = _("ngành nghề")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_sector_slug")
        ]


class SupportType(TaxonomyBase):
    """A kind of support the programme gives (training, demonstration models, …)."""

    description = models.TextField(
        _("mô tả"), blank=True, help_text=_("Một câu giải thích loại hình hỗ trợ (không bắt buộc).")
    )

    panels = [*TaxonomyBase.panels, FieldPanel("description")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("loại hình hỗ trợ")
        verbose_name_plural = _("loại hình hỗ trợ")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_supporttype_slug")
        ]
