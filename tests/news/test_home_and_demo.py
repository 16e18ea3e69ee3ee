"""The home page's news section, and the demo content."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from news.models import NewsArticlePage, NewsCategory, ReaderComment


@pytest.mark.django_db
def test_home_shows_latest_news_and_most_read(client, make_article, image):
    for number in range(3):
        make_article(f"Tin trang chủ {number}", hero_image=image)
    make_article("Bản nháp trang chủ", live=False)
    html = client.get("/").content.decode()
    assert "Tin trang chủ 0" in html and "Tin trang chủ 2" in html
    assert "Bản nháp trang chủ" not in html
    assert 'href="/tin-tuc/">Xem tất cả tin tức</a>' in html


@pytest.mark.django_db
def test_home_query_count_does_not_grow(client, make_article, image):
    make_article("Tin 1", hero_image=image)
    client.get("/")
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    for number in range(10):
        make_article(f"Tin thêm {number}", hero_image=image, tags=[f"t{number}"])
    client.get("/")
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        client.get("/")
    # 20 before the "Video – Ảnh" section, which costs one query (its index lookup)
    # even when, as here, there is no media to show.
    assert len(many) == len(few) <= 21


@pytest.mark.django_db
def test_demo_content_is_bilingual_and_scales(client):
    call_command("load_demo_content", verbosity=0)
    vi = NewsArticlePage.objects.filter(locale__language_code="vi", live=True)
    en = NewsArticlePage.objects.filter(locale__language_code="en", live=True)
    assert vi.count() >= 30
    assert en.count() * 3 >= vi.count()
    assert NewsCategory.objects.filter(locale__language_code="vi").count() >= 5
    years = {date.year for date in vi.values_list("publish_date", flat=True)}
    assert len(years) >= 2
    assert not vi.filter(author__isnull=True).exists()
    assert not vi.filter(hero_image__isnull=True).exists()
    html = client.get("/tin-tuc/uu-tien-giai-doan-moi/").content.decode()
    assert "Cục trưởng Cục Công Thương địa phương" in html
    assert "Máy cắt dây CNC được hỗ trợ từ kinh phí khuyến công quốc gia năm 2018" in html
    assert "Lượt xem: 1.731" in html
    assert "<table>" in html and '<th scope="col"' in html
    assert "{'data'" not in html
    assert client.get("/en/news/").status_code == 200
    comments = ReaderComment.objects.filter(status="approved")
    assert comments.count() == 5 and comments.exclude(reply="").count() == 2
    cnc = client.get("/tin-tuc/xuong-co-khi-hung-yen-may-cnc/").content.decode()
    assert "Ý kiến bạn đọc (2)</h2>" in cnc and "Ban biên tập trả lời" in cnc

    call_command("load_demo_content", "--articles", "60", verbosity=0)
    assert vi.count() == 60
    assert ReaderComment.objects.count() == 5
    assert Page.find_problems() == ([], [], [], [], [])
    filler = vi.filter(slug__startswith="tin-mau-").first()
    response = client.get(filler.url)
    assert response.status_code == 200
    assert filler.title in response.content.decode()
    listing = client.get("/tin-tuc/?page=3")
    assert listing.status_code == 200
    call_command("load_demo_content", "--articles", "60", verbosity=0)
    assert vi.count() == 60
    assert ReaderComment.objects.count() == 5
