"""Import from Word: an editor (not an administrator) starts an article from a .docx."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from news.models import NewsArticlePage
from tests.archive.docx_samples import ARTICLE_BLOCKS, article_docx, unsafe_docx
from tests.website.admin_forms import make_editor

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def upload(client, data, name="bai-viet.docx"):
    return client.post(
        reverse("archive_word_import"),
        {"document": SimpleUploadedFile(name, data, content_type=DOCX)},
        follow=True,
    )


@pytest.fixture
def editor_client(client, django_user_model, news_index):
    client.force_login(make_editor(django_user_model))
    return client


def test_docx_becomes_a_draft_whose_preview_shows_it_in_order(editor_client):
    response = upload(editor_client, article_docx())
    assert response.status_code == 200
    page = NewsArticlePage.objects.get()
    assert not page.live and page.has_unpublished_changes
    assert page.title == "Hỗ trợ máy sấy nông sản cho hợp tác xã Tân Phú"
    assert page.lead == "Năm 2025, đề án khuyến công hỗ trợ 3 hợp tác xã mua máy sấy."
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "Đã tạo bài nháp" in response.content.decode()
    assert [block.block_type for block in page.body] == ARTICLE_BLOCKS
    assert get_image_model().objects.count() == 2

    preview = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    html = preview.content.decode()
    order = [
        "<h2>Kết quả sau một năm</h2>",
        "<b>gấp đôi</b>",
        "<i>một phần ba</i>",
        "<li>Máy sấy 500 kg/mẻ</li>",
        "450.000.000",
        "Máy sấy tại hợp tác xã Tân Phú",
        "Lớp đào tạo vận hành máy",
        "Hợp tác xã dự kiến mở rộng",
    ]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert 'alt="Máy sấy tại hợp tác xã Tân Phú"' in html


def test_macro_and_external_image_are_dropped_with_a_message(editor_client):
    response = upload(editor_client, unsafe_docx(), name="bai-viet.docm")
    html = response.content.decode()
    assert "Tài liệu có macro; macro đã bị bỏ, không chạy." in html
    assert "Đã bỏ 1 ảnh liên kết từ bên ngoài tài liệu" in html
    page = NewsArticlePage.objects.get()
    assert [block.block_type for block in page.body].count("image") == 1
    assert get_image_model().objects.count() == 1
    assert "tracker.example" not in str(page.body.raw_data)


def test_not_a_word_document_is_refused_with_400(editor_client):
    response = upload(editor_client, b"MZ not a document", name="virus.docx")
    assert response.status_code == 400
    assert "không phải tài liệu Word" in response.content.decode()
    response = upload(editor_client, b"text", name="ghi-chu.txt")
    assert response.status_code == 400
    assert not NewsArticlePage.objects.exists()


def test_only_those_who_may_add_news(client, django_user_model, news_index):
    user = django_user_model.objects.create_user("docgia", "d@example.vn", "pw-12345")
    client.force_login(user)
    # No admin access at all: Wagtail sends them to its login page.
    assert client.get(reverse("archive_word_import")).status_code == 302
