"""The feeds of the "Video – Ảnh" section, per language.

- The podcast (/podcast.xml, /en/podcast.xml): RSS 2.0 with the iTunes tags podcast apps
  read (author, image, category, explicit, duration, episode type) and each audio page's
  file as its enclosure, with length and type.
- The section (/video-anh.xml, /en/video-anh.xml): every format, newest first, each with
  its summary and an enclosure: the video or audio file from the library, else the
  picture (a photo story's cover, an infographic)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError

from website import locales, origin
from website.feeds import image_enclosures

from . import queries
from .models import MultimediaIndexPage

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"


def _clock(seconds):
    seconds = round(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def _square(image):
    """The absolute URL of a 1400×1400 JPEG of ``image`` (podcast apps ask for a square
    of 1400 to 3000 pixels), or ""."""
    if image is None:
        return ""
    try:
        return origin.absolute(image.get_rendition("fill-1400x1400|format-jpeg").url)
    except (SourceImageIOError, OSError):
        return ""


class PodcastFeedType(Rss201rev2Feed):
    content_type = "application/rss+xml; charset=utf-8"

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        feed = self.feed
        handler.addQuickElement("itunes:author", feed["itunes_author"])
        handler.addQuickElement("itunes:summary", feed["description"])
        handler.addQuickElement("itunes:explicit", "false")
        handler.addQuickElement("itunes:type", "episodic")
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", feed["itunes_author"])
        handler.endElement("itunes:owner")
        handler.addQuickElement("itunes:category", "", {"text": "Government"})
        if feed.get("itunes_image"):
            handler.addQuickElement("itunes:image", "", {"href": feed["itunes_image"]})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:duration", item["itunes_duration"])
        handler.addQuickElement("itunes:episodeType", "full")
        handler.addQuickElement("itunes:explicit", "false")
        handler.addQuickElement("itunes:summary", item["description"])
        if item.get("itunes_image"):
            handler.addQuickElement("itunes:image", "", {"href": item["itunes_image"]})


class _SectionFeed(Feed):
    """A feed of the language's "Video – Ảnh" section: ``entries(index)`` gives its items."""

    def entries(self, index):
        raise NotImplementedError

    def get_object(self, request):
        index = locales.index_page(MultimediaIndexPage, None)
        if index is None:
            raise Http404("no section in this language")
        # One feed object serves every request: what belongs to this one rides on the index.
        index.feed_request = request
        index.feed_items = self.entries(index)
        return index

    def link(self, index):
        return index.get_full_url(index.feed_request)

    def feed_url(self, index):
        # The feed's own address on the site origin (Django would use the request's host).
        return origin.absolute(index.feed_request.path)

    def description(self, index):
        return index.intro or index.title

    def items(self, index):
        return index.feed_items

    def item_title(self, page):
        return page.title

    def item_link(self, page):
        return page.get_full_url()

    def item_guid(self, page):
        return page.get_full_url()

    def item_pubdate(self, page):
        return page.date


class PodcastFeed(_SectionFeed):
    feed_type = PodcastFeedType

    def entries(self, index):
        return queries.podcast_episodes(index.locale_id)

    def title(self, index):
        return _("Podcast Khuyến công") + " – " + index.title

    def feed_extra_kwargs(self, index):
        episodes = index.feed_items
        return {
            "itunes_author": _("Chương trình khuyến công quốc gia"),
            "itunes_image": _square(episodes[0].get_poster()) if episodes else "",
        }

    def item_description(self, page):
        return page.summary

    def item_enclosure_url(self, page):
        return origin.absolute(page.audio.url)

    def item_enclosure_length(self, page):
        try:
            return page.audio.file.size
        except OSError:
            return 0

    def item_enclosure_mime_type(self, page):
        return page.audio.content_type

    def item_extra_kwargs(self, page):
        return {
            "itunes_duration": _clock(page.audio.duration),
            "itunes_image": _square(page.get_poster()),
        }


podcast = PodcastFeed()

SECTION_ITEMS = 20


class SectionFeed(_SectionFeed):
    """Every format of the section: readers' feed readers and other portals' widgets."""

    feed_type = Rss201rev2Feed

    def entries(self, index):
        return queries.items(index.locale_id, index, limit=SECTION_ITEMS)

    def title(self, index):
        return index.title

    def item_description(self, page):
        return page.listing_summary or page.summary

    def item_categories(self, page):
        return [str(page._meta.verbose_name)]

    def item_enclosures(self, page):
        media = page.lead_media()
        if media is not None and media.file:
            try:
                length = media.file.size
            except OSError:
                length = 0
            return [Enclosure(origin.absolute(media.url), str(length), media.content_type)]
        return image_enclosures(page.get_poster())


section = SectionFeed()
