"""The media library: video and audio files (wagtailmedia's model, ours by
``WAGTAILMEDIA["MEDIA_MODEL"]``) with a poster image and WebVTT captions per language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtailmedia.models import AbstractMedia

from ..validation import media_content_type, validate_webvtt

CAPTION_LANGUAGES = ("vi", "en")


class MediaItem(AbstractMedia):
    """A video (MP4, WebM) or audio file (MP3, M4A, Ogg) of the library. Its type is
    read from the file's content on upload (``multimedia.validation``) and kept in
    ``content_type``; the file is served by ``multimedia.views.media_file`` with it."""

    content_type = models.CharField(
        _("kiểu nội dung"),
        max_length=40,
        blank=True,
        editable=False,
        help_text=_("Đọc từ nội dung tệp khi tải lên."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh hiện trước khi phát video, ảnh ngang 16:9."),
    )
    captions_vi = models.FileField(
        _("phụ đề tiếng Việt (WebVTT)"),
        upload_to="media_captions",
        blank=True,
        validators=[validate_webvtt],
        help_text=_("Tệp .vtt, dòng đầu tiên là “WEBVTT”."),
    )
    captions_en = models.FileField(
        _("phụ đề tiếng Anh (WebVTT)"),
        upload_to="media_captions",
        blank=True,
        validators=[validate_webvtt],
        help_text=_("Tệp .vtt, dòng đầu tiên là “WEBVTT”."),
    )

    admin_form_fields = (
        "title",
        "file",
        "collection",
        "duration",
        "width",
        "height",
        "poster",
        "captions_vi",
        "captions_en",
        "tags",
    )

    class Meta(AbstractMedia.Meta):
        verbose_name = _("tệp video hoặc âm thanh")
        verbose_name_plural = _("tệp video và âm thanh")

    def clean(self, *args, **kwargs):
        if self.file and not getattr(self.file, "_committed", True):
            try:
                self.content_type = media_content_type(self.file, self.type)
            except ValidationError as error:
                raise ValidationError({"file": error.messages}) from error
        super().clean(*args, **kwargs)

    @property
    def url(self):
        """Served by our view, with the type read from the content (never guessed from
        the name) and byte ranges for seeking."""
        return reverse("multimedia_file", args=(self.pk, self.filename))

    @property
    def sources(self):
        return [{"src": self.url, "type": self.content_type or "application/octet-stream"}]

    def caption_tracks(self):
        """[(language code, URL)] of the caption files this item has."""
        return [
            (code, reverse("multimedia_captions", args=(self.pk, code)))
            for code in CAPTION_LANGUAGES
            if getattr(self, f"captions_{code}")
        ]

    def iso_duration(self):
        """The duration as ISO 8601 ("PT1M5S"), "" when unknown."""
        seconds = round(self.duration or 0)
        if seconds <= 0:
            return ""
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return "PT" + "".join(
            f"{value}{unit}"
            for value, unit in ((hours, "H"), (minutes, "M"), (seconds, "S"))
            if value
        )

    def clock_duration(self):
        """The duration as a clock ("1:05", "1:02:03"), "" when unknown."""
        seconds = round(self.duration or 0)
        if seconds <= 0:
            return ""
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
