"""The page types: ``PolicyIndexPage`` (one per language: the finder, and the guided
form "Tôi được hỗ trợ gì?" as a route) and ``PolicyPage`` (one legal document: its
fields and admin panels here; what its page shows in ``content``, its validity in
``status``)."""

from django.db import models
from django.http import HttpResponsePermanentRedirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from website import page_functions
from website.blocks import BodyStreamBlock
from website.models import BasePage, LocaleSingletonMixin, SupportType
from website.search import index_text
from website.text import document_number
from website.translation import synchronized

from ..blocks import SupportItemsBlock
from .content import PolicyContentMixin
from .panels import POLICY_PAGE_PANELS
from .status import PolicyStatusMixin
from .validation import PolicyValidationMixin
from .vocabularies import BeneficiaryKind, DocumentType, EnterpriseSize, IssuingBody

SUMMARY_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class PolicyIndexPage(RoutablePageMixin, LocaleSingletonMixin, BasePage):
    """The finder: text search and facets over the policies below it."""

    intro = RichTextField(
        _("lời giới thiệu"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Một đoạn ngắn phía trên bộ lọc."),
    )
    guide_intro = models.TextField(
        _("lời dẫn của mục “Tôi được hỗ trợ gì?”"),
        blank=True,
        help_text=_("Hiện phía trên bảng câu hỏi dành cho doanh nghiệp."),
    )
    guide_apply = RichTextField(
        _("cách nộp hồ sơ"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "Hiện cuối kết quả “Tôi được hỗ trợ gì?”: hồ sơ gồm gì, hạn nộp, nộp ở đâu; "
            "nên dẫn tới trang Hỏi đáp và trang Liên hệ."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("guide_intro"),
        FieldPanel("guide_apply"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["website.HomePage"]
    subpage_types = ["policies.PolicyPage"]
    template = "pages/policies/policy_index_page.html"

    class Meta:
        verbose_name = _("thư viện chính sách")
        verbose_name_plural = _("thư viện chính sách")

    @path("")
    def finder(self, request):
        return page_functions.get("policies", "finder")(request, self)

    # The guide's address is in the page's language; the other language's form of it
    # redirects there (the English guide was first at /en/policies/toi-duoc-ho-tro-gi/).
    @path("toi-duoc-ho-tro-gi/", name="guide")
    @path("what-support-can-i-get/", name="guide_en")
    def guide(self, request):
        match = getattr(request, "routable_resolver_match", None)
        if match is not None and match.url_name != self._guide_route():
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(self.guide_url() + (f"?{query}" if query else ""))
        return page_functions.get("policies", "guide")(request, self)

    def _guide_route(self, page=None):
        return "guide_en" if (page or self).locale.language_code == "en" else "guide"

    def guide_url(self, request=None):
        return self.url + self.reverse_subpage(self._guide_route())

    def route_for_translation(self, other, name, kwargs):
        """The guide's route on ``other`` is the guide in ``other``'s language
        (website.i18n: hreflang and the language switcher)."""
        if name in {"guide", "guide_en"}:
            return self._guide_route(other), kwargs
        return name, kwargs


class PolicyPage(PolicyValidationMixin, PolicyContentMixin, PolicyStatusMixin, BasePage):
    """One legal document: its identity, dates, relations, support items and files."""

    document_number = models.CharField(
        _("số, ký hiệu"),
        max_length=80,
        db_index=True,
        help_text=_("Ví dụ: 1288/QĐ-TTg. Mỗi văn bản chỉ có một trang trong mỗi ngôn ngữ."),
    )
    document_type = models.CharField(
        _("loại văn bản"),
        max_length=20,
        choices=DocumentType.choices,
        help_text=_("Loại văn bản quy phạm: luật, nghị định, quyết định, thông tư…"),
    )
    issuing_body = models.ForeignKey(
        IssuingBody,
        verbose_name=_("cơ quan ban hành"),
        on_delete=models.PROTECT,
        related_name="policies",
        help_text=_(
            "Cơ quan ban hành; thêm cơ quan mới trong Chính sách hỗ trợ → Cơ quan ban hành."
        ),
    )
    signer = models.CharField(
        _("người ký"),
        max_length=255,
        blank=True,
        help_text=_("Chức vụ và họ tên, ví dụ: Phó Thủ tướng Nguyễn Văn A."),
    )
    issue_date = models.DateField(
        _("ngày ban hành"), help_text=_("Ngày ký ban hành ghi trên văn bản.")
    )
    effective_date = models.DateField(
        _("ngày có hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu văn bản có hiệu lực từ ngày ban hành."),
    )
    expiry_date = models.DateField(
        _("ngày hết hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Từ ngày này văn bản không còn áp dụng. Để trống nếu chưa xác định."),
    )
    period_end_year = models.PositiveSmallIntegerField(
        _("thực hiện đến hết năm"),
        null=True,
        blank=True,
        help_text=_(
            "Với chương trình, kế hoạch có thời hạn (ví dụ giai đoạn 2021-2025): năm cuối. "
            "Từ ngày 1 tháng 1 năm sau, văn bản được coi là hết hiệu lực. Để trống nếu "
            "văn bản không có thời hạn."
        ),
    )
    # Kept up to date by refresh_relation_dates() (below), never edited: the day the
    # first live document that replaces (amends) this one takes effect. The status is
    # then a comparison of dates in the row, not two correlated subqueries.
    replaced_from = models.DateField(
        _("bị thay thế từ ngày"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Ngày văn bản thay thế đầu tiên có hiệu lực (tự tính)."),
    )
    amended_from = models.DateField(
        _("bị sửa đổi từ ngày"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Ngày văn bản sửa đổi đầu tiên có hiệu lực (tự tính)."),
    )
    summary = RichTextField(
        _("tóm tắt"),
        features=SUMMARY_FEATURES,
        help_text=_("Tóm tắt nội dung chính bằng lời dễ hiểu cho doanh nghiệp."),
    )
    support_items = StreamField(
        SupportItemsBlock(),
        blank=True,
        verbose_name=_("nội dung hỗ trợ"),
        help_text=_("Mỗi loại hỗ trợ: nội dung được hỗ trợ, mức tối đa và tỷ lệ chi phí."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("nội dung chi tiết"),
        help_text=_("Tùy chọn: trích các điều khoản chính, bảng mức hỗ trợ."),
    )
    beneficiary_kinds = ParentalManyToManyField(
        BeneficiaryKind,
        blank=True,
        related_name="policies",
        verbose_name=_("loại hình cơ sở được hỗ trợ"),
        help_text=_("Để trống nếu áp dụng cho mọi loại hình."),
    )
    enterprise_sizes = ParentalManyToManyField(
        EnterpriseSize,
        blank=True,
        related_name="policies",
        verbose_name=_("quy mô"),
        help_text=_("Để trống nếu áp dụng cho mọi quy mô."),
    )
    sectors = ParentalManyToManyField(
        "website.Sector",
        blank=True,
        related_name="policies",
        verbose_name=_("ngành nghề"),
        help_text=_("Để trống nếu áp dụng cho mọi ngành nghề."),
    )
    regions = ParentalManyToManyField(
        "website.Region",
        blank=True,
        related_name="policies",
        verbose_name=_("vùng áp dụng"),
        help_text=_("Để trống nếu văn bản áp dụng toàn quốc."),
    )
    provinces = ParentalManyToManyField(
        "website.Province",
        blank=True,
        related_name="policies",
        verbose_name=_("tỉnh, thành phố áp dụng"),
        help_text=_("Để trống cả vùng và tỉnh nếu văn bản áp dụng trên cả nước."),
    )
    # Derived from the support items on save; the finder filters and counts on it.
    support_types = ParentalManyToManyField(
        "website.SupportType",
        blank=True,
        related_name="policies",
        verbose_name=_("loại hình hỗ trợ"),
        editable=False,
    )

    content_panels = POLICY_PAGE_PANELS
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("document_number", boost=3),
        index.AutocompleteField("document_number"),
        index.SearchField("signer"),
        index.SearchField("summary"),
        index.SearchField("support_items_text"),
        index.SearchField("attachment_text"),
        index.FilterField("issue_date"),
        index.FilterField("document_type"),
    ]
    # The issue date is the document's own date (as in search and related boxes); the
    # status is computed for today, as on the page.
    api_fields = [
        APIField("document_number"),
        APIField("document_type"),
        APIField("issue_date"),
        APIField("effective_date"),
        APIField("expiry_date"),
        APIField("status", serializer=serializers.DictField(source="api_status")),
    ]

    override_translatable_fields = synchronized(
        "document_type",
        "issue_date",
        "effective_date",
        "expiry_date",
        "period_end_year",
        "attachments",
        "relations",
        base=BasePage.override_translatable_fields,
    )

    parent_page_types = ["policies.PolicyIndexPage"]
    subpage_types = []
    template = "pages/policies/policy_page.html"

    class Meta:
        verbose_name = _("văn bản chính sách")
        verbose_name_plural = _("văn bản chính sách")

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "support_items" in update_fields:
            self._sync_support_types()
            if update_fields is not None and "support_types" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "support_types"]
        result = super().save(*args, **kwargs)
        # Child rows (attachments) are committed after the model's own post_save,
        # when the search index already ran: index again so their text is in it.
        if self.live and (update_fields is None or "attachments" in update_fields):
            index.insert_or_update_object(self)
        return result

    def get_search_date(self):
        return self.issue_date

    def get_search_details(self):
        return [document_number(self.document_number), self.current_status.label]

    def search_folded_title(self):
        # Readers search by number ("45/2012/NĐ-CP"): it ranks like the title.
        return index_text(f"{self.document_number} {self.title}")

    def _sync_support_types(self):
        ids = {item["support_type"] for item in self.support_item_values() if item["support_type"]}
        self.support_types.set(list(SupportType.objects.filter(pk__in=ids)) if ids else [])

    # Support items without extra queries: the raw stream data, ids not objects.
