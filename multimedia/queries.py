"""Every queryset of the multimedia app: the live, public pages of the section."""

from website import locales
from website.sql import in_locale
from website.visibility import public_q

from .models import MediaItem, VideoPage

# What a card shows: title, summary, date, poster (the page's or its video's).
CARD_FIELDS = (
    "id",
    "title",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "content_type_id",
    "listing_title",
    "listing_summary",
    "listing_image",
    "summary",
    "date",
    "poster",
    "video",
    "external_url",
)


def videos(locale, index=None):
    """Live, public video pages of a language (or of one index), newest first, with
    what their cards show."""
    queryset = VideoPage.objects.live().filter(public_q(), in_locale(locales.locale_id(locale)))
    if index is not None:
        queryset = queryset.child_of(index)
    return (
        queryset.only(*CARD_FIELDS)
        .select_related("poster", "listing_image", "video__poster")
        .order_by("-date", "-id")
    )


def latest(locale, limit):
    return list(videos(locale)[:limit])


def media_item(pk):
    """A library item with the fields its file and caption views read, or None."""
    return (
        MediaItem.objects.only(
            "id", "file", "type", "content_type", "captions_vi", "captions_en", "collection_id"
        )
        .filter(pk=pk)
        .first()
    )
