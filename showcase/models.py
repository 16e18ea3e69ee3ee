"""Showcase: demonstration-model case studies and the standout-product exhibition.

Page tree (one index and one gallery per language, under the home page):

    HomePage
    ├── CaseStudyIndexPage → CaseStudyPage …
    └── ProductGalleryPage → ProductPage …
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from showcase.blocks import OutcomeStreamBlock, SpecificationStreamBlock
from website.blocks import BodyStreamBlock
from website.fields import GroupedIntegerField, MoneyField
from website.models import BasePage, LocaleSingletonMixin
from website.translation import synchronized

YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


class EnterpriseKind(models.TextChoices):
    ENTERPRISE = "doanh-nghiep", _("Doanh nghiệp")
    COOPERATIVE = "hop-tac-xa", _("Hợp tác xã")
    HOUSEHOLD = "ho-kinh-doanh", _("Hộ kinh doanh")
    ESTABLISHMENT = "co-so-cnnt", _("Cơ sở công nghiệp nông thôn")


class Programme(models.TextChoices):
    NATIONAL = "quoc-gia", pgettext_lazy("chương trình", "Khuyến công quốc gia")
    LOCAL = "dia-phuong", pgettext_lazy("chương trình", "Khuyến công địa phương")


class AwardLevel(models.TextChoices):
    PROVINCIAL = "cap-tinh", _("Cấp tỉnh")
    REGIONAL = "cap-vung", _("Cấp khu vực")
    NATIONAL = "cap-quoc-gia", _("Cấp quốc gia")


class ProductGroup(models.TextChoices):
    PROCESSED = "che-bien-nong-lam-thuy-san", _("Nông, lâm, thủy sản chế biến và đồ uống")
    HANDICRAFT = "thu-cong-my-nghe", _("Thủ công mỹ nghệ")
    MECHANICAL = "co-khi", _("Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí")
    OTHER = "khac", _("Sản phẩm khác")


def in_locale(obj, locale_id):
    """``obj`` (a translatable snippet) in the given locale, when that translation exists."""
    if obj is None or obj.locale_id == locale_id:
        return obj
    return obj.get_translation_or_none(locale_id) or obj


class LocalizedTaxonomyMixin:
    """On save, swap taxonomy snippets for their translation in the page's language,
    so that a page copied for translation refers to English provinces and sectors."""

    localized_foreign_keys = ()
    localized_many_to_many = ()

    def localize_taxonomy(self):
        if not self.locale_id:
            return
        for name in self.localized_foreign_keys:
            current = getattr(self, name, None)
            if current is not None and current.locale_id != self.locale_id:
                setattr(self, name, in_locale(current, self.locale_id))
        for name in self.localized_many_to_many:
            items = list(getattr(self, name).all())
            if any(item.locale_id != self.locale_id for item in items):
                setattr(self, name, [in_locale(item, self.locale_id) for item in items])

    def save(self, *args, **kwargs):
        self.localize_taxonomy()
        return super().save(*args, **kwargs)


class CaseStudyIndexPage(LocaleSingletonMixin, BasePage):
    """The list of demonstration models, with filters, a summary and a chart."""

    intro = models.TextField(
        _("lời giới thiệu"), blank=True, help_text=_("Một đoạn ngắn ở đầu trang danh sách mô hình.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["website.HomePage"]
    subpage_types = ["showcase.CaseStudyPage"]
    template = "pages/showcase/case_study_index_page.html"

    class Meta:
        verbose_name = _("danh sách mô hình trình diễn")
        verbose_name_plural = _("danh sách mô hình trình diễn")

    def get_context(self, request, *args, **kwargs):
        from showcase.views import case_study_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_listing(request, self))
        return context


class CaseStudyPage(LocalizedTaxonomyMixin, BasePage):
    """A technical demonstration model: what was funded, how much, and what changed."""

    lead = models.TextField(_("tóm tắt"), help_text=_("Hai, ba câu: ai được hỗ trợ gì, kết quả."))
    enterprise_name = models.CharField(
        _("tên cơ sở"), max_length=255, help_text=_("Tên đầy đủ của cơ sở được hỗ trợ.")
    )
    enterprise_kind = models.CharField(
        _("loại hình cơ sở"),
        max_length=20,
        choices=EnterpriseKind.choices,
        default=EnterpriseKind.ENTERPRISE,
        help_text=_("Doanh nghiệp, hợp tác xã, hộ kinh doanh hay cơ sở công nghiệp nông thôn."),
    )
    province = models.ForeignKey(
        "website.Province",
        verbose_name=_("tỉnh, thành phố"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Tỉnh, thành phố nơi cơ sở hoạt động; vùng được suy ra từ đây."),
    )
    sector = models.ForeignKey(
        "website.Sector",
        verbose_name=_("ngành nghề"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Ngành nghề chính của mô hình."),
    )
    support_types = ParentalManyToManyField(
        "website.SupportType",
        verbose_name=_("loại hình hỗ trợ"),
        blank=True,
        related_name="+",
        help_text=_("Chọn mọi loại hình hỗ trợ cơ sở đã nhận."),
    )
    programme = models.CharField(
        _("chương trình"),
        max_length=20,
        choices=Programme.choices,
        default=Programme.NATIONAL,
        help_text=_("Khuyến công quốc gia hay khuyến công địa phương."),
    )
    year_start = models.PositiveSmallIntegerField(
        _("năm được hỗ trợ"),
        validators=YEAR_VALIDATORS,
        db_index=True,
        help_text=_("Năm bắt đầu được hỗ trợ."),
    )
    year_end = models.PositiveSmallIntegerField(
        _("đến năm"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Để trống nếu chỉ hỗ trợ trong một năm."),
    )
    state_support = MoneyField(
        _("kinh phí nhà nước hỗ trợ (đồng)"),
        db_index=True,
        help_text=_("Số tiền nhà nước hỗ trợ, tính bằng đồng."),
    )
    total_investment = MoneyField(
        _("tổng vốn đầu tư (đồng)"),
        null=True,
        blank=True,
        help_text=_("Tổng vốn đầu tư của mô hình, tính bằng đồng."),
    )
    technology = models.TextField(
        _("máy móc, công nghệ"), help_text=_("Dây chuyền, thiết bị hoặc công nghệ được hỗ trợ.")
    )
    outcomes = StreamField(
        OutcomeStreamBlock(),
        blank=True,
        verbose_name=_("kết quả trước và sau"),
        help_text=_("Mỗi chỉ tiêu một dòng; trang tự tính mức thay đổi, ví dụ Doanh thu +20%."),
    )
    replications = GroupedIntegerField(
        _("số cơ sở nhân rộng"),
        default=0,
        help_text=_("Số cơ sở khác đã học tập, áp dụng mô hình."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("nội dung"),
        help_text=_("Bài viết đầy đủ về mô hình: các đoạn văn, ảnh, bảng."),
    )
    address = models.CharField(
        _("địa chỉ"),
        max_length=255,
        blank=True,
        help_text=_("Địa chỉ của cơ sở thực hiện mô hình."),
    )
    contact_person = models.CharField(
        _("người liên hệ"),
        max_length=120,
        blank=True,
        help_text=_("Người bạn đọc có thể liên hệ để tham quan, học tập."),
    )
    phone = models.CharField(
        _("điện thoại"), max_length=40, blank=True, help_text=_("Số điện thoại liên hệ của cơ sở.")
    )
    email = models.EmailField(
        _("thư điện tử"), blank=True, help_text=_("Thư điện tử liên hệ của cơ sở (không bắt buộc).")
    )
    website = models.URLField(
        _("trang web"), blank=True, help_text=_("Trang web của cơ sở (không bắt buộc).")
    )
    featured = models.BooleanField(
        _("nổi bật trên trang chủ"),
        default=False,
        help_text=_("Trang chủ ưu tiên các mô hình được đánh dấu, sau đó đến mô hình mới nhất."),
    )
    view_count = models.PositiveIntegerField(_("lượt xem"), default=0, editable=False)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("enterprise_name"),
                FieldPanel("enterprise_kind"),
                FieldPanel("province"),
                FieldPanel("sector"),
            ],
            heading=_("Cơ sở được hỗ trợ"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("programme"),
                FieldRowPanel([FieldPanel("year_start"), FieldPanel("year_end")]),
                FieldPanel("support_types", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("state_support"), FieldPanel("total_investment")]),
                FieldPanel("technology"),
            ],
            heading=_("Nội dung hỗ trợ"),
        ),
        MultiFieldPanel(
            [FieldPanel("outcomes"), FieldPanel("replications")],
            heading=_("Kết quả"),
        ),
        FieldPanel("body"),
        InlinePanel("gallery_images", label=_("Ảnh"), max_num=12),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
            ],
            heading=_("Địa điểm và liên hệ"),
        ),
        InlinePanel("related_products", label=_("Sản phẩm liên quan"), max_num=6),
    ]
    promote_panels = [*BasePage.promote_panels, FieldPanel("featured")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("enterprise_name"),
        index.SearchField("technology"),
        index.SearchField("body"),
        index.FilterField("year_start"),
        index.FilterField("state_support"),
    ]
    # The programme years are the case study's own date (as in search and related boxes).
    api_fields = [
        APIField("lead"),
        APIField("enterprise_name"),
        APIField("year_start"),
        APIField("year_end"),
    ]

    localized_foreign_keys = ("province", "sector")
    localized_many_to_many = ("support_types",)

    override_translatable_fields = synchronized(
        "enterprise_kind",
        "programme",
        "year_start",
        "year_end",
        "state_support",
        "total_investment",
        "replications",
        "phone",
        "email",
        "website",
        "featured",
        "related_products",
        base=BasePage.override_translatable_fields,
    )

    parent_page_types = ["showcase.CaseStudyIndexPage"]
    subpage_types = []
    template = "pages/showcase/case_study_page.html"

    class Meta:
        verbose_name = _("mô hình trình diễn")
        verbose_name_plural = _("mô hình trình diễn")

    def clean(self):
        super().clean()
        if self.year_end and self.year_start and self.year_end < self.year_start:
            raise ValidationError({"year_end": _("Năm kết thúc không được trước năm bắt đầu.")})

    @property
    def years(self):
        if self.year_end and self.year_end != self.year_start:
            return f"{self.year_start}–{self.year_end}"
        return str(self.year_start)

    def get_search_date(self):
        # The programme years, not the day the page went up.
        return (self.year_start, self.year_end) if self.year_start else None

    def get_cover_image(self):
        """The listing image, else the first photo of the gallery (prefetched when listed)."""
        if self.listing_image_id:
            return self.listing_image
        images = list(self.gallery_images.all())
        return images[0].image if images else None

    def get_context(self, request, *args, **kwargs):
        from showcase.views import case_study_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_detail(request, self))
        return context


class CaptionedImage(TranslatableMixin, Orderable):
    """A gallery picture of a page: an image from the library, its caption and alt text.
    Each language's page has its own rows (wagtail-localize translates caption and alt
    text; the image is copied from the Vietnamese row of the same translation key)."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Ảnh cần có mô tả (văn bản thay thế) trong thư viện ảnh."),
    )
    caption = models.CharField(
        _("chú thích"),
        max_length=255,
        blank=True,
        help_text=_("Một câu mô tả ảnh, hiện dưới ảnh và trong hộp xem ảnh."),
    )
    alt_text = models.CharField(
        _("văn bản thay thế"),
        max_length=255,
        blank=True,
        help_text=_(
            "Mô tả ảnh cho người không nhìn thấy, trong ngôn ngữ của trang; để trống để dùng mô tả của ảnh."
        ),
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("alt_text")]
    # The page form (website.forms.BasePageForm) refuses to submit or publish the page
    # while an image has no description, as the help text says.
    image_description_required = True

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class CaseStudyImage(CaptionedImage):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="gallery_images")

    class Meta(CaptionedImage.Meta):
        verbose_name = _("ảnh")
        verbose_name_plural = _("ảnh")


