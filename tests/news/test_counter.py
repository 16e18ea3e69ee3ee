"""The view counter: beacons count reads, bots do not, an address counts once per 30 minutes,
and "Tin đọc nhiều" ranks by the last seven days."""

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from news.queries import most_read
from website.counter import record_view
from website.models import PageViewDay, PageViewTotal

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
    "curl/8.5.0",
    "python-requests/2.32",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0",
    "",
]


def view_count(page):
    return (
        PageViewTotal.objects.filter(page_id=page.pk).values_list("views", flat=True).first() or 0
    )


def beacon(client, page, agent=BROWSER, **extra):
    return client.post(f"/views/{page.pk}/", HTTP_USER_AGENT=agent, **extra)


@pytest.mark.django_db
def test_beacon_counts_a_read(client, make_article):
    page = make_article("Bài viết")
    response = beacon(client, page)
    assert response.status_code == 204
    assert response["Cache-Control"].startswith("max-age=0")
    assert view_count(page) == 1
    assert PageViewDay.objects.get(page=page, day=timezone.localdate()).views == 1
    assert "Lượt xem: 1" in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_beacon_needs_no_csrf_token(make_article):
    page = make_article("Bài viết")
    client = Client(enforce_csrf_checks=True)
    assert beacon(client, page).status_code == 204
    assert view_count(page) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("agent", BOTS)
def test_bots_are_not_counted(client, make_article, agent):
    page = make_article("Bài viết")
    assert beacon(client, page, agent=agent).status_code == 204
    assert view_count(page) == 0


@pytest.mark.django_db
def test_prefetch_is_not_a_read(client, make_article):
    page = make_article("Bài viết")
    beacon(client, page, HTTP_SEC_PURPOSE="prefetch")
    assert view_count(page) == 0


@pytest.mark.django_db
def test_same_address_counts_once_per_30_minutes(client, make_article):
    page = make_article("Bài viết")
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        beacon(client, page)
        beacon(client, page)
    with time_machine.travel(start + dt.timedelta(minutes=29), tick=False):
        beacon(client, page)
    assert view_count(page) == 1
    with time_machine.travel(start + dt.timedelta(minutes=31), tick=False):
        beacon(client, page)
    assert view_count(page) == 2
    # Another address is another reader.
    beacon(client, page, REMOTE_ADDR="203.0.113.20")
    assert view_count(page) == 3


@pytest.mark.django_db
def test_forty_user_agents_from_one_address_count_once(client, make_article):
    """Issue 27: 40 beacons with 40 user agents from one address added 40 views."""
    page = make_article("Bài viết")
    for number in range(40):
        agent = f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/{100 + number}.0"
        assert beacon(client, page, agent=agent, REMOTE_ADDR="203.0.113.7").status_code == 204
    assert view_count(page) == 1
    assert most_read()[0]["views"] == 1


@pytest.mark.django_db
def test_noscript_pixel_counts_too(client, make_article):
    page = make_article("Bài viết")
    response = client.get(f"/views/{page.pk}/pixel.gif", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert view_count(page) == 1
    assert f'<noscript><img class="view-beacon" src="/views/{page.pk}/pixel.gif" alt=""' in (
        client.get(page.url).content.decode()
    )


@pytest.mark.django_db
def test_drafts_private_and_unknown_pages_are_not_counted(client, make_article):
    draft = make_article("Bản nháp", live=False)
    private = make_article("Riêng tư", private=True)
    assert beacon(client, draft).status_code == 404
    assert beacon(client, private).status_code == 404
    assert client.post("/views/999999/", HTTP_USER_AGENT=BROWSER).status_code == 404
    assert client.get("/views/abc/").status_code == 404
    assert client.get(f"/views/{draft.pk}/", HTTP_USER_AGENT=BROWSER).status_code == 405
    assert not PageViewTotal.objects.exists()


@pytest.mark.django_db
def test_only_page_types_that_opt_in_are_counted(client, home, news_index):
    """Articles are ViewCounted; the home page and the news index are not."""
    for page in (home, news_index):
        assert beacon(client, page).status_code == 404
        assert client.get(f"/views/{page.pk}/pixel.gif", HTTP_USER_AGENT=BROWSER).status_code == 404
    assert not PageViewTotal.objects.exists()


@pytest.mark.django_db
def test_article_page_carries_the_beacon(client, make_article):
    page = make_article("Bài viết")
    html = client.get(page.url).content.decode()
    assert f'data-view-beacon="/views/{page.pk}/"' in html
    assert '<script src="/static/js/news.js" defer></script>' in html


@pytest.mark.django_db
def test_english_beacon_url(client, make_article, news_index_en):
    page = make_article("An English article", parent=news_index_en)
    html = client.get(page.url).content.decode()
    assert f'data-view-beacon="/en/views/{page.pk}/"' in html
    assert client.post(f"/en/views/{page.pk}/", HTTP_USER_AGENT=BROWSER).status_code == 204


@pytest.mark.django_db
def test_most_read_ranks_by_the_last_seven_days(client, make_article):
    old_favourite = make_article("Đọc nhiều năm ngoái")
    this_week = make_article("Đọc nhiều tuần này")
    quiet = make_article("Ít người đọc")
    draft = make_article("Bản nháp được đọc", live=False)
    today = timezone.localdate()
    record_view(old_favourite.pk, by=5000, day=today - dt.timedelta(days=8))
    record_view(old_favourite.pk, by=3, day=today)
    record_view(this_week.pk, by=40, day=today - dt.timedelta(days=6))
    record_view(this_week.pk, by=10, day=today)
    record_view(quiet.pk, by=5, day=today - dt.timedelta(days=1))
    record_view(draft.pk, by=900, day=today)
    ranked = most_read("vi")
    assert [item["title"] for item in ranked] == [
        "Đọc nhiều tuần này",
        "Ít người đọc",
        "Đọc nhiều năm ngoái",
    ]
    assert ranked[0]["views"] == 50
    html = client.get("/tin-tuc/").content.decode()
    assert "Tin đọc nhiều" in html
    assert html.index("Đọc nhiều tuần này", html.index("Tin đọc nhiều")) < html.index(
        "Ít người đọc", html.index("Tin đọc nhiều")
    )
