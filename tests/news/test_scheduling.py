"""Scheduled publishing: an article with a future go-live date stays out of the
listing, the feeds, the sitemap and the site search until `publish_scheduled`
(run by cron, see docs/deployment.md) publishes it; an expiry date removes it."""

import datetime as dt

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from news.factories import NewsArticlePageFactory

TITLE = "Hội thảo khuyến công hẹn giờ"
SLUG = "hoi-thao-khuyen-cong-hen-gio"


def visible_everywhere(client):
    """Where readers can find the article: listing, RSS, Atom, sitemap, search."""
    return {
        "listing": TITLE in client.get("/tin-tuc/").content.decode(),
        "rss": TITLE in client.get("/tin-tuc/rss/").content.decode(),
        "atom": TITLE in client.get("/tin-tuc/atom/").content.decode(),
        "sitemap": f"/tin-tuc/{SLUG}/" in client.get("/sitemap.xml").content.decode(),
        "search": SLUG in client.get("/tim-kiem/", {"q": "hẹn giờ"}).content.decode(),
        "page": client.get(f"/tin-tuc/{SLUG}/").status_code == 200,
    }


NOWHERE = dict.fromkeys(("listing", "rss", "atom", "sitemap", "search", "page"), False)
EVERYWHERE = dict.fromkeys(NOWHERE, True)


@pytest.fixture
def scheduled(news_index, category, author):
    """An article saved with a go-live date tomorrow and published: a scheduled revision."""
    page = NewsArticlePageFactory.build(
        title=TITLE, slug=SLUG, category=category, author=author, publish_date=None
    )
    page.live = False
    page.locale = news_index.locale
    news_index.add_child(instance=page)
    page.go_live_at = timezone.now() + dt.timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.mark.django_db
def test_scheduled_article_appears_only_once_live(client, scheduled):
    assert not scheduled.live
    assert scheduled.scheduled_revision is not None
    assert visible_everywhere(client) == NOWHERE
    call_command("publish_scheduled")  # not yet due
    assert visible_everywhere(client) == NOWHERE

    with time_machine.travel(timezone.now() + dt.timedelta(days=1, hours=1), tick=False):
        call_command("publish_scheduled")
        scheduled.refresh_from_db()
        assert scheduled.live
        assert scheduled.publish_date is not None
        assert visible_everywhere(client) == EVERYWHERE


@pytest.mark.django_db
def test_expired_article_disappears(client, make_article):
    page = make_article(TITLE, slug=SLUG)
    page.expire_at = timezone.now() + dt.timedelta(days=2)
    page.save_revision().publish()
    assert visible_everywhere(client) == EVERYWHERE

    with time_machine.travel(timezone.now() + dt.timedelta(days=3), tick=False):
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live
        assert page.expired
        assert visible_everywhere(client) == NOWHERE
