"""Smaller traps of the admin: one language per taxonomy field, the author list's
language, creating an author from the picker, image descriptions before publishing."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import inline_formset, rich_text

from demo.build import demo_image
from news.models import Author
from policies.models import PolicyIndexPage
from showcase.models import CaseStudyIndexPage, CaseStudyPage, ProductGalleryPage, ProductPage
from tests.website.admin_forms import form_errors, make_editor, page_data, published_child
from tests.website.test_admin_input import case_study_data
from website.models import Province, SupportType


@pytest.fixture
def editor(client, django_user_model):
    user = make_editor(django_user_model)
    client.force_login(user)
    return user


def checkbox_labels(html, name):
    """The labels of the checkboxes ``name`` in a form, as the editor reads them."""
    return re.findall(
        rf'<input type="checkbox" name="{name}" value="\d+"[^>]*>\s*([^<]+?)\s*</label>', html
    )


@pytest.mark.django_db
def test_case_study_lists_support_types_of_its_own_language_only(client, editor, home):
    index = published_child(home, CaseStudyIndexPage(title="Mô hình", slug="mo-hinh"))
    html = client.get(f"/admin/pages/add/showcase/casestudypage/{index.pk}/").content.decode()
    labels = checkbox_labels(html, "support_types")
    vietnamese = SupportType.objects.filter(locale__language_code="vi")
    assert sorted(labels) == sorted(vietnamese.values_list("name", flat=True))
    assert SupportType.objects.filter(locale__language_code="en").count() == len(labels)

    english = SupportType.objects.filter(locale__language_code="en").first()
    response = client.post(
        f"/admin/pages/add/showcase/casestudypage/{index.pk}/",
        {**case_study_data(), "support_types": [english.pk]},
    )
    assert response.status_code == 200
    assert "support_types" in form_errors(response)  # refused, not switched silently
    assert not CaseStudyPage.objects.exists()

    chosen = list(vietnamese[:2])
    response = client.post(
        f"/admin/pages/add/showcase/casestudypage/{index.pk}/",
        {**case_study_data(), "support_types": [s.pk for s in chosen]},
    )
    assert response.status_code == 302, form_errors(response)
    assert set(CaseStudyPage.objects.get().support_types.all()) == set(chosen)


@pytest.mark.django_db
def test_policy_scope_lists_provinces_of_its_own_language_only(client, editor, home):
    index = published_child(home, PolicyIndexPage(title="Chính sách", slug="chinh-sach"))
    html = client.get(f"/admin/pages/add/policies/policypage/{index.pk}/").content.decode()
    provinces = checkbox_labels(html, "provinces")
    assert len(provinces) == Province.objects.filter(locale__language_code="vi").count() == 34
    assert "Thanh Hóa" in provinces and "Thanh Hoa" not in provinces


@pytest.mark.django_db
def test_author_list_has_a_language_column_and_filter(client, editor, locale_vi, locale_en):
    Author.objects.create(name="Trần Đức Khải", locale=locale_vi)
    Author.objects.create(name="Tran Duc Khai", locale=locale_en)
    url = reverse(Author.snippet_viewset.get_url_name("list"))
    html = client.get(url).content.decode()
    assert "Trần Đức Khải" in html and "Tran Duc Khai" in html
    headers = re.findall(r"<th[^>]*>\s*(?:<a[^>]*>)?\s*([^<]+?)\s*<", html)
    assert "Ngôn ngữ" in headers
    assert "Vùng miền" not in html
    english_only = client.get(url, {"locale": "en"}).content.decode()
    assert "Tran Duc Khai" in english_only and "Trần Đức Khải" not in english_only


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "name"), [("vi", "Lê Thị Hồng Nhung"), ("en", "Le Thi Nhung")]
)
def test_an_author_is_created_from_the_picker_in_the_page_language(
    client, editor, locale_en, language, name
):
    chooser = Author.snippet_viewset.chooser_viewset
    html = client.get(reverse(chooser.get_url_name("choose")), {"locale": language}).content
    assert b"creation_form" in html or b"create" in html.lower()
    response = client.post(
        reverse(chooser.get_url_name("create")) + f"?locale={language}",
        {"name": name, "role": "Phóng viên"},
    )
    assert response.status_code == 200
    assert b'"step": "chosen"' in response.content
    author = Author.objects.get(name=name)
    assert author.locale.language_code == language
    assert author.role == "Phóng viên"


def product_data(image, action=None):
    fields = {
        "title": "Chiếu cói Kim Sơn",
        "slug": "",
        "product_group": "thu-cong-my-nghe",
        "award_level": "cap-quoc-gia",
        "award_year": "2019",
        "certificate_number": "",
        "description": rich_text("<p>Chiếu cói dệt tay.</p>"),
        "where_to_buy": rich_text(""),
        "producer_name": "Hợp tác xã cói Kim Sơn",
        "producer_province": Province.objects.get(slug="ninh-binh", locale__language_code="vi").pk,
        "producer_address": "",
        "producer_phone": "",
        "producer_email": "",
        "producer_website": "",
        "images": inline_formset([{"image": image.pk, "caption": "Chiếu cói"}], min=1),
    }
    if action:
        fields[action] = "1"
    return page_data(fields, streams=("specifications",))


@pytest.mark.django_db
def test_a_product_image_needs_a_description_before_it_is_submitted(client, editor, home):
    assert Workflow.objects.filter(active=True).exists()
    gallery = published_child(home, ProductGalleryPage(title="Sản phẩm", slug="san-pham"))
    image = demo_image("Chiếu cói Kim Sơn", width=400, height=300)
    image.description = ""  # uploaded without one
    image.save()
    url = f"/admin/pages/add/showcase/productpage/{gallery.pk}/"

    response = client.post(url, product_data(image, action="action-submit"))
    assert response.status_code == 200
    message = form_errors(response)["images-0-image"][0]
    assert "chưa có mô tả" in message and "Chiếu cói Kim Sơn" in message
    assert not ProductPage.objects.exists()

    # A draft may be saved without; submitting it is refused until the image has one.
    assert client.post(url, product_data(image)).status_code == 302
    page = ProductPage.objects.get()
    edit = f"/admin/pages/{page.pk}/edit/"
    data = product_data(image, action="action-submit")
    data.update({"images-INITIAL_FORMS": "1", "images-0-id": page.images.get().pk})
    assert client.post(edit, data).status_code == 200
    image.description = "Chiếu cói dệt tay hoa văn đỏ"
    image.save()
    assert client.post(edit, data).status_code == 302
    assert Page.objects.get(pk=page.pk).workflow_in_progress
