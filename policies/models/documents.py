"""The text of a Wagtail document, extracted so that policies are found by their files'
words (policies/extraction.py fills it)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string


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
