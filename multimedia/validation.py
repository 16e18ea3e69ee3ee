"""What an uploaded media file, caption file or poster must be, read from its content.

The extension an editor's file carries says nothing: a renamed program or web page is
refused by its first bytes (``filetype``, the library Wagtail itself reads image types
with), and so is a file over ``MULTIMEDIA_MAX_UPLOAD_BYTES``. A leaf module: the models
import it, it imports no model."""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from website.text import number

# The content types each kind of media may have, as ``filetype`` reads them.
ALLOWED = {
    "video": {"video/mp4": "MP4", "video/webm": "WebM"},
    "audio": {"audio/mpeg": "MP3", "audio/mp4": "M4A", "audio/ogg": "Ogg"},
}
# An M4A file is an MP4 container; one written with the generic "isom" brand reads as
# video/mp4 and is still audio when the editor uploads it as audio.
AUDIO_CONTAINERS = {"video/mp4": "audio/mp4"}
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
MAX_CAPTION_BYTES = 512 * 1024


def max_upload_bytes():
    return getattr(settings, "MULTIMEDIA_MAX_UPLOAD_BYTES", DEFAULT_MAX_BYTES)


def _head(file, size=8192):
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(size)
    file.seek(position)
    return head


def media_content_type(file, kind):
    """The content type of an uploaded video or audio file, read from its first bytes;
    ValidationError when it is too large or not one of the formats of ``kind``."""
    limit = max_upload_bytes()
    if file.size is not None and file.size > limit:
        raise ValidationError(
            _("Tệp quá lớn: tối đa %(limit)s MB.") % {"limit": number(limit // (1024 * 1024))},
            code="too_large",
        )
    guessed = filetype.guess(_head(file))
    content_type = guessed.mime if guessed is not None else None
    if kind == "audio":
        content_type = AUDIO_CONTAINERS.get(content_type, content_type)
    if content_type not in ALLOWED.get(kind, {}):
        formats = ", ".join(ALLOWED.get(kind, {}).values())
        raise ValidationError(
            _("Nội dung tệp không phải là %(kind)s hợp lệ (chấp nhận: %(formats)s).")
            % {"kind": _("video") if kind == "video" else _("âm thanh"), "formats": formats},
            code="wrong_type",
        )
    return content_type


def validate_webvtt(file):
    """A caption file must be UTF-8 WebVTT: it starts with "WEBVTT" (after an optional
    byte-order mark) and is small."""
    if file.size is not None and file.size > MAX_CAPTION_BYTES:
        raise ValidationError(_("Tệp phụ đề quá lớn: tối đa 512 KB."), code="too_large")
    head = _head(file, 64)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if not (text.startswith("WEBVTT") and (len(text) == 6 or text[6] in " \t\r\n")):
        raise ValidationError(
            _("Tệp phụ đề phải là WebVTT (dòng đầu tiên là “WEBVTT”)."), code="not_webvtt"
        )
