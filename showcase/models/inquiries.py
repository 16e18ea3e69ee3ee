"""Producer inquiries: messages from readers to a product's producer."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .products import ProductPage


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
