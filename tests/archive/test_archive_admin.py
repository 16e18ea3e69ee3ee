"""The admin list "Bài lưu trữ": what import_archive brought in, read only, for editors."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import NoReverseMatch, reverse

from archive.models import ArchivedArticle
from tests.archive.conftest import news_article
from tests.website.admin_forms import make_editor

pytestmark = pytest.mark.django_db

LIST = "/admin/archived-articles/"


@pytest.fixture
def records(news_index):
    page = news_article(news_index, "Khuyến công Hà Tĩnh 2019", "khuyen-cong-ha-tinh-2019")
    return tuple(
        ArchivedArticle.objects.create(
            key=f"http://congthuong.example.vn/tin-tuc/{name}.html",
            old_url=f"http://congthuong.example.vn/tin-tuc/{name}.html",
            page=new_page,
            source_file=f"/srv/archive/{name}.txt",
            content_hash=str(views).rjust(64, "0"),
            view_baseline=views,
        )
        for name, new_page, views in (
            ("khuyen-cong-ha-tinh-2019", page, 1731),
            ("hoi-cho-2018", None, 88),
        )
    )


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(make_editor(django_user_model))
    return client


def test_editor_sees_the_list_with_links(editor_client, records):
    kept, lost = records
    dashboard = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert LIST in dashboard  # in the menu
    response = editor_client.get(LIST)
    assert response.status_code == 200
    html = response.content.decode()
    assert kept.old_url in html and lost.old_url in html
    assert reverse("wagtailadmin_pages:edit", args=[kept.page_id]) in html
    assert "Khuyến công Hà Tĩnh 2019" in html
    assert "trang đã mất" in html
    assert "1731" in html or "1.731" in html
    assert "khuyen-cong-ha-tinh-2019.txt" in html
    assert f"{LIST}inspect/{kept.pk}/" in html
    assert editor_client.get(f"{LIST}inspect/{kept.pk}/").status_code == 200


def test_search_by_old_url_or_title(editor_client, records):
    kept, lost = records
    html = editor_client.get(LIST, {"q": "hoi-cho-2018"}).content.decode()
    assert lost.old_url in html and kept.old_url not in html
    html = editor_client.get(LIST, {"q": "Hà Tĩnh"}).content.decode()
    assert kept.old_url in html and lost.old_url not in html


def test_filter_page_missing(editor_client, records):
    kept, lost = records
    html = editor_client.get(LIST, {"page_missing": "true"}).content.decode()
    assert lost.old_url in html and kept.old_url not in html
    html = editor_client.get(LIST, {"page_missing": "false"}).content.decode()
    assert kept.old_url in html and lost.old_url not in html


def test_read_only(editor_client, records, django_user_model, client):
    kept, _lost = records
    for name in ("add", "edit", "delete"):
        with pytest.raises(NoReverseMatch):
            reverse(f"archived-articles:{name}")
    for url in (f"{LIST}new/", f"{LIST}edit/{kept.pk}/", f"{LIST}delete/{kept.pk}/"):
        assert editor_client.get(url).status_code == 404
        assert editor_client.post(url, {}).status_code == 404
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "pw-12345")
    client.force_login(admin)
    html = client.get(LIST).content.decode()
    assert f"{LIST}new/" not in html and f"{LIST}edit/" not in html
    assert ArchivedArticle.objects.count() == 2


def test_hidden_from_users_without_the_view_permission(client, django_user_model, records):
    user = django_user_model.objects.create_user("khach", "khach@example.vn", "pw-12345")
    group = Group.objects.create(name="Chỉ vào quản trị")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    assert LIST not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(LIST).status_code in {302, 403}
