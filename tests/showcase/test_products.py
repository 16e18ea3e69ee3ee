"""The exhibition: gallery filters, product pages with all images, the producer inquiry."""

import re
import time

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.models import Site

from showcase.models import ProducerInquiry
from tests.showcase.conftest import make_product
from website.antispam import sign_timestamp
from website.models import SiteSettings

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(
        r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


@pytest.fixture
def products(gallery):
    return {
        "tea": make_product(
            gallery,
            title="Chè búp",
            product_group="che-bien-nong-lam-thuy-san",
            award_level="cap-quoc-gia",
            award_year=2023,
            province="thai-nguyen",
        ),
        "vase": make_product(
            gallery,
            title="Bình gốm",
            product_group="thu-cong-my-nghe",
            award_level="cap-quoc-gia",
            award_year=2025,
            province="ha-noi",
            images=5,
        ),
        "dryer": make_product(
            gallery,
            title="Máy sấy",
            product_group="co-khi",
            award_level="cap-vung",
            award_year=2025,
            province="dong-nai",
        ),
        "soap": make_product(
            gallery,
            title="Xà phòng",
            product_group="khac",
            award_level="cap-tinh",
            award_year=2024,
            province="ha-tinh",
        ),
        "basket": make_product(
            gallery,
            title="Hộp cói",
            product_group="thu-cong-my-nghe",
            award_level="cap-tinh",
            award_year=2025,
            province="ninh-binh",
        ),
    }


@pytest.fixture
def editors_email(home):
    values = SiteSettings.for_site(Site.objects.get(root_page=home))
    values.editors_email = "bientap@example.vn"
    values.save()
    return values.editors_email


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["vase", "dryer", "basket", "soap", "tea"]),  # newest award, national first
        ("?level=cap-quoc-gia", ["vase", "tea"]),
        ("?level=cap-tinh", ["basket", "soap"]),
        ("?year=2025", ["vase", "dryer", "basket"]),
        ("?group=thu-cong-my-nghe", ["vase", "basket"]),
        ("?group=co-khi", ["dryer"]),
        ("?province=ha-noi", ["vase"]),
        ("?level=cap-tinh&year=2025&group=thu-cong-my-nghe", ["basket"]),
        ("?level=cap-vung&province=ha-noi", []),
    ],
)
def test_gallery_filters(client, gallery, products, query, expected):
    response = client.get(gallery.url + query)
    assert response.status_code == 200
    assert titles(response) == [products[key].title for key in expected]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?level=vang", "Không có cấp công nhận “vang”"),
        ("?group=nope", "Không có nhóm sản phẩm “nope”"),
        ("?province=xx", "Không có tỉnh, thành phố “xx”"),
    ],
)
def test_gallery_unknown_values_give_empty_result(client, gallery, products, query, message):
    response = client.get(gallery.url + query)
    assert response.status_code == 200
    assert titles(response) == []
    assert message in response.content.decode()


def test_gallery_malformed_year_is_ignored(client, gallery, products):
    response = client.get(gallery.url + "?year=20x5&page=-1")
    assert response.status_code == 200
    assert len(titles(response)) == 5
    assert "Bỏ qua năm “20x5”" in response.content.decode()


def test_gallery_hides_drafts(client, gallery, products):
    make_product(gallery, title="Sản phẩm nháp", live=False)
    assert "Sản phẩm nháp" not in client.get(gallery.url).content.decode()


def test_gallery_query_count_does_not_grow(client, gallery, django_assert_max_num_queries):
    def measure():
        client.get(gallery.url)
        cache.clear()
        with django_assert_max_num_queries(27) as captured:
            assert client.get(gallery.url + "?level=cap-tinh").status_code == 200
        return len(captured.captured_queries)

    for n in range(2):
        make_product(gallery, title=f"SP {n}", award_level="cap-tinh", images=2)
    few = measure()
    for n in range(2, 14):
        make_product(gallery, title=f"SP {n}", award_level="cap-tinh", images=2)
    assert measure() == few


def test_product_page_shows_every_image_as_a_link_and_the_producer(client, products):
    vase = products["vase"]
    response = client.get(vase.url)
    html = response.content.decode()
    assert response.status_code == 200
    links = re.findall(r'<a class="sc-gallery__link" href="([^"]+)"', html)
    assert len(links) == 5
    assert all(link.startswith("/media/images/") for link in links)
    assert "Sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia, năm 2025" in html
    assert vase.producer_name in html
    assert 'href="tel:0912345678"' in html
    assert 'href="mailto:lienhe@example.vn"' in html
    assert vase.certificate_number in html
    # The lightbox is JavaScript on top: no inline script, no style attribute.
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "<script" not in main and "style=" not in main


