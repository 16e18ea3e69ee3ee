"""Passwords of protected pages and document collections cannot be guessed without limit
(issue 27, finding 5): after 10 wrong passwords from one address for one restriction,
the form answers 429 with a message until the window ends."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from website.antispam import rate_limit_for
from website.models import StandardPage

pytestmark = pytest.mark.django_db

LIMIT, WINDOW = 10, 900


@pytest.fixture
def protected(home):
    page = home.add_child(instance=StandardPage(title="Hồ sơ dự án nội bộ", slug="ho-so-noi-bo"))
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="Khuyến-công-2025"
    )
    return page, f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def reader(address="203.113.131.7"):
    return Client(REMOTE_ADDR=address, raise_request_exception=False)


def guess(client, url, password, return_url="/ho-so-noi-bo/"):
    return client.post(url, {"password": password, "return_url": return_url})


def test_the_limit_is_the_settings(settings):
    assert rate_limit_for("password:page:1") == (LIMIT, WINDOW)


def test_wrong_passwords_are_limited_per_address_and_page(protected, home):
    page, url = protected
    attacker = reader()
    for attempt in range(LIMIT):
        response = guess(attacker, url, f"matkhau{attempt}")
        assert response.status_code == 200, attempt  # the form again, with its error
    response = guess(attacker, url, "matkhau-cuoi")
    assert response.status_code == 429
    assert response["Retry-After"] == str(WINDOW)
    html = response.content.decode()
    assert "Nhập sai mật khẩu quá nhiều lần" in html
    assert "Xin thử lại sau khoảng 15 phút" in html
    # Not even the right password gets through from this address now…
    assert guess(attacker, url, "Khuyến-công-2025").status_code == 429
    assert reader().get("/ho-so-noi-bo/").status_code == 200  # the password form itself
    # …while another reader, or another protected page, is not affected.
    other = reader("113.161.44.20")
    response = guess(other, url, "Khuyến-công-2025")
    assert response.status_code == 302
    assert other.get("/ho-so-noi-bo/").status_code == 200
    second = home.add_child(instance=StandardPage(title="Biên bản họp", slug="bien-ban-hop"))
    second.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=second, restriction_type=PageViewRestriction.PASSWORD, password="hop-thang-5"
    )
    response = guess(
        attacker,
        f"/_util/authenticate_with_password/{restriction.pk}/{second.pk}/",
        "hop-thang-5",
        "/bien-ban-hop/",
    )
    assert response.status_code == 302


def test_the_english_page_says_so_in_english(protected, home_en):
    page, url = protected
    attacker = reader()
    for attempt in range(LIMIT):
        guess(attacker, f"/en{url}", f"password{attempt}")
    response = guess(attacker, f"/en{url}", "password")
    assert response.status_code == 429
    assert "a wrong one has been entered too many times" in response.content.decode()


def test_right_passwords_are_not_counted(protected):
    page, url = protected
    family = reader()
    for _ in range(LIMIT + 5):
        assert guess(family, url, "Khuyến-công-2025").status_code == 302


def test_document_collection_passwords_are_limited_too(home):
    collection = Collection.get_first_root_node().add_child(name="Hồ sơ thẩm định")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="tham-dinh",
    )
    document = get_document_model().objects.create(
        title="Tờ trình",
        collection=collection,
        file=SimpleUploadedFile("to-trinh.pdf", b"%PDF-1.4\n%%EOF\n"),
    )
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    attacker = reader()
    for attempt in range(LIMIT):
        assert guess(attacker, url, f"sai{attempt}", document.url).status_code == 200
    assert guess(attacker, url, "tham-dinh", document.url).status_code == 429
    assert guess(reader("14.161.1.1"), url, "tham-dinh", document.url).status_code == 302
