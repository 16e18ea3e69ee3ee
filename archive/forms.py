"""The upload form of "Tạo bài từ Word" and "Nhập nội dung từ Word"."""

from django import forms
from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


def max_docx_bytes():
    return getattr(settings, "KCQG_WORD_MAX_BYTES", 20 * 1024 * 1024)


class WordImportForm(forms.Form):
    document = forms.FileField(
        label=_("Tài liệu Word (.docx)"),
        help_text=_(
            "Tiêu đề (Heading 1), đoạn mở đầu, các đề mục, danh sách, bảng và ảnh có chú thích "
            "trở thành một bài nháp. Macro và ảnh liên kết ngoài bị bỏ."
        ),
        validators=[
            FileExtensionValidator(
                ["docx", "docm"],
                message=_("Chỉ nhận tài liệu Word (.docx); tệp “.%(extension)s” không đọc được."),
            )
        ],
        error_messages={
            "required": _("Hãy chọn một tài liệu Word (.docx)."),
            "empty": _("Tệp rỗng (0 byte); hãy chọn lại tài liệu Word."),
            "invalid": _("Không nhận được tệp; hãy chọn lại tài liệu Word."),
        },
    )

    def clean_document(self):
        document = self.cleaned_data["document"]
        if document.size > max_docx_bytes():
            raise forms.ValidationError(
                _("Tệp quá lớn (%(size)s; tối đa %(limit)s).")
                % {
                    "size": filesizeformat(document.size),
                    "limit": filesizeformat(max_docx_bytes()),
                }
            )
        return document