def _post(client, product, **overrides):
    data = {
        "name": "Nguyễn Văn Bình",
        "organisation": "Công ty Thương mại Minh họa",
        "phone": "0912 345 678",
        "email": "binh@example.vn",
        "message": "Tôi muốn đặt 200 bình làm quà tặng, xin báo giá.",
        "website_url": "",
        "form_ts": sign_timestamp("inquiry", time.time() - 30),
    }
    data.update(overrides)
    return client.post(inquiry_url(product), data)


def inquiry_url(product):
    """Where the product page's inquiry form posts (website.public_forms)."""
    if product.locale.language_code == "en":
        return f"/en/forms/inquiry/{product.pk}/"
    return f"/gui-bieu-mau/inquiry/{product.pk}/"


def test_inquiry_is_stored_emailed_and_confirmed(client, products, editors_email):
    vase = products["vase"]
    response = _post(client, vase)
    assert response.status_code == 303
    assert response["Location"] == vase.url + "?lien-he=da-gui#lien-he"
    inquiry = ProducerInquiry.objects.get()
    assert inquiry.product == vase
    assert inquiry.name == "Nguyễn Văn Bình"
    assert not inquiry.is_spam
    assert len(inquiry.ip_hash) == 32 and "127.0.0.1" not in inquiry.ip_hash
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [editors_email]
    assert message.reply_to == ["binh@example.vn"]
    assert vase.title in message.subject
    assert "Tôi muốn đặt 200 bình" in message.body
    assert vase.producer_phone in message.body
    assert inquiry.emailed_at is not None or ProducerInquiry.objects.get().emailed_at
    followed = client.get(response["Location"])
    assert "Cảm ơn bạn" in followed.content.decode()


def test_inquiry_errors_keep_the_text_and_speak_the_page_language(client, products):
    response = _post(client, products["vase"], phone="", email="", message="Xin báo giá giúp tôi.")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Xin ghi số điện thoại hoặc thư điện tử" in html
    assert "Xin báo giá giúp tôi." in html  # the reader's text is kept
    assert "Nguyễn Văn Bình" in html
    assert ProducerInquiry.objects.count() == 0


def test_inquiry_errors_in_english(client, products, home_en, locale_en):
    gallery_en = products["vase"].get_parent().copy_for_translation(locale_en)
    gallery_en.save_revision().publish()
    vase_en = products["vase"].copy_for_translation(locale_en)
    vase_en.save_revision().publish()
    vase_en.refresh_from_db()
    response = _post(client, vase_en, phone="12", email="")
    html = response.content.decode()
    assert response.status_code == 400
    assert "This phone number does not look right." in html
    assert "Contact the producer" in html
    # Sent: back to the English page with its own marker and the thank-you message.
    sent = _post(client, vase_en)
    assert sent.status_code == 303
    assert sent["Location"] == f"{vase_en.url}?inquiry=sent#lien-he"
    thanks = client.get(sent["Location"].split("#")[0]).content.decode()
    assert "Thank you. Your message has gone to the editors" in thanks
    assert ProducerInquiry.objects.get().language == "en"


def test_product_page_holds_no_csrf_token_and_is_page_cached(client, products, page_cache):
    vase = products["vase"]
    first = client.get(vase.url)
    html = first.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert f'action="/gui-bieu-mau/inquiry/{vase.pk}/#lien-he"' in html
    assert "Cảm ơn bạn" not in html
    assert first["X-Page-Cache"] == "miss"
    assert client.get(vase.url)["X-Page-Cache"] == "hit"
    # The form of the cached page works; the thank-you page is a page-cache key of its own.
    sent = _post(client, vase)
    assert sent.status_code == 303
    thanks = client.get(sent["Location"].split("#")[0])
    assert "Cảm ơn bạn" in thanks.content.decode()
    assert "Cảm ơn bạn" not in client.get(vase.url).content.decode()
    assert ProducerInquiry.objects.count() == 1


def test_inquiry_from_another_site_or_by_get_or_to_another_page_is_refused(
    client, products, gallery
):
    vase = products["vase"]
    foreign = client.post(
        inquiry_url(vase),
        {"name": "Lan", "phone": "0912345678", "message": "?"},
        HTTP_ORIGIN="https://evil.example",
    )
    assert foreign.status_code == 403
    assert vase.url in foreign.content.decode()  # a way back to the product
    assert client.get(inquiry_url(vase)).status_code == 405
    # Only the registered page type, only live pages, only registered forms.
    assert client.post(f"/gui-bieu-mau/inquiry/{gallery.pk}/", {}).status_code == 404
    assert client.post(f"/gui-bieu-mau/khong-co/{vase.pk}/", {}).status_code == 404
    vase.unpublish()
    assert _post(client, vase).status_code == 404
    assert ProducerInquiry.objects.count() == 0


