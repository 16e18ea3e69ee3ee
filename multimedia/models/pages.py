"""The multimedia section: one index per language under the home page, and the video
page. The pages call the functions ``multimedia.listing`` puts in ``HANDLERS``; they
import nothing that lists or renders them."""

import re
from urllib.parse import parse_qs, quote, urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from multimedia.structured_data import sitemap_video
from website.blocks import BodyStreamBlock
from website.counter import ViewCounted
from website.models import BasePage, LocaleSingletonMixin
from website.translation import synchronized

# {name: function(page, request) -> context}: filled by multimedia.listing on import
# ("index_context", "page_context").
HANDLERS = {}


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def youtube_id(url):
    """The video id of a YouTube address (watch, youtu.be, shorts, embed), or None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    candidate = None
    if host == "youtu.be":
        candidate = parts.path.strip("/").split("/")[0]
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        segments = [s for s in parts.path.split("/") if s]
        if segments[:1] == ["watch"]:
            candidate = (parse_qs(parts.query).get("v") or [""])[0]
        elif len(segments) >= 2 and segments[0] in {"embed", "shorts", "live", "v"}:
            candidate = segments[1]
    return candidate if candidate and _YOUTUBE_ID.match(candidate) else None


def facebook_video_url(url):
    """The address of a Facebook video, or None when ``url`` is not one."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if parts.scheme == "https" and host in {"facebook.com", "fb.watch"}:
        return url.strip()
    return None


