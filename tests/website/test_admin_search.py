"""Every picker and listing of the admin answers any search, with and without diacritics."""

import contextlib
import io

import pytest
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse
from PIL import Image as PILImage
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from news.models import Author, NewsCategory
from tests.website.admin_forms import make_editor
from website.models import Province, StandardPage

QUERIES = ["Ngô", "ngo", "đ", "%'", "a" * 300]
LANGUAGES = [None, "vi", "en"]


def admin_search_urls():
    """(label, url) of every search an editor can run in the admin: each picker
    (chooser viewsets: snippets, images, documents…; the page picker) and each
    listing of a model viewset (snippets and the others)."""
    get_snippet_models()  # loads the hooks: every viewset is registered
    urls = []
    for viewset in viewsets.viewsets:
        if isinstance(viewset, ChooserViewSet):
            for name in ("choose", "choose_results"):
                urls.append((f"{viewset.name} {name}", reverse(viewset.get_url_name(name))))
        elif isinstance(viewset, ModelViewSet):
            for name in ("index", "index_results", "list", "list_results"):
                with contextlib.suppress(NoReverseMatch):  # a viewset without a listing
                    urls.append((f"{viewset.name} {name}", reverse(viewset.get_url_name(name))))
    urls.append(("page chooser", reverse("wagtailadmin_choose_page")))
    urls.append(("page chooser search", reverse("wagtailadmin_choose_page_search")))
    urls.append(("page search", reverse("wagtailadmin_pages:search")))
    return urls


@pytest.fixture
def people(locale_vi, locale_en):
    return {
        "vi": Author.objects.create(name="Ngô Văn Tú", role="Giám đốc", locale=locale_vi),
        "en": Author.objects.create(name="Ngo Van Tu", role="Director", locale=locale_en),
        "other": Author.objects.create(name="Trần Đức Khải", locale=locale_vi),
    }


@pytest.mark.django_db
def test_every_picker_and_listing_answers_every_search(client, django_user_model, people, home):
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "pw-12345")
    client.force_login(admin)
    urls = admin_search_urls()
    walked = {url for _label, url in urls}
    # Every snippet's listing and picker, the image, document and page pickers.
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        assert reverse(viewset.get_url_name("list_results")) in walked
        assert reverse(viewset.chooser_viewset.get_url_name("choose_results")) in walked
    assert {"/admin/images/chooser/results/", "/admin/documents/chooser/results/"} <= walked
    failures = []
    for label, url in urls:
        for query in QUERIES:
            for language in LANGUAGES:
                params = {"q": query}
                if language:
                    params["locale"] = language
                response = client.get(url, params)
                if response.status_code >= 500:
                    failures.append((label, query, language, response.status_code))
    assert not failures


