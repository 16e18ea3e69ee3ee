"""Low findings of the attack run (issue 27, finding 8): the admin's page search for a
comment moderator, logging out by GET, HEAD on the site search."""

import pytest
from django.contrib.auth.models import Group

from website.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def comment_moderator(django_user_model):
    user = django_user_model.objects.create_user("kiemduyet", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name="Kiểm duyệt ý kiến bạn đọc"))
    return user


@pytest.fixture
def pages(home):
    page = home.add_child(instance=StandardPage(title="Giới thiệu khuyến công", slug="gioi-thieu"))
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("query", ["khuyến công", "khuyen cong", "gioi"])
def test_admin_page_search_of_a_comment_moderator_is_empty_not_a_500(
    client, comment_moderator, pages, query
):
    client.force_login(comment_moderator)
    client.raise_request_exception = False
    response = client.get("/admin/api/main/pages/", {"search": query})
    assert response.status_code == 200, response.status_code
    assert response.json()["items"] == []
    response = client.get("/admin/api/main/pages/", {"search": query, "limit": 5, "offset": 0})
    assert response.json()["meta"]["total_count"] == 0


def test_admin_page_search_still_finds_pages_for_an_editor(client, admin_user, pages):
    client.force_login(admin_user)
    response = client.get("/admin/api/main/pages/", {"search": "khuyến công"})
    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["Giới thiệu khuyến công"]


def test_get_on_logout_changes_nothing_post_logs_out(client, admin_user):
    client.force_login(admin_user)
    session = client.cookies["sessionid"].value
    response = client.get("/admin/logout/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "sessionid" not in response.cookies  # no cookie set, none deleted
    assert client.cookies["sessionid"].value == session
    assert client.get("/admin/").status_code == 200  # still logged in
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/"
    assert response.cookies["sessionid"].value == ""
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize(
    "url",
    [
        "/tim-kiem/",
        "/tim-kiem/?q=khuy%E1%BA%BFn+c%C3%B4ng",
        "/en/search/?q=industrial",
        "/tim-kiem/goi-y/?q=kh",
        "/",
        "/gioi-thieu/",
        "/robots.txt",
        "/sitemap.xml",
        "/healthz",
        "/api/v2/pages/",
    ],
)
def test_head_answers_wherever_get_does(client, pages, home_en, url):
    get = client.get(url)
    head = client.head(url)
    assert get.status_code == 200, url
    assert head.status_code == get.status_code, url
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"]
