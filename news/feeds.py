"""RSS 2.0 and Atom feeds of a news index, for all news or one category, per language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from news.queries import articles, for_feed
from website import page_functions
from website.feeds import image_enclosures
from website.origin import absolute
from website.renditions import attach_renditions

FEED_ITEMS = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index, category=None):
        self.language = index.locale.language_code
        return {"index": index, "category": category}

    def title(self, obj):
        site_name = ""
        site = Site.find_for_request(self.request)
        if site is not None:
            site_name = site.site_name or ""
        title = obj["index"].title
        if obj["category"] is not None:
            title = f"{obj['category'].name} - {title}"
        return f"{title} | {site_name}" if site_name else title

    def link(self, obj):
        index = obj["index"]
        if obj["category"] is not None:
            return absolute(index.category_url(obj["category"]))
        return absolute(index.url)

    def feed_url(self, obj):
        feed = "atom" if self.feed_type is Atom1Feed else "rss"
        return absolute(obj["index"].feed_url(feed, obj["category"]))

    def description(self, obj):
        if obj["category"] is not None and obj["category"].description:
            return obj["category"].description
        return obj["index"].intro or obj["index"].get_meta_description() or obj["index"].title

    subtitle = description

    def items(self, obj):
        queryset = articles(obj["index"].locale_id, index=obj["index"])
        if obj["category"] is not None:
            queryset = queryset.filter(category__translation_key=obj["category"].translation_key)
        items = list(for_feed(queryset)[:FEED_ITEMS])
        attach_renditions([item.card_image for item in items])
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.get_listing_summary()

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.updated_date

    def item_author_name(self, item):
        return item.author.name if item.author_id else None

    def item_categories(self, item):
        return [item.category.name] if item.category_id else []

    def item_enclosures(self, item):
        return image_enclosures(item.card_image)

    def item_copyright(self, item):
        return item.source or None


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed


def feed_links(index, category=None):
    """[(type, title, url)] for <link rel="alternate"> in the page head."""
    if index is None:
        return []
    suffix = f" - {category.name}" if category is not None else ""
    return [
        ("application/rss+xml", _("Tin tức (RSS)") + suffix, index.feed_url("rss", category)),
        ("application/atom+xml", _("Tin tức (Atom)") + suffix, index.feed_url("atom", category)),
    ]


@page_functions.register("news", "feed")
def serve_feed(index, request, kind, category=None):
    """The index's RSS or Atom feed (``kind``), of all its news or of one category."""
    feed = NewsAtomFeed if kind == "atom" else NewsRssFeed
    return feed()(request, index=index, category=category)
