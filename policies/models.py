"""Support policies: a library of legal documents and the finder for businesses.

A ``PolicyPage`` is one legal document (decree, decision, circular, …) with its
support items; a ``PolicyIndexPage`` (one per language) is the finder and hosts
the guided form "Tôi được hỗ trợ gì?". The validity status is never stored: it is
computed from the dates and from the documents that replace or amend this one,
against a ``today`` that callers pass (so tests can freeze the clock).
"""

import logging

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Min, Q, Value, When
from django.db.models.functions import Coalesce
from django.http import HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from website.blocks import BodyStreamBlock
from website.models import BasePage, LocaleSingletonMixin
from website.search import index_text
from website.text import document_number
from website.translation import synchronized

from .blocks import SupportItemsBlock

logger = logging.getLogger(__name__)

FILE_KINDS = {
    "pdf": "PDF",
    "doc": "Word (DOC)",
    "docx": "Word (DOCX)",
    "xls": "Excel (XLS)",
    "xlsx": "Excel (XLSX)",
    "odt": "OpenDocument (ODT)",
    "zip": "ZIP",
}
SUMMARY_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class DocumentType(models.TextChoices):
    LAW = "luat", _("Luật")
    RESOLUTION = "nghi-quyet", _("Nghị quyết")
    DECREE = "nghi-dinh", _("Nghị định")
    DECISION = "quyet-dinh", _("Quyết định")
    CIRCULAR = "thong-tu", _("Thông tư")
    OFFICIAL_LETTER = "cong-van", _("Công văn")
    PLAN = "ke-hoach", _("Kế hoạch")


class Status(models.TextChoices):
    """Validity of a document on a given day. The order is the finder's default order."""

    IN_FORCE = "con-hieu-luc", _("Còn hiệu lực")
    AMENDED = "sua-doi-mot-phan", _("Còn hiệu lực, đã được sửa đổi một phần")
    NOT_YET = "chua-co-hieu-luc", _("Chưa có hiệu lực")
    EXPIRED = "het-hieu-luc", _("Hết hiệu lực")


STATUS_RANK = {Status.IN_FORCE: 0, Status.AMENDED: 1, Status.NOT_YET: 2, Status.EXPIRED: 3}
IN_FORCE_STATUSES = (Status.IN_FORCE, Status.AMENDED)


