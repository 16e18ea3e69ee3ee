"""The admin dashboard: most read articles of the week and recently published pages
(pending reviews are Wagtail's own panel, see tests/website/test_workflow.py)."""

import datetime as dt

import pytest
from django.utils import timezone

from website.counter import record_view


@pytest.mark.django_db
def test_dashboard_shows_most_read_and_recently_published(admin_client, make_article):
    old = make_article("Bài đọc nhiều tuần này")
    make_article("Bài vừa đăng")
    record_view(old.pk, by=42, day=timezone.localdate() - dt.timedelta(days=2))
    html = admin_client.get("/admin/").content.decode()
    assert "Tin đọc nhiều trong 7 ngày" in html
    assert "Bài đọc nhiều tuần này" in html and ">42<" in html
    assert "Mới xuất bản" in html
    assert "Bài vừa đăng" in html