class MultimediaIndexPage(LocaleSingletonMixin, BasePage):
    """ "Video – Ảnh": the list of the section's video, audio, photo stories and
    infographics, newest first."""

    intro = models.TextField(
        _("lời giới thiệu"),
        blank=True,
        help_text=_("Một hoặc hai câu dưới tiêu đề của mục."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["website.HomePage"]
    subpage_types = [
        "multimedia.VideoPage",
        "multimedia.AudioPage",
        "multimedia.PhotoStoryPage",
        "multimedia.InfographicPage",
    ]
    template = "pages/multimedia/multimedia_index_page.html"

    class Meta:
        verbose_name = _("mục Video – Ảnh")
        verbose_name_plural = _("mục Video – Ảnh")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(HANDLERS["index_context"](self, request))
        return context


class MultimediaPage(ViewCounted, BasePage):
    """What every page of the section has: its own date and a summary read by search,
    shown in listings and under the title."""

    date = models.DateTimeField(
        _("ngày đăng"),
        default=timezone.now,
        help_text=_("Ngày giờ hiện trên trang và trong danh sách, ví dụ 20/05/2019 08:00."),
    )
    summary = models.TextField(
        _("tóm tắt"),
        help_text=_(
            "Hai đến bốn câu nói nội dung chính; hiện dưới tiêu đề và trong kết quả tìm kiếm."
        ),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.FilterField("date"),
    ]
    api_fields = [APIField("date"), APIField("summary")]
    parent_page_types = ["multimedia.MultimediaIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True

    # What the card's badge says ("video", "audio") and the lead media item, if any.
    kind = ""

    def lead_media(self):
        return None

    def get_search_date(self):
        return self.date

    def get_meta_description(self):
        return self.search_description or self.listing_summary or self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(HANDLERS["page_context"](self, request))
        return context


class VideoPage(MultimediaPage):
    """A video report: the video leads, a poster shows before it plays, captions in both
    languages, and a transcript for readers who cannot play it (and for search). The video
    is a file of the media library or a YouTube/Facebook video, loaded only on a click."""

    video = models.ForeignKey(
        "multimedia.MediaItem",
        verbose_name=_("tệp video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Video trong thư viện (MP4 hoặc WebM), có phụ đề tiếng Việt và tiếng Anh."),
    )
    external_url = models.URLField(
        _("địa chỉ YouTube hoặc Facebook"),
        blank=True,
        help_text=_(
            "Dùng khi video đăng trên YouTube hoặc Facebook; trình phát chỉ tải khi người xem bấm nút phát."
        ),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh ngang 16:9 hiện trước khi phát; để trống để dùng ảnh của tệp video."),
    )
    poster_alt_text = models.CharField(
        _("mô tả ảnh đại diện"),
        max_length=255,
        blank=True,
        help_text=_("Mô tả ngắn cho người không xem được ảnh."),
    )
    transcript = RichTextField(
        _("lời thoại và nội dung video"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_(
            "Lời thoại hoặc tóm tắt chi tiết cho người không xem được video; công cụ tìm kiếm đọc phần này."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                MediaChooserPanel("video", media_type="video"),
                FieldPanel("external_url"),
                FieldPanel("poster"),
                FieldPanel("poster_alt_text"),
            ],
            heading=_("Video"),
        ),
        FieldPanel("transcript"),
    ]
    search_fields = [*MultimediaPage.search_fields, index.SearchField("transcript")]
    api_fields = [
        *MultimediaPage.api_fields,
        APIField("external_url"),
        APIField("poster"),
        APIField("transcript"),
    ]
    override_translatable_fields = synchronized(
        "listing_image", "social_image", "date", "video", "external_url", "poster"
    )
    template = "pages/multimedia/video_page.html"

    class Meta:
        verbose_name = _("phóng sự video")
        verbose_name_plural = _("phóng sự video")

    def clean(self):
        super().clean()
        errors = {}
        if not self.video_id and not self.external_url:
            errors["video"] = _("Chọn một tệp video hoặc nhập địa chỉ YouTube/Facebook.")
        if self.external_url and not (
            youtube_id(self.external_url) or facebook_video_url(self.external_url)
        ):
            errors["external_url"] = _("Chỉ nhận địa chỉ video YouTube hoặc Facebook (https://…).")
        if self.external_url and not self.video_id and not self.poster_id:
            errors["poster"] = _(
                "Video YouTube/Facebook cần ảnh đại diện: ảnh được hiện thay cho trình phát."
            )
        if errors:
            raise ValidationError(errors)

    kind = "video"

    def lead_media(self):
        return self.video if self.video_id else None

    def get_poster(self):
        if self.poster_id:
            return self.poster
        if self.video_id and self.video.poster_id:
            return self.video.poster
        return self.listing_image

    def get_social_image(self):
        return self.social_image or self.get_poster()

    def youtube_id(self):
        return youtube_id(self.external_url)

    def get_sitemap_urls(self, request=None):
        """The page's sitemap entry carries its video (templates/sitemap.xml)."""
        urls = super().get_sitemap_urls(request)
        entry = sitemap_video(self)
        if entry is not None:
            for url in urls:
                url["videos"] = [entry]
        return urls

    def embed_url(self):
        """The player's address: YouTube's privacy-enhanced domain, or Facebook's plugin."""
        video = self.youtube_id()
        if video:
            return f"https://www.youtube-nocookie.com/embed/{video}?autoplay=1&rel=0"
        url = facebook_video_url(self.external_url)
        if url:
            return (
                f"https://www.facebook.com/plugins/video.php?href={quote(url, safe='')}&autoplay=1"
            )
        return ""


class AudioPage(MultimediaPage):
    """An audio report or podcast episode: a native player the keyboard works, the
    transcript for readers who cannot listen; listed in the section's podcast feed."""

    audio = models.ForeignKey(
        "multimedia.MediaItem",
        verbose_name=_("tệp âm thanh"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tệp trong thư viện (MP3, M4A hoặc Ogg)."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh minh họa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh vuông hoặc ngang hiện cạnh trình phát và trong ứng dụng podcast."),
    )
    image_alt_text = models.CharField(
        _("mô tả ảnh minh họa"),
        max_length=255,
        blank=True,
        help_text=_("Mô tả ngắn cho người không xem được ảnh."),
    )
    transcript = RichTextField(
        _("lời thoại"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_(
            "Lời thoại hoặc tóm tắt chi tiết cho người không nghe được; công cụ tìm kiếm đọc phần này."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                MediaChooserPanel("audio", media_type="audio"),
                FieldPanel("image"),
                FieldPanel("image_alt_text"),
            ],
            heading=_("Âm thanh"),
        ),
        FieldPanel("transcript"),
    ]
    search_fields = [*MultimediaPage.search_fields, index.SearchField("transcript")]
    api_fields = [*MultimediaPage.api_fields, APIField("image"), APIField("transcript")]
    override_translatable_fields = synchronized(
        "listing_image", "social_image", "date", "audio", "image"
    )
    template = "pages/multimedia/audio_page.html"

    class Meta:
        verbose_name = _("bản tin âm thanh")
        verbose_name_plural = _("bản tin âm thanh")

    def clean(self):
        super().clean()
        if self.audio_id is None:
            raise ValidationError({"audio": _("Chọn một tệp âm thanh trong thư viện.")})

    kind = "audio"

    def lead_media(self):
        return self.audio if self.audio_id else None

    def get_poster(self):
        return self.image or self.listing_image

    def get_social_image(self):
        return self.social_image or self.get_poster()


class PhotoStoryPage(MultimediaPage):
    """ "Phóng sự ảnh": large photos with their captions carry the story. Each language's
    page has its own photo rows (caption and alt text translated, the image the same)."""

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        InlinePanel("photos", label=_("Ảnh"), heading=_("Ảnh của phóng sự"), min_num=1),
    ]
    override_translatable_fields = synchronized("listing_image", "social_image", "date")
    template = "pages/multimedia/photo_story_page.html"

    class Meta:
        verbose_name = _("phóng sự ảnh")
        verbose_name_plural = _("phóng sự ảnh")

    kind = "photos"

    def story_photos(self):
        """The photos in order, from a prefetch (cards, ``multimedia.queries``) or one query."""
        photos = self.photos.all()
        if getattr(self, "_prefetched_objects_cache", {}).get("photos") is None:
            photos = photos.select_related("image")
        return sorted(photos, key=lambda photo: (photo.sort_order or 0, photo.pk))

    def get_poster(self):
        if self.listing_image_id:
            return self.listing_image
        photos = self.story_photos()
        return photos[0].image if photos else None

    def get_social_image(self):
        return self.social_image or self.get_poster()


class PhotoStoryPhoto(TranslatableMixin, Orderable):
    page = ParentalKey(PhotoStoryPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Ảnh lớn, ngang hoặc dọc, tối thiểu 1600 điểm ảnh chiều rộng."),
    )
    caption = models.TextField(
        _("lời ảnh"),
        help_text=_("Một đến ba câu kể tiếp câu chuyện, hiện dưới ảnh."),
    )
    alt_text = models.CharField(
        _("văn bản thay thế"),
        max_length=255,
        help_text=_(
            "Mô tả những gì thấy trong ảnh cho người không nhìn thấy, trong ngôn ngữ của trang."
        ),
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("alt_text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("ảnh của phóng sự")
        verbose_name_plural = _("ảnh của phóng sự")


class InfographicPage(MultimediaPage):
    """An infographic: the image, and its data as text (required) so that screen readers
    and search lose nothing."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh infographic"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh infographic, khổ dọc hoặc ngang."),
    )
    text_alternative = StreamField(
        BodyStreamBlock(),
        verbose_name=_("nội dung bằng chữ"),
        help_text=_(
            "Toàn bộ số liệu và ý chính của infographic bằng đoạn văn hoặc bảng: người dùng trình đọc "
            "màn hình và công cụ tìm kiếm đọc phần này."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("text_alternative"),
    ]
    search_fields = [*MultimediaPage.search_fields, index.SearchField("text_alternative")]
    api_fields = [*MultimediaPage.api_fields, APIField("image"), APIField("text_alternative")]
    override_translatable_fields = synchronized("listing_image", "social_image", "date")
    template = "pages/multimedia/infographic_page.html"

    class Meta:
        verbose_name = _("infographic")
        verbose_name_plural = _("infographic")

    kind = "infographic"

    def clean(self):
        super().clean()
        errors = {}
        if self.image_id is None:
            errors["image"] = _("Chọn ảnh infographic.")
        if not strip_tags(str(self.text_alternative or "")).strip():
            errors["text_alternative"] = _("Cần nội dung bằng chữ của infographic.")
        if errors:
            raise ValidationError(errors)

    def get_poster(self):
        return self.listing_image or self.image

    def get_social_image(self):
        return self.social_image or self.get_poster()