class BeneficiaryKind(models.Model):
    """Who a document supports: a fixed vocabulary, translated through the catalogues."""

    class Code(models.TextChoices):
        HOUSEHOLD = "ho-kinh-doanh", _("Hộ kinh doanh, cơ sở sản xuất cá thể")
        COOPERATIVE_GROUP = "to-hop-tac", _("Tổ hợp tác")
        COOPERATIVE = "hop-tac-xa", _("Hợp tác xã")
        ENTERPRISE = "doanh-nghiep", _("Doanh nghiệp")
        SERVICE_PROVIDER = "don-vi-dich-vu", _("Tổ chức dịch vụ khuyến công")

    code = models.CharField(_("mã"), max_length=40, choices=Code.choices, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("đối tượng thụ hưởng")
        verbose_name_plural = _("đối tượng thụ hưởng")

    def __str__(self):
        return str(self.get_code_display())

    @property
    def slug(self):
        return self.code


class EnterpriseSize(models.Model):
    """Size of a business (Nghị định 80/2021/NĐ-CP): micro, small, medium, large."""

    class Code(models.TextChoices):
        MICRO = "sieu-nho", _("Siêu nhỏ")
        SMALL = "nho", _("Nhỏ")
        MEDIUM = "vua", _("Vừa")
        LARGE = "lon", _("Lớn")

    code = models.CharField(_("mã"), max_length=40, choices=Code.choices, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("quy mô")
        verbose_name_plural = _("quy mô")

    def __str__(self):
        return str(self.get_code_display())

    @property
    def slug(self):
        return self.code


class IssuingBody(TranslatableMixin, models.Model):
    """Who issues documents: the National Assembly, the Government, a ministry, a province."""

    class Level(models.TextChoices):
        CENTRAL = "trung-uong", _("Trung ương")
        PROVINCIAL = "dia-phuong", _("Địa phương")

    name = models.CharField(
        _("tên"), max_length=255, help_text=_("Tên đầy đủ của cơ quan, ví dụ: Bộ Công Thương.")
    )
    slug = models.SlugField(
        _("mã đường dẫn"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Chữ không dấu, dùng trong bộ lọc trên địa chỉ trang."),
    )
    level = models.CharField(
        _("cấp"),
        max_length=20,
        choices=Level.choices,
        default=Level.CENTRAL,
        help_text=_("Trung ương hay địa phương; dùng trong bộ lọc."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước trong bộ lọc.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("level"), FieldPanel("sort_order")]
    override_translatable_fields = synchronized("slug", "level", "sort_order")

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_issuingbody_slug")
        ]

    def __str__(self):
        return self.name


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
        from .views import finder_view

        return finder_view(request, self)

    # The guide's address is in the page's language; the other language's form of it
    # redirects there (the English guide was first at /en/policies/toi-duoc-ho-tro-gi/).
    @path("toi-duoc-ho-tro-gi/", name="guide")
    @path("what-support-can-i-get/", name="guide_en")
    def guide(self, request):
        from .views import guide_view

        match = getattr(request, "routable_resolver_match", None)
        if match is not None and match.url_name != self._guide_route():
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(self.guide_url() + (f"?{query}" if query else ""))
        return guide_view(request, self)

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


class PolicyPage(BasePage):
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

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("document_number"), FieldPanel("document_type")]),
                FieldRowPanel([FieldPanel("issuing_body"), FieldPanel("signer")]),
                FieldRowPanel(
                    [
                        FieldPanel("issue_date"),
                        FieldPanel("effective_date"),
                        FieldPanel("expiry_date"),
                        FieldPanel("period_end_year"),
                    ]
                ),
            ],
            heading=_("Thông tin văn bản"),
        ),
        FieldPanel("summary"),
        FieldPanel("support_items"),
        MultiFieldPanel(
            [
                FieldPanel("beneficiary_kinds", widget=forms.CheckboxSelectMultiple),
                FieldPanel("enterprise_sizes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("provinces", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Phạm vi áp dụng"),
        ),
        InlinePanel("attachments", label=_("Tệp đính kèm"), heading=_("Tệp đính kèm")),
        InlinePanel(
            "relations",
            label=_("Văn bản liên quan"),
            heading=_("Thay thế, sửa đổi văn bản khác"),
        ),
        FieldPanel("body"),
    ]
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

    def clean(self):
        super().clean()
        self.document_number = " ".join((self.document_number or "").split())
        if self.document_number and self.locale_id:
            duplicates = (
                PolicyPage.objects.filter(
                    document_number__iexact=self.document_number, locale_id=self.locale_id
                )
                .exclude(pk=self.pk)
                .exclude(translation_key=self.translation_key)
            )
            if duplicates.exists():
                raise ValidationError({"document_number": _("Đã có văn bản mang số, ký hiệu này.")})
        start = self.effective_date or self.issue_date
        if self.expiry_date and start and self.expiry_date <= start:
            raise ValidationError(
                {"expiry_date": _("Ngày hết hiệu lực phải sau ngày có hiệu lực.")}
            )
        if self.period_end_year and start and self.period_end_year < start.year:
            raise ValidationError(
                {"period_end_year": _("Năm kết thúc không thể trước năm văn bản có hiệu lực.")}
            )
        if self.effective_date and self.issue_date and self.effective_date < self.issue_date:
            raise ValidationError(
                {"effective_date": _("Ngày có hiệu lực không thể trước ngày ban hành.")}
            )

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
        from website.models import SupportType

        ids = {item["support_type"] for item in self.support_item_values() if item["support_type"]}
        self.support_types.set(list(SupportType.objects.filter(pk__in=ids)) if ids else [])

    # Support items without extra queries: the raw stream data, ids not objects.
    def support_item_values(self):
        values = []
        for raw in self.support_items.raw_data:
            if raw.get("type") != "item":
                continue
            value = raw.get("value") or {}
            values.append(
                {
                    "id": raw.get("id"),
                    "support_type": value.get("support_type"),
                    "what": value.get("what") or "",
                    "max_amount": value.get("max_amount"),
                    "cost_share": value.get("cost_share"),
                    "level_note": value.get("level_note") or "",
                }
            )
        return values

    def support_items_text(self):
        return "\n".join(
            f"{item['what']} {item['level_note']}".strip() for item in self.support_item_values()
        )

    def attachment_text(self):
        document_ids = [a.document_id for a in self.attachments.all() if a.document_id]
        if not document_ids:
            return ""
        return "\n".join(
            DocumentText.objects.filter(document_id__in=document_ids).values_list("text", flat=True)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_documents()
        context["scope"] = self.scope()
        context["files"] = self.files()
        return context

    def related_documents(self):
        """Relations both ways, as live pages in this page's language where translated."""
        outgoing = [
            (r.kind, r.target)
            for r in self.relations.select_related("target").order_by("sort_order")
            if r.target.live
        ]
        incoming = [
            (r.kind, r.page)
            for r in PolicyRelation.objects.filter(
                target__translation_key=self.translation_key, page__live=True
            )
            .exclude(page__translation_key=self.translation_key)
            .select_related("page")
            .order_by("page__issue_date", "pk")
        ]
        keys = {page.translation_key for _kind, page in outgoing + incoming}
        local = {
            page.translation_key: page
            for page in PolicyPage.objects.live().filter(
                translation_key__in=keys, locale_id=self.locale_id
            )
        }
        groups = {"replaces": [], "amends": [], "replaced_by": [], "amended_by": []}
        names = {
            ("out", PolicyRelation.Kind.REPLACES): "replaces",
            ("out", PolicyRelation.Kind.AMENDS): "amends",
            ("in", PolicyRelation.Kind.REPLACES): "replaced_by",
            ("in", PolicyRelation.Kind.AMENDS): "amended_by",
        }
        for direction, pairs in (("out", outgoing), ("in", incoming)):
            for kind, page in pairs:
                page = local.get(page.translation_key, page)
                group = groups[names[direction, kind]]
                if page not in group:
                    group.append(page)
        return groups

    def scope(self):
        """Who and where the document applies to, with names in this page's language."""
        from website.models import Province, Region, Sector

        def localized(model, objects):
            keys = [obj.translation_key for obj in objects]
            if not keys:
                return []
            by_key = {
                obj.translation_key: obj
                for obj in model.objects.filter(translation_key__in=keys, locale_id=self.locale_id)
            }
            result = [by_key.get(obj.translation_key, obj) for obj in objects]
            return sorted(result, key=lambda obj: (obj.sort_order, obj.name))

        return {
            "kinds": list(self.beneficiary_kinds.all()),
            "sizes": list(self.enterprise_sizes.all()),
            "sectors": localized(Sector, list(self.sectors.all())),
            "regions": localized(Region, list(self.regions.all())),
            "provinces": localized(Province, list(self.provinces.all())),
        }

    def files(self):
        """Attachments with their download URL, type and size."""
        result = []
        for attachment in self.attachments.select_related("document").order_by("sort_order"):
            document = attachment.document
            extension = document.file_extension.lower()
            try:
                size = document.get_file_size()
            except OSError:
                size = None
            result.append(
                {
                    "title": attachment.title or document.title,
                    "url": document.url,
                    "filename": document.filename,
                    "extension": extension,
                    "kind": FILE_KINDS.get(extension, extension.upper()),
                    "size": size,
                }
            )
        return result

    @property
    def start_date(self):
        return self.effective_date or self.issue_date

    def status(self, today=None):
        """The validity status on ``today`` (default: the local date now), read from the
        database (the relation dates may have changed since this object was loaded)."""
        today = today or timezone.localdate()
        return (
            PolicyPage.objects.filter(pk=self.pk)
            .annotate(status_code=status_expression(today))
            .values_list("status_code", flat=True)
            .first()
        ) or self.status_from_row(today)

    def status_from_row(self, today=None):
        """The validity status on ``today`` from this object's own dates, without a query:
        the rules of ``status_conditions`` (which the finder runs in SQL)."""
        today = today or timezone.localdate()

        def passed(day):
            return day is not None and day <= today

        if self.start_date is None or self.start_date > today:
            return Status.NOT_YET
        if (
            passed(self.expiry_date)
            or passed(self.replaced_from)
            or (self.period_end_year is not None and self.period_end_year < today.year)
        ):
            return Status.EXPIRED
        if passed(self.amended_from):
            return Status.AMENDED
        return Status.IN_FORCE

    @cached_property
    def current_status(self):
        # Annotated by the finder's queries; else from the row (search results, the page).
        return Status(getattr(self, "status_code", None) or self.status_from_row())

    @property
    def api_status(self):
        status = self.current_status
        return {"code": status.value, "label": str(status.label)}

    @property
    def is_in_force(self):
        return self.current_status in IN_FORCE_STATUSES


class PolicyAttachment(Orderable):
    """A file of the document: the signed PDF, an annex, a form (PDF, DOC, DOCX)."""

    page = ParentalKey(PolicyPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("tệp"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Tệp PDF hoặc DOCX của văn bản; nội dung được tìm kiếm được."),
    )
    title = models.CharField(
        _("tên hiển thị"),
        max_length=255,
        blank=True,
        help_text=_("Để trống để dùng tên tài liệu."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    def __str__(self):
        return self.title or str(self.document)


class PolicyRelation(Orderable):
    """This document replaces or amends another one. The reverse is shown on the other."""

    class Kind(models.TextChoices):
        REPLACES = "thay-the", _("Thay thế")
        AMENDS = "sua-doi", _("Sửa đổi, bổ sung")

    page = ParentalKey(PolicyPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(
        _("quan hệ"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("Văn bản này thay thế hay sửa đổi văn bản được chọn."),
    )
    target = models.ForeignKey(
        PolicyPage,
        verbose_name=_("văn bản"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
        help_text=_("Văn bản bị thay thế hoặc sửa đổi."),
    )

    panels = [FieldPanel("kind"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("văn bản liên quan")
        verbose_name_plural = _("văn bản liên quan")

    def __str__(self):
        return f"{self.get_kind_display()} {self.target}"

    def clean(self):
        super().clean()
        if self.page_id and self.target_id and self.page_id == self.target_id:
            raise ValidationError({"target": _("Văn bản không thể liên quan tới chính nó.")})


class DocumentText(models.Model):
    """Text extracted from a Wagtail document, so policies are found by their files' words."""

    class Outcome(models.TextChoices):
        OK = "ok", _("đã trích văn bản")
        EMPTY = "empty", _("không có chữ (có thể là bản quét)")
        FAILED = "failed", _("không đọc được tệp")
        UNSUPPORTED = "unsupported", _("định dạng không hỗ trợ")

    document = models.OneToOneField(
        get_document_model_string(),
        verbose_name=_("tài liệu"),
        on_delete=models.CASCADE,
        related_name="extracted_text",
    )
    text = models.TextField(_("nội dung chữ"), blank=True)
    file_hash = models.CharField(max_length=40, blank=True)
    outcome = models.CharField(_("kết quả"), max_length=20, choices=Outcome.choices)
    extracted_at = models.DateTimeField(_("thời điểm trích"), auto_now=True)

    class Meta:
        verbose_name = _("nội dung chữ của tài liệu")
        verbose_name_plural = _("nội dung chữ của tài liệu")

    def __str__(self):
        return f"{self.document_id}: {self.get_outcome_display()}"


# Status as SQL: each status is a condition on the row's dates. Whether (and from
# when) live documents replace or amend this one is kept in ``replaced_from`` and
# ``amended_from`` by refresh_relation_dates(). Relations are matched by translation
# key, so a document has the same status in every language.

RELATION_DATE_FIELDS = {
    PolicyRelation.Kind.REPLACES: "replaced_from",
    PolicyRelation.Kind.AMENDS: "amended_from",
}


def refresh_relation_dates(policy_model=None, relation_model=None):
    """Recompute ``replaced_from`` and ``amended_from`` of every document; write only
    the rows that change. Runs whenever a relation is saved or deleted and whenever a
    document is published or unpublished (policies/signals.py); a few queries, as
    the documents number in the hundreds. The models are parameters for the
    migration that fills the fields."""
    policy_model = policy_model or PolicyPage
    relation_model = relation_model or PolicyRelation
    first = {}
    rows = (
        relation_model.objects.filter(kind__in=list(RELATION_DATE_FIELDS), page__live=True)
        .values_list("target__translation_key", "kind")
        .annotate(start=Min(Coalesce("page__effective_date", "page__issue_date")))
        .order_by()
    )
    for key, kind, start in rows:
        first.setdefault(key, {})[RELATION_DATE_FIELDS[kind]] = start
    changes = {}
    current = policy_model.objects.values_list(
        "pk", "translation_key", "replaced_from", "amended_from"
    )
    for pk, key, replaced_from, amended_from in current:
        wanted = first.get(key, {})
        dates = (wanted.get("replaced_from"), wanted.get("amended_from"))
        if dates != (replaced_from, amended_from):
            changes.setdefault(dates, []).append(pk)
    for (replaced_from, amended_from), pks in changes.items():
        policy_model.objects.filter(pk__in=pks).update(
            replaced_from=replaced_from, amended_from=amended_from
        )


def _ended(today):
    """Past its expiry date, replaced, or a programme past its last year."""
    return (
        Q(expiry_date__lte=today) | Q(replaced_from__lte=today) | Q(period_end_year__lt=today.year)
    )


def status_conditions(today):
    """{Status: Q} — exactly one holds for each document on ``today``."""
    not_yet = Q(effective_date__gt=today) | Q(effective_date__isnull=True, issue_date__gt=today)
    started = ~not_yet
    expired = started & _ended(today)
    amended = started & ~expired & Q(amended_from__lte=today)
    in_force = started & ~expired & ~amended
    return {
        Status.NOT_YET: not_yet,
        Status.EXPIRED: expired,
        Status.AMENDED: amended,
        Status.IN_FORCE: in_force,
    }


def in_effect_condition(today):
    """In force or amended on ``today``, as one Q: started and not expired. The same
    documents as ``status_conditions(today)[IN_FORCE] | [AMENDED]``, in a condition
    that costs a third as much to build and compile."""
    not_yet = Q(effective_date__gt=today) | Q(effective_date__isnull=True, issue_date__gt=today)
    return (
        ~not_yet
        & ~Q(expiry_date__lte=today)
        & ~Q(replaced_from__lte=today)
        & ~Q(period_end_year__lt=today.year)
    )


def status_expression(today):
    conditions = status_conditions(today)
    return Case(
        When(conditions[Status.NOT_YET], then=Value(Status.NOT_YET.value)),
        When(conditions[Status.EXPIRED], then=Value(Status.EXPIRED.value)),
        When(conditions[Status.AMENDED], then=Value(Status.AMENDED.value)),
        default=Value(Status.IN_FORCE.value),
        output_field=models.CharField(),
    )
