"""What an editor may not save on a ``PolicyPage``: a document number already used in
the language, dates out of order."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class PolicyValidationMixin:
    """``clean()`` of a ``PolicyPage``."""

    def clean(self):
        super().clean()
        self.document_number = " ".join((self.document_number or "").split())
        if self.document_number and self.locale_id:
            duplicates = (
                type(self)
                .objects.filter(
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
