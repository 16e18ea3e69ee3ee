"""Upload checks: a document's content must match its extension; an image that cannot be
decoded is a form error."""

import os
import struct
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
HTML_MARKERS = (b"<!doctype html", b"<html", b"<script", b"<svg", b"<?xml")


def _head(upload, size=4096):
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def _zip_names(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)


def check_document_content(upload):
    """Raise ValidationError unless the file's bytes are what its extension says."""
    extension = os.path.splitext(upload.name or "")[1].lower().lstrip(".")
    head = _head(upload)
    wrong = ValidationError(
        _("Nội dung tệp không khớp với đuôi .%(ext)s. Hãy tải lên đúng tệp gốc."),
        code="content_mismatch",
        params={"ext": extension},
    )
    if extension == "pdf":
        if b"%PDF-" not in head[:1024]:
            raise wrong
    elif extension in {"doc", "xls"}:
        if not head.startswith(OLE_SIGNATURE):
            raise wrong
    elif extension in {"docx", "xlsx", "odt", "ods"}:
        names = _zip_names(upload)
        if names is None:
            raise wrong
        if extension in {"docx", "xlsx"} and "[Content_Types].xml" not in names:
            raise wrong
        if extension in {"odt", "ods"} and "mimetype" not in names:
            raise wrong
    elif extension == "zip":
        if _zip_names(upload) is None:
            raise wrong
    elif extension == "txt":
        if b"\x00" in head:
            raise wrong
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A cut in the middle of a multi-byte character is fine.
            if error.start < len(head) - 4:
                raise wrong from error
        if head.lstrip().lower().startswith(HTML_MARKERS):
            raise wrong


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, plus the content check (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            check_document_content(upload)
        return upload


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, but a file Pillow cannot decode (truncated, corrupt, only a
    header) is "not a supported image" instead of an exception and a 500."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError, EOFError, struct.error) as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class ImageForm(BaseImageForm):
    """Wagtail's image form with ``DecodedImageField`` (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            # The field is built by Wagtail's form factory; only its class changes.
            field.__class__ = DecodedImageField
