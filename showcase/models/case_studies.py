"""Case studies: the index of demonstration models and each model's page."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from showcase.blocks import OutcomeStreamBlock
from website import page_functions
from website.blocks import BodyStreamBlock
from website.counter import ViewCounted
from website.fields import GroupedIntegerField, MoneyField
from website.models import BasePage, LocaleSingletonMixin
from website.translation import synchronized

from .taxonomy import YEAR_VALIDATORS, EnterpriseKind, Programme


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
        context = super().get_context(request, *args, **kwargs)
        context.update(page_functions.get("showcase", "case_study_listing")(request, self))
        return context


class CaseStudyPage(ViewCounted, BasePage):
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
    view_count_field = "view_count"  # raised with each counted read (website.counter)

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
        context = super().get_context(request, *args, **kwargs)
        context.update(page_functions.get("showcase", "case_study_detail")(request, self))
        return context


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
