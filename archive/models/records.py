"""What the archive import remembers of each article it brought in."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArchivedArticle(models.Model):
    """One article of the old portal and the page it became.

    ``key`` identifies the old article across runs: its old URL when the saved page
    names it, else a hash of its title and publication date. A second run finds the
    record by it and updates the page instead of creating another.
    """

    key = models.CharField(
        _("khóa"),
        max_length=600,
        unique=True,
        help_text=_("Địa chỉ cũ của bài, hoặc mã băm tiêu đề và ngày đăng khi không có địa chỉ."),
    )
    old_url = models.CharField(
        _("địa chỉ cũ"),
        max_length=500,
        blank=True,
        help_text=_("Địa chỉ của bài trên cổng thông tin cũ; được chuyển hướng đến trang mới."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang mới"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bài viết được tạo từ bài cũ."),
    )
    source_file = models.CharField(
        _("tệp nguồn"),
        max_length=500,
        help_text=_("Tệp đã đọc ở lần nhập gần nhất."),
    )
    content_hash = models.CharField(
        _("mã băm nội dung"),
        max_length=64,
        help_text=_("Mã băm của nội dung đã nhập; lần nhập sau bỏ qua bài không đổi."),
    )
    view_baseline = models.PositiveBigIntegerField(
        _("lượt xem cũ"),
        default=0,
        help_text=_("Lượt xem trên cổng cũ, cộng vào lượt xem mới (không tính vào “đọc nhiều”)."),
    )
    imported_at = models.DateTimeField(
        _("lần nhập đầu"), auto_now_add=True, help_text=_("Thời điểm bài được nhập lần đầu.")
    )
    updated_at = models.DateTimeField(
        _("lần cập nhật"), auto_now=True, help_text=_("Thời điểm bài được nhập lại gần nhất.")
    )

    class Meta:
        verbose_name = _("bài lưu trữ")
        verbose_name_plural = _("bài lưu trữ")

    def __str__(self):
        return self.old_url or self.key
