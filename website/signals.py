"""Expire the page cache whenever something readers can see may have changed."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from website import bulk
from website.page_cache import bump_version

# Apps whose models show up on public pages.
CONTENT_APPS = {
    "website",
    "news",
    "showcase",
    "policies",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
    "wagtailredirects",
    # The media library: a poster, duration or caption file shows on pages.
    "multimedia",
}
# A view restriction (Wagtail's privacy setting) decides who may see a page: a page
# cached while public must not be served once it is private.
CORE_MODELS = {"site", "locale", "pageviewrestriction"}
# Of the search app, only editors' promoted results show on pages; the query
# log is written by readers' searches and must not expire the cache.
SEARCH_PROMOTION_MODELS = {"searchpromotion"}


def _relevant(sender, instance):
    meta = sender._meta
    if getattr(sender, "page_cache_ignore", False):
        return False
    if isinstance(instance, Page):
        # Draft saves don't change what readers see; publish/unpublish signals do.
        return False
    if meta.model_name.endswith("rendition"):
        return False
    if meta.app_label == "wagtailcore":
        return meta.model_name in CORE_MODELS
    if meta.app_label == "wagtailsearchpromotions":
        return meta.model_name in SEARCH_PROMOTION_MODELS
    return meta.app_label in CONTENT_APPS


def on_content_saved(sender, instance, **kwargs):
    if not kwargs.get("raw") and _relevant(sender, instance):
        bump_version(f"{sender._meta.label} changed")


def on_page_changed(sender, instance=None, **kwargs):
    if bulk.loading():
        return  # once, at the end of the load
    bump_version(f"page {getattr(instance, 'pk', '?')} changed")


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        bump_version(f"page {instance.pk} deleted")


def connect():
    post_save.connect(on_content_saved, dispatch_uid="page_cache_saved")
    post_delete.connect(on_content_saved, dispatch_uid="page_cache_deleted")
    post_delete.connect(on_page_deleted, dispatch_uid="page_cache_page_deleted")
    page_published.connect(on_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(on_page_changed, dispatch_uid="page_cache_moved")
    from website.renditions import on_page_published

    page_published.connect(on_page_published, dispatch_uid="renditions_on_publish")
