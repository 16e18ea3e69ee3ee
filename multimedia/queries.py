"""Every queryset of the multimedia app: the live, public pages of the section."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from website import counter, locales
from website.compiled import compiled_objects, compiled_prefetch
from website.renditions import attach_renditions
from website.sql import in_locale
from website.visibility import public_q

from .models import (
    AudioPage,
    InfographicPage,
    MediaItem,
    PhotoStoryPage,
    PhotoStoryPhoto,
    VideoPage,
)

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


def _live(model, locale, index=None):
    """Live, public pages of ``model`` in a language (or under one index)."""
    queryset = model.objects.live().filter(public_q(), in_locale(locales.locale_id(locale)))
    return queryset.child_of(index) if index is not None else queryset


def videos(locale, index=None):
    """Live, public video pages of a language (or of one index), newest first, with
    what their cards show."""
    return (
        _live(VideoPage, locale, index)
        .only(*CARD_FIELDS)
        .select_related("poster", "listing_image", "video__poster")
        .order_by("-date", "-id")
    )


AUDIO_CARD_FIELDS = (*CARD_FIELDS[:-3], "image", "audio")


def audios(locale, index=None):
    """Live, public audio pages of a language (or of one index), newest first."""
    return (
        _live(AudioPage, locale, index)
        .only(*AUDIO_CARD_FIELDS)
        .select_related("image", "listing_image", "audio")
        .order_by("-date", "-id")
    )


def photo_stories(locale, index=None):
    """Live, public photo stories, newest first (``items`` gives them their photos, for
    the cover)."""
    return (
        _live(PhotoStoryPage, locale, index)
        .only(*CARD_FIELDS[:-3])
        .select_related("listing_image")
        .order_by("-date", "-id")
    )


def _story_photos(ids):
    return (
        PhotoStoryPhoto.objects.filter(page_id__in=ids)
        .select_related("image")
        .order_by("sort_order", "pk")
    )


def infographics(locale, index=None):
    return (
        _live(InfographicPage, locale, index)
        .only(*CARD_FIELDS[:-3], "image")
        .select_related("listing_image", "image")
        .order_by("-date", "-id")
    )


def items(locale, index=None, limit=None):
    """Every kind of the section's pages of a language, newest first: one query per
    kind, merged (the section holds tens of items, not thousands), and one for the
    photo stories' photos. Each query is compiled once per kind, index and limit
    (``website.compiled``)."""
    merged = []
    where = (index.path, index.depth) if index is not None else None
    for kind in (videos, audios, photo_stories, infographics):
        found = compiled_objects(
            ("multimedia", kind.__name__, where, limit),
            lambda values, kind=kind: _newest(kind(values[0], index), limit),
            [locales.locale_id(locale)],
        )
        if kind is photo_stories:
            compiled_prefetch(found, "photos", ("multimedia", "story-photos"), _story_photos)
        merged += found
    merged.sort(key=lambda page: (page.date, page.pk), reverse=True)
    return merged[:limit] if limit else merged


def _newest(queryset, limit):
    return queryset[:limit] if limit else queryset


def most_viewed(locale, n=5):
    """[{title, url, views}] of the section's pages seen most over the last week."""
    locale_id = locales.locale_id(locale)

    def pages():
        kinds = ContentType.objects.get_for_models(
            VideoPage, AudioPage, PhotoStoryPage, InfographicPage
        ).values()
        return (
            _live(Page, locale_id)
            .filter(content_type__in=kinds)
            .only("id", "title", "url_path", "locale_id")
        )

    return counter.most_read(f"multimedia:most-viewed:{locale_id}:{n}", pages, n)


def latest(locale, limit):
    """The ``limit`` newest items of a language, their posters' renditions fetched at
    once (``website.renditions.attach_renditions``)."""
    found = items(locale, limit=limit)
    attach_renditions([item.get_poster() for item in found])
    return found


def podcast_episodes(locale, limit=100):
    """The audio pages of a language with their files, newest first (the podcast feed)."""
    return list(
        _live(AudioPage, locale)
        .filter(audio__isnull=False)
        .select_related("audio", "image")
        .order_by("-date", "-id")[:limit]
    )


def media_item(pk):
    """A library item with the fields its file and caption views read, or None."""
    return (
        MediaItem.objects.only(
            "id", "file", "type", "content_type", "captions_vi", "captions_en", "collection_id"
        )
        .filter(pk=pk)
        .first()
    )