def chooser_titles(client, model, **params):
    url = reverse(model.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
    html = client.get(url, params).content.decode()
    return html


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor", "admin"])
def test_author_picker_finds_names_with_and_without_diacritics(
    client, django_user_model, people, username
):
    if username == "editor":
        user = make_editor(django_user_model)
    else:
        user = django_user_model.objects.create_superuser("qt", "qt@example.vn", "pw-12345")
    client.force_login(user)
    # As the article editor opens it: with the page's language.
    html = chooser_titles(client, Author, q="Ngô", locale="vi")
    assert "Ngô Văn Tú" in html
    assert "Ngo Van Tu" not in html  # the English author is not offered on a Vietnamese page
    assert "Trần Đức Khải" not in html
    html = chooser_titles(client, Author, q="ngo", locale="vi")
    assert "Ngô Văn Tú" in html
    html = chooser_titles(client, Author, q="ngo van")
    assert "Ngô Văn Tú" in html and "Ngo Van Tu" in html
    html = chooser_titles(client, Author, q="duc khai", locale="vi")
    assert "Trần Đức Khải" in html
    assert "Ngôn ngữ" in html
    assert "Vùng miền" not in html


@pytest.mark.django_db
def test_category_picker_searches_in_the_page_language(client, django_user_model, locale_vi):
    client.force_login(make_editor(django_user_model))
    NewsCategory.objects.create(name="Đào tạo, tập huấn", slug="dao-tao-tap-huan", locale=locale_vi)
    for query in ("Đào tạo", "dao tao", "DAO TAO"):
        assert "Đào tạo, tập huấn" in chooser_titles(client, NewsCategory, q=query, locale="vi")
    assert "Đào tạo, tập huấn" not in chooser_titles(client, NewsCategory, q="dao tao", locale="en")


@pytest.mark.django_db
def test_province_picker_is_searchable(client, django_user_model):
    client.force_login(make_editor(django_user_model))
    url = reverse(Province.snippet_viewset.chooser_viewset.get_url_name("choose"))
    html = client.get(url, {"locale": "vi"}).content.decode()
    assert 'name=\\"q\\"' in html or 'name="q"' in html  # a search box in the picker
    for query in ("thanh hoa", "Thanh Hóa", "THANH HOÁ".replace("Á", "A")):
        html = chooser_titles(client, Province, q=query, locale="vi")
        assert "Thanh Hóa" in html, query
        assert "Hà Nội" not in html
    assert "Thanh Hoa" in chooser_titles(client, Province, q="thanh hoa", locale="en")


@pytest.mark.django_db
def test_page_and_image_pickers_find_titles_without_diacritics(client, django_user_model, home):
    client.force_login(make_editor(django_user_model))
    page = StandardPage(title="Ngô Quyền và nghề rèn", slug="ngo-quyen")
    home.add_child(instance=page)
    page.save_revision().publish()
    for query in ("Ngô Quyền", "ngo quyen"):
        response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": query})
        assert response.status_code == 200
        assert "Ngô Quyền và nghề rèn" in response.content.decode(), query
    assert Page.objects.filter(title__startswith="Ngô").exists()


def _png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 30, 30)).save(buffer, format="PNG")
    return ImageFile(buffer, name="chan-dung.png")


MEDIA_SEARCHES = [
    ("wagtailimages_chooser:choose_results", "Chân dung ông Ngô Quang Trung"),
    ("wagtailimages:index_results", "Chân dung ông Ngô Quang Trung"),
    ("wagtaildocs_chooser:choose_results", "Báo cáo Đắk Lắk"),
    ("wagtaildocs:index_results", "Báo cáo Đắk Lắk"),
]
MEDIA_QUERIES = {
    "Chân dung ông Ngô Quang Trung": ["ngo", "Ngô", "NGO QUANG", "chan dung ong", "ngo qua"],
    "Báo cáo Đắk Lắk": ["dak lak", "Đắk Lắk", "bao cao", "DAK", "bao ca"],
}


@pytest.mark.django_db
@pytest.mark.parametrize(("url_name", "title"), MEDIA_SEARCHES)
def test_image_and_document_searches_find_titles_without_diacritics(
    client, editor, url_name, title
):
    """Images and documents have no folded field of their own: the backend adds the
    folded copies to their index entries."""
    get_image_model().objects.create(title="Chân dung ông Ngô Quang Trung", file=_png())
    get_image_model().objects.create(title="Bản đồ Hà Nội", file=_png())
    get_document_model().objects.create(
        title="Báo cáo Đắk Lắk", file=SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4\nhello")
    )
    get_document_model().objects.create(
        title="Kế hoạch Hà Nội", file=SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\nhello")
    )
    client.force_login(editor)
    for query in MEDIA_QUERIES[title]:
        response = client.get(reverse(url_name), {"q": query})
        assert response.status_code == 200
        html = response.content.decode()
        assert title in html, query
        assert "Hà Nội" not in html, query
    # And the other items, by their own words without diacritics.
    html = client.get(reverse(url_name), {"q": "ha noi"}).content.decode()
    assert "Hà Nội" in html and title not in html
