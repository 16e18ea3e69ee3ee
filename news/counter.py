"""Who counts as a reader: bots are not counted, one client address counts once per page
per 30 minutes.

The address, not the browser: a new User-Agent is free to send, so keyed on it anyone
could push an article into "most read" from one machine (40 beacons with 40 user agents
counted 40). Readers behind one address (an office, a carrier's NAT) count once between
them per half hour, which errs on the side of fewer views. The de-duplication is kept in
the database (``website.limits``), shared by every worker, Redis or not.
"""

import re

from django.conf import settings

from website import limits
from website.antispam import client_ip, hash_ip

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
    """A keyed hash of the client's address (``website.antispam.client_ip``); no cookie."""
    return hash_ip(client_ip(request))


def first_read(request, page_id):
    """True the first time this client reads this page in the dedupe window.

    One atomic statement in the database: two simultaneous beacons count once, whichever
    worker each reaches.
    """
    seconds = dedupe_seconds()
    if seconds <= 0:
        return True
    return limits.first(f"seen:{page_id}:{client_key(request)}", seconds)
