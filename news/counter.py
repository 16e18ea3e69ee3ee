"""Who counts as a reader: bots are not counted, one browser counts once per 30 minutes."""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache

# Crawlers, link previewers, monitors and HTTP libraries. Real browsers, including
# the in-app browsers of Facebook and Zalo, do not match.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|"
    r"embedly|preview|headless|lighthouse|pagespeed|pingdom|uptime|monitor|"
    r"curl|wget|python|java/|go-http|okhttp|axios|node-fetch|httpclient|scrapy|"
    r"feedfetcher|feedparser|rss|bingpreview|yandex|baidu|coccoc.?bot|petalbot|"
    r"ahrefs|semrush|mj12|dotbot|applebot|duckduck|gptbot|claude|ccbot|bytespider",
    re.IGNORECASE,
)


def is_bot(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    if not agent or BOT_PATTERN.search(agent):
        return True
    # Prefetches and prerenders are not reads.
    purpose = request.META.get("HTTP_SEC_PURPOSE", "") or request.META.get("HTTP_PURPOSE", "")
    return "prefetch" in purpose.lower()


def dedupe_seconds():
    return getattr(settings, "NEWS_VIEW_DEDUPE_SECONDS", 30 * 60)


def client_key(request):
    """A hash of the client's address and browser; no cookie is set."""
    parts = [
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_USER_AGENT", ""),
        request.META.get("HTTP_ACCEPT_LANGUAGE", ""),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def first_read(request, page_id):
    """True the first time this client reads this page in the dedupe window.

    ``cache.add`` is atomic in Redis and in local memory, so two simultaneous
    beacons from one browser count once.
    """
    seconds = dedupe_seconds()
    if seconds <= 0:
        return True
    return cache.add(f"news:seen:{page_id}:{client_key(request)}", 1, seconds)
