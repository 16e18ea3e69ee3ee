"""404 and 500 pages: in the language of the URL, without the database."""

import pytest
from django.test import RequestFactory

from website import views


@pytest.mark.django_db
def test_404_in_vietnamese(client, home):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Không tìm thấy trang" in html


@pytest.mark.django_db
def test_404_in_english(client, home_en):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Page not found" in html
    assert 'href="/en/"' in html


def test_error_pages_need_no_database():
    # No django_db mark: any query here would raise.
    factory = RequestFactory()
    if True:
        not_found = views.page_not_found(factory.get("/en/x/"))
        error = views.server_error(factory.get("/x/"))
    assert not_found.status_code == 404
    assert "Page not found" in not_found.content.decode()
    assert error.status_code == 500
    assert "sự cố" in error.content.decode()
