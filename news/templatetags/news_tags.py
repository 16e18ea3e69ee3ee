"""Template tags of the news: {% load news_tags %}."""

import json
from urllib.parse import quote, urlencode

from django import template
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images.models import Filter

from news import queries
from news.feeds import feed_links
from website.chrome import site_settings as cached_site_settings
from website.origin import absolute
from website.text import date_time, short_date

register = template.Library()

SOCIAL_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"
# One Filter for every render: building one parses the spec and inspects each operation.
SOCIAL_FILTER = Filter(SOCIAL_SPEC)
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _iso(value):
    return timezone.localtime(value).isoformat() if value else None


@register.simple_tag(takes_context=True)
def social_image_url(context, page):
    """The absolute URL of the page's 1200×630 sharing picture, or ""."""
    image = page.get_social_image() if hasattr(page, "get_social_image") else None
    if image is None:
        return ""
    try:
        # get_renditions, not get_rendition: that one writes the rendition to the cache
        # on every call, even when it came with the image's prefetched renditions.
        rendition = image.get_renditions(SOCIAL_FILTER)[SOCIAL_SPEC]
    except Exception:  # noqa: BLE001 - a missing file must not break the page
        return ""
    return absolute(rendition.url)


@register.simple_tag(takes_context=True)
def news_jsonld(context, page, image_url=""):
    """<script type="application/ld+json"> with a NewsArticle and its BreadcrumbList."""
    request = context.get("request")
    values = cached_site_settings(request) if request is not None else None
    publisher_name = ""
    if values is not None:
        publisher_name = (
            values.organisation_name_en
            if context.get("LANGUAGE_CODE") == "en" and values.organisation_name_en
            else values.organisation_name
        )
    url = page.get_full_url(request)
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.get_meta_description(),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "inLanguage": page.locale.language_code,
        "datePublished": _iso(page.date),
        "dateModified": _iso(page.updated_date),
        "publisher": {
            "@type": "Organization",
            "name": publisher_name,
            "logo": {"@type": "ImageObject", "url": absolute(static("img/logo.svg"))},
        },
    }
    if image_url:
        article["image"] = [image_url]
    if page.author_id:
        author = {"@type": "Person", "name": page.author.name}
        if page.author.role:
            author["jobTitle"] = page.author.role
        article["author"] = [author]
    elif publisher_name:
        article["author"] = [{"@type": "Organization", "name": publisher_name}]
    if page.category_id:
        article["articleSection"] = page.category.name
    if page.tag_list:
        article["keywords"] = ", ".join(page.tag_names)
    crumbs = []
    index = page.parent_index
    if index is not None:
        home_url = index.url.rstrip("/").rsplit("/", 1)[0] + "/"
        crumbs.append((_("Trang chủ"), absolute(home_url)))
        crumbs.append((index.title, index.get_full_url(request)))
    crumbs.append((page.title, url))
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": item}
            for position, (name, item) in enumerate(crumbs, start=1)
        ],
    }
    scripts = "".join(
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
        + "</script>"
        for data in (article, breadcrumbs)
    )
    return mark_safe(scripts)  # noqa: S308 - JSON with <, >, & escaped


@register.inclusion_tag("components/news/share_links.html", takes_context=True)
def share_links(context, page):
    request = context.get("request")
    url = page.get_full_url(request)
    title = page.title
    return {
        "url": url,
        "facebook": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        "zalo": "https://sp.zalo.me/plugins/share?" + urlencode({"url": url}),
        "x": "https://twitter.com/intent/tweet?" + urlencode({"url": url, "text": title}),
        "email": f"mailto:?subject={quote(title)}&body={quote(url)}",
    }


@register.inclusion_tag("components/news/feed_links.html")
def news_feed_links(index, category=None):
    return {"feeds": feed_links(index, category)}


@register.inclusion_tag("components/news/most_read.html", takes_context=True)
def most_read_box(context, locale, n=5):
    return {"items": queries.most_read(locale, n), "LANGUAGE_CODE": context.get("LANGUAGE_CODE")}


@register.simple_tag
def filter_url(base, **params):
    """``base`` with the given non-empty query parameters."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return format_html("{}{}", base, f"?{query}" if query else "")


@register.filter
def comment_time(value):
    """ "20/05/2026 15:58" in Vietnamese, "20 May 2026, 15:58" in English."""
    if not value:
        return ""
    if (get_language() or "vi")[:2] == "en":
        return f"{short_date(value, 'en')}, {timezone.localtime(value):%H:%M}"
    return date_time(value, "vi")
