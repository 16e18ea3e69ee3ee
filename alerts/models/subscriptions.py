"""E-mail alerts: who asked for what (``Subscription``), what was published
(``AlertItem``) and what was sent to whom (``Delivery``, one row per subscription and
item: the record that makes a crash or a restart send nothing twice and skip nobody).

Only what the reader gave is stored (Nghị định 13/2023/NĐ-CP): the address, the chosen
filters (and their description in words), the language, the frequency, when and where
consent was given and when it was confirmed. No name, no IP address, no tracking.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    IMMEDIATE = "ngay", _("Ngay khi có văn bản, tin mới")
    DAILY = "ngay-tong-hop", _("Bản tin tổng hợp hằng ngày")
    WEEKLY = "tuan-tong-hop", _("Bản tin tổng hợp hằng tuần")


class Kind(models.TextChoices):
    POLICIES = "policies", _("Văn bản chính sách")
    NEWS = "news", _("Tin tức")


class Subscription(models.Model):
    email = models.EmailField(
        _("địa chỉ e-mail"), db_index=True, help_text=_("Địa chỉ nhận thư thông báo.")
    )
    language = models.CharField(
        _("ngôn ngữ"), max_length=8, help_text=_("Ngôn ngữ của thư và của các văn bản, tin gửi đi.")
    )
    kind = models.CharField(
        _("loại nội dung"),
        max_length=16,
        choices=Kind.choices,
        help_text=_("Văn bản chính sách hay tin tức."),
    )
    filters = models.JSONField(
        _("bộ lọc"),
        default=dict,
        blank=True,
        help_text=_("Các điều kiện đã chọn khi đăng ký, ví dụ ngành nghề, tỉnh, chuyên mục."),
    )
    description = models.CharField(
        _("mô tả"),
        max_length=500,
        help_text=_("Bộ lọc diễn đạt bằng lời, như người đăng ký đã thấy."),
    )
    frequency = models.CharField(
        _("tần suất"),
        max_length=16,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
        help_text=_("Gửi ngay khi có nội dung mới, hay gộp thành bản tin hằng ngày, hằng tuần."),
    )
    source = models.CharField(
        _("nơi đăng ký"),
        max_length=500,
        blank=True,
        help_text=_("Đường dẫn trang mà người đọc đã đăng ký từ đó."),
    )
    consented_at = models.DateTimeField(
        _("thời điểm đồng ý"), auto_now_add=True, help_text=_("Khi biểu mẫu đăng ký được gửi.")
    )
    confirmed_at = models.DateTimeField(
        _("thời điểm xác nhận"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Khi người đọc bấm liên kết xác nhận; trống: chưa xác nhận, chưa gửi gì."),
    )
    last_digest_at = models.DateTimeField(
        _("bản tin tổng hợp gần nhất"),
        null=True,
        blank=True,
        help_text=_("Khi bản tin tổng hợp gần nhất được gửi."),
    )

    class Meta:
        verbose_name = _("đăng ký nhận thông báo")
        verbose_name_plural = _("đăng ký nhận thông báo")
        indexes = [models.Index(fields=["kind", "language", "confirmed_at"])]

    def __str__(self):
        return f"{self.email}: {self.description}"

    @property
    def confirmed(self):
        return self.confirmed_at is not None


class AlertItem(models.Model):
    """A page published for the first time that alerts go out for (or not: ``suppressed``)."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("trang"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Văn bản hoặc bài tin đã xuất bản."),
    )
    kind = models.CharField(
        _("loại nội dung"),
        max_length=16,
        choices=Kind.choices,
        help_text=_("Văn bản chính sách hay tin tức."),
    )
    language = models.CharField(_("ngôn ngữ"), max_length=8, help_text=_("Ngôn ngữ của trang."))
    created_at = models.DateTimeField(
        _("thời điểm xuất bản"), auto_now_add=True, help_text=_("Khi trang được xuất bản lần đầu.")
    )
    suppressed = models.BooleanField(
        _("không gửi thông báo"),
        default=False,
        help_text=_("Biên tập viên đã chọn xuất bản mà không gửi thư thông báo."),
    )
    matched_at = models.DateTimeField(
        _("thời điểm đối chiếu"),
        null=True,
        blank=True,
        help_text=_("Khi danh sách người nhận đã được lập."),
    )

    class Meta:
        verbose_name = _("nội dung cần thông báo")
        verbose_name_plural = _("nội dung cần thông báo")

    def __str__(self):
        return str(self.page_id)


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Chờ gửi")
    SENDING = "sending", _("Đang gửi")
    SENT = "sent", _("Đã gửi")
    FAILED = "failed", _("Lỗi")


class Delivery(models.Model):
    """One item for one subscription: sent once, whatever stops the worker."""

    subscription = models.ForeignKey(
        Subscription,
        verbose_name=_("đăng ký"),
        on_delete=models.CASCADE,
        related_name="deliveries",
        help_text=_("Người nhận."),
    )
    item = models.ForeignKey(
        AlertItem,
        verbose_name=_("nội dung"),
        on_delete=models.CASCADE,
        related_name="deliveries",
        help_text=_("Văn bản hoặc bài tin được gửi."),
    )
    digest = models.BooleanField(
        _("trong bản tin tổng hợp"), default=False, help_text=_("Gửi gộp trong bản tin tổng hợp.")
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=8,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.PENDING,
        db_index=True,
        help_text=_("Chờ gửi, đang gửi, đã gửi hay lỗi."),
    )
    claimed_at = models.DateTimeField(
        _("bắt đầu gửi"), null=True, blank=True, help_text=_("Khi tiến trình gửi nhận việc.")
    )
    sent_at = models.DateTimeField(
        _("thời điểm gửi"), null=True, blank=True, help_text=_("Khi máy chủ thư nhận thư.")
    )
    attempts = models.PositiveSmallIntegerField(
        _("số lần thử"), default=0, help_text=_("Số lần đã thử gửi.")
    )
    error = models.CharField(
        _("lỗi"), max_length=500, blank=True, help_text=_("Lỗi của lần gửi gần nhất.")
    )

    class Meta:
        verbose_name = _("lượt gửi")
        verbose_name_plural = _("lượt gửi")
        constraints = [
            models.UniqueConstraint(fields=["subscription", "item"], name="alerts_delivery_once")
        ]

    def __str__(self):
        return f"{self.subscription_id}/{self.item_id}: {self.status}"
