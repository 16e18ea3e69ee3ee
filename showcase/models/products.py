"""Products: the exhibition of standout products and each product's page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from showcase.blocks import SpecificationStreamBlock
from website import page_functions
from website.models import BasePage, LocaleSingletonMixin
from website.translation import synchronized

from .taxonomy import YEAR_VALIDATORS, AwardLevel, ProductGroup


class ProductGalleryPage(LocaleSingletonMixin, BasePage):
    """The exhibition of standout rural-industry products."""

    intro = models.TextField(
        _("lời giới thiệu"),
        blank=True,
        help_text=_("Một đoạn ngắn ở đầu trang triển lãm sản phẩm."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["website.HomePage"]
    subpage_types = ["showcase.ProductPage"]
    template = "pages/showcase/product_gallery_page.html"

    class Meta:
        verbose_name = _("triển lãm sản phẩm tiêu biểu")
        verbose_name_plural = _("triển lãm sản phẩm tiêu biểu")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_functions.get("showcase", "product_listing")(request, self))
        return context


class ProductPage(BasePage):
    """A standout rural-industry product, its award and its producer."""

    producer_name = models.CharField(
        _("cơ sở sản xuất"),
        max_length=255,
        help_text=_("Tên cơ sở, hợp tác xã hoặc doanh nghiệp làm ra sản phẩm."),
    )
    producer_province = models.ForeignKey(
        "website.Province",
        verbose_name=_("tỉnh, thành phố"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Tỉnh, thành phố của cơ sở sản xuất; dùng trong bộ lọc."),
    )
    producer_address = models.CharField(
        _("địa chỉ"), max_length=255, blank=True, help_text=_("Địa chỉ của cơ sở sản xuất.")
    )
    producer_phone = models.CharField(
        _("điện thoại"), max_length=40, blank=True, help_text=_("Số điện thoại của cơ sở sản xuất.")
    )
    producer_email = models.EmailField(
        _("thư điện tử"), blank=True, help_text=_("Thư điện tử của cơ sở (không bắt buộc).")
    )
    producer_website = models.URLField(
        _("trang web"), blank=True, help_text=_("Trang web của cơ sở (không bắt buộc).")
    )
    product_group = models.CharField(
        _("nhóm sản phẩm"),
        max_length=40,
        choices=ProductGroup.choices,
        db_index=True,
        help_text=_("Nhóm sản phẩm dùng trong bộ lọc triển lãm."),
    )
    award_level = models.CharField(
        _("cấp công nhận"),
        max_length=20,
        choices=AwardLevel.choices,
        db_index=True,
        help_text=_("Cấp bình chọn: tỉnh, vùng hay quốc gia."),
    )
    award_year = models.PositiveSmallIntegerField(
        _("năm công nhận"),
        validators=YEAR_VALIDATORS,
        db_index=True,
        help_text=_("Năm sản phẩm được công nhận."),
    )
    certificate_number = models.CharField(
        _("số giấy chứng nhận"),
        max_length=80,
        blank=True,
        help_text=_("Số giấy chứng nhận sản phẩm tiêu biểu, nếu có."),
    )
    description = RichTextField(
        _("mô tả sản phẩm"),
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("Giới thiệu sản phẩm: nguyên liệu, cách làm, điểm đặc sắc."),
    )
    specifications = StreamField(
        SpecificationStreamBlock(),
        blank=True,
        verbose_name=_("thông số kỹ thuật"),
        help_text=_("Thông số kỹ thuật: mỗi dòng một tên và giá trị."),
    )
    where_to_buy = RichTextField(
        _("nơi mua"),
        blank=True,
        features=["bold", "ul", "link"],
        help_text=_("Cửa hàng, điểm bán, sàn thương mại điện tử."),
    )
    featured = models.BooleanField(
        _("nổi bật trên trang chủ"),
        default=False,
        help_text=_("Trang chủ ưu tiên các sản phẩm được đánh dấu, sau đó đến sản phẩm mới nhất."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("product_group"),
                FieldRowPanel([FieldPanel("award_level"), FieldPanel("award_year")]),
                FieldPanel("certificate_number"),
            ],
            heading=_("Công nhận"),
        ),
        FieldPanel("description"),
        InlinePanel(
            "images",
            label=_("Ảnh sản phẩm"),
            min_num=1,
            max_num=12,
            help_text=_("Từ 1 đến 12 ảnh; ảnh đầu tiên là ảnh đại diện."),
        ),
        FieldPanel("specifications"),
        FieldPanel("where_to_buy"),
        MultiFieldPanel(
            [
                FieldPanel("producer_name"),
                FieldPanel("producer_province"),
                FieldPanel("producer_address"),
                FieldRowPanel([FieldPanel("producer_phone"), FieldPanel("producer_email")]),
                FieldPanel("producer_website"),
            ],
            heading=_("Cơ sở sản xuất"),
        ),
    ]
    promote_panels = [*BasePage.promote_panels, FieldPanel("featured")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("producer_name"),
        index.SearchField("description"),
        index.FilterField("award_year"),
        index.FilterField("award_level"),
        index.FilterField("product_group"),
    ]
    api_fields = [APIField("producer_name"), APIField("award_level"), APIField("award_year")]

    override_translatable_fields = synchronized(
        "producer_phone",
        "producer_email",
        "producer_website",
        "product_group",
        "award_level",
        "award_year",
        "certificate_number",
        "featured",
        base=BasePage.override_translatable_fields,
    )

    parent_page_types = ["showcase.ProductGalleryPage"]
    subpage_types = []
    template = "pages/showcase/product_page.html"

    class Meta:
        verbose_name = _("sản phẩm tiêu biểu")
        verbose_name_plural = _("sản phẩm tiêu biểu")

    def get_search_date(self):
        # The year of the award, not the day the page went up.
        return self.award_year

    def get_cover_image(self):
        """The first product image (prefetched when listed), else the listing image."""
        images = list(self.images.all())
        if images:
            return images[0].image
        return self.listing_image

    def get_social_image(self):
        return self.social_image or self.listing_image or self.get_cover_image()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        detail = page_functions.get("showcase", "product_detail")
        context.update(detail(request, self, kwargs.get("inquiry_form")))
        return context