class CaseStudyRelatedProduct(Orderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="related_products")
    product = models.ForeignKey(
        "showcase.ProductPage",
        verbose_name=_("sản phẩm"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Sản phẩm tiêu biểu của cơ sở này."),
    )

    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        verbose_name = _("sản phẩm liên quan")
        verbose_name_plural = _("sản phẩm liên quan")


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
        from showcase.views import product_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(product_listing(request, self))
        return context


class ProductPage(LocalizedTaxonomyMixin, BasePage):
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

    localized_foreign_keys = ("producer_province",)

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

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from showcase.views import receive_inquiry

            def render(form):
                return super(ProductPage, self).serve(request, *args, inquiry_form=form, **kwargs)

            return receive_inquiry(self, request, render)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from showcase.views import product_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(product_detail(request, self, kwargs.get("inquiry_form")))
        return context


class ProductImage(CaptionedImage):
    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="images")

    class Meta(CaptionedImage.Meta):
        verbose_name = _("ảnh sản phẩm")
        verbose_name_plural = _("ảnh sản phẩm")


class ProducerInquiry(models.Model):
    """A message from a reader to a product's producer, forwarded by the editors."""

    product = models.ForeignKey(
        ProductPage,
        verbose_name=_("sản phẩm"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
    )
    product_title = models.CharField(_("tên sản phẩm"), max_length=255)
    name = models.CharField(_("họ và tên"), max_length=120)
    organisation = models.CharField(_("cơ quan, đơn vị"), max_length=200, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    message = models.TextField(_("lời nhắn"), max_length=3000)
    language = models.CharField(_("ngôn ngữ"), max_length=8, default="vi")
    ip_hash = models.CharField(_("mã địa chỉ IP"), max_length=64, blank=True, editable=False)
    is_spam = models.BooleanField(_("thư rác"), default=False)
    spam_reason = models.CharField(_("lý do đánh dấu thư rác"), max_length=255, blank=True)
    handled = models.BooleanField(_("đã xử lý"), default=False)
    note = models.TextField(_("ghi chú của biên tập viên"), blank=True)
    created_at = models.DateTimeField(_("thời điểm gửi"), auto_now_add=True, db_index=True)
    emailed_at = models.DateTimeField(_("thời điểm gửi thư"), null=True, blank=True)

    class Meta:
        verbose_name = _("yêu cầu liên hệ nhà sản xuất")
        verbose_name_plural = _("yêu cầu liên hệ nhà sản xuất")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name}: {self.product_title}"

    @property
    def contact(self):
        return " / ".join(part for part in (self.phone, self.email) if part)
