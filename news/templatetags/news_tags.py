"""Template tags of the news: {% load news_tags %}."""

from urllib.parse import quote, urlencode

from django import template
from django.utils import timezone
from django.utils.html import format_html

from news import queries
from news.feeds import feed_links
from website.locales import language_code
from website.text import date_time, short_date

register = template.Library()


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


@register.inclusion_tag("components/news/most_read.html")
def most_read_box(locale, n=5):
    return {"items": queries.most_read(locale, n)}


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
    if language_code() == "en":
        return f"{short_date(value, 'en')}, {timezone.localtime(value):%H:%M}"
    return date_time(value, "vi")
