"""The fixed vocabularies of the policies app: document types, validity statuses, who a
document supports (beneficiary kinds, enterprise sizes) and who issues it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from website.translation import synchronized


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