def test_a_used_form_is_shown_again_not_stored_twice(client, products, editors_email):
    token = sign_timestamp("inquiry", time.time() - 30)
    assert _post(client, products["vase"], form_ts=token).status_code == 303
    again = _post(client, products["vase"], form_ts=token)
    assert again.status_code == 400
    assert "Biểu mẫu này đã được gửi" in again.content.decode()
    assert ProducerInquiry.objects.count() == 1
    assert len(mail.outbox) == 1


def test_honeypot_and_fast_submissions_are_rejected(client, products, editors_email):
    vase = products["vase"]
    assert _post(client, vase, website_url="http://spam.example").status_code == 400
    too_fast = _post(client, vase, form_ts=sign_timestamp("inquiry"))
    assert too_fast.status_code == 400
    assert "gửi quá nhanh" in too_fast.content.decode()
    forged = _post(client, vase, form_ts="1700000000")
    assert forged.status_code == 400
    assert ProducerInquiry.objects.count() == 0
    assert mail.outbox == []


def test_too_many_links_are_rejected(client, products):
    message = "Xem https://a.example https://b.example https://c.example"
    response = _post(client, products["vase"], message=message)
    assert response.status_code == 400
    assert "quá nhiều đường liên kết" in response.content.decode()


def test_banned_words_are_kept_as_spam_and_not_emailed(client, products, editors_email, settings):
    settings.KCQG_SPAM_WORDS = ["casino"]
    settings.KCQG_SPAM_DOMAINS = ["spam.example"]
    assert _post(client, products["vase"], message="Chơi casino trực tuyến").status_code == 303
    assert _post(client, products["tea"], email="x@mail.spam.example").status_code == 303
    inquiries = list(ProducerInquiry.objects.order_by("pk"))
    assert [i.is_spam for i in inquiries] == [True, True]
    assert inquiries[0].spam_reason == "word:casino"
    assert inquiries[1].spam_reason == "domain:mail.spam.example"
    assert mail.outbox == []


def test_rate_limit_gives_a_readable_429(client, products, editors_email, settings):
    settings.KCQG_RATE_LIMITS = {"inquiry": (2, 3600)}
    assert _post(client, products["vase"]).status_code == 303
    assert _post(client, products["vase"]).status_code == 303
    response = _post(client, products["vase"])
    assert response.status_code == 429
    assert "Bạn đã gửi quá nhiều lần" in response.content.decode()
    assert response["Retry-After"] == "3600"
    assert ProducerInquiry.objects.count() == 2


def test_inquiry_without_editors_email_is_still_stored(client, products):
    assert _post(client, products["vase"]).status_code == 303
    assert ProducerInquiry.objects.count() == 1
    assert mail.outbox == []


def test_inquiries_are_listed_in_the_admin_and_cannot_be_added(
    client, admin_user, products, editors_email
):
    _post(client, products["vase"])
    client.force_login(admin_user)
    index = client.get("/admin/showcase_inquiry/")
    assert index.status_code == 200
    html = index.content.decode()
    assert "Nguyễn Văn Bình" in html
    assert "/admin/showcase_inquiry/new/" not in html
    assert client.get("/admin/showcase_inquiry/?is_spam=true").status_code == 200
    assert client.get("/admin/showcase_inquiry/new/").status_code in (302, 403)
    inquiry = ProducerInquiry.objects.get()
    assert client.get(f"/admin/showcase_inquiry/inspect/{inquiry.pk}/").status_code == 200


def test_gallery_counter_reads_naturally(client, products):
    html = client.get(products["vase"].url).content.decode()
    counters = re.findall(r'<span class="visually-hidden">([^<]+)</span>', html)
    assert "Ảnh 1/5 – bấm để xem ảnh lớn" in counters
    assert "Ảnh 5/5 – bấm để xem ảnh lớn" in counters
    assert "trên" not in " ".join(counters)


def test_gallery_pages_use_the_one_pagination(client, gallery, monkeypatch):
    import showcase.listing

    monkeypatch.setattr(showcase.listing, "PRODUCTS_PER_PAGE", 2)
    for n in range(3):
        make_product(gallery, title=f"Sản phẩm {n}", award_level="cap-tinh")
    html = client.get(gallery.url, {"level": "cap-tinh"}).content.decode()
    assert '<li aria-current="page">Trang 1/2</li>' in html
    assert 'rel="next" href="?level=cap-tinh&amp;page=2"' in html
