"""Word from inside the page editor: "Tạo bài từ Word" on each news index (Vietnamese and
English) and "Nhập nội dung từ Word" in the edit view of an article, which fills its draft
as a new revision. Editors (not administrators) may; others get 403; bad uploads 400."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Revision

from news.models import NewsArticlePage
from tests.archive.conftest import news_article
from tests.archive.docx_samples import ARTICLE_BLOCKS, article_docx, empty_docx
from tests.website.admin_forms import make_editor

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def post(client, url, data, name="bai-viet.docx"):
    return client.post(url, {"document": SimpleUploadedFile(name, data, content_type=DOCX)})


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(make_editor(django_user_model))
    return client


@pytest.fixture
def outsider_client(client, django_user_model):
    """A user who may open the admin but has no permission on any page."""
    user = django_user_model.objects.create_user("khach", "khach@example.vn", "pw-12345")
    group = Group.objects.create(name="Chỉ xem quản trị")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    return client


@pytest.fixture
def article(news_index):
    """An editor's draft with a paragraph of their own."""
    page = news_article(
        news_index,
        "Bài của biên tập viên",
        "bai-cua-bien-tap-vien",
        body=[{"type": "paragraph", "value": "<p>Đoạn biên tập viên đã viết.</p>"}],
        live=False,
    )
    page.save_revision()
    return page


def fill_url(page):
    return reverse("archive_word_fill", args=[page.pk])


def test_each_news_index_offers_word_import_under_itself(editor_client, news_index, news_index_en):
    for index in (news_index, news_index_en):
        listing = editor_client.get(reverse("wagtailadmin_explore", args=[index.pk]))
        assert reverse("archive_word_import", args=[index.pk]) in listing.content.decode()
        assert "Tạo bài từ Word" in listing.content.decode()


def test_word_import_under_the_english_index(editor_client, news_index_en):
    url = reverse("archive_word_import", args=[news_index_en.pk])
    page_form = editor_client.get(url)
    assert page_form.status_code == 200
    assert "“News”" in page_form.content.decode()
    response = post(editor_client, url, article_docx(images=False))
    page = NewsArticlePage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.get_parent().pk == news_index_en.pk
    assert page.locale.language_code == "en"
    assert page.category.locale.language_code == "en"


def test_word_import_needs_add_permission_on_that_index(outsider_client, news_index):
    url = reverse("archive_word_import", args=[news_index.pk])
    assert outsider_client.get(url).status_code == 403
    assert post(outsider_client, url, article_docx(images=False)).status_code == 403
    listing = outsider_client.get(reverse("wagtailadmin_explore", args=[news_index.pk]))
    assert url not in listing.content.decode()
    assert not NewsArticlePage.objects.exists()


def test_word_import_only_under_a_news_index(editor_client, news_index, home):
    assert editor_client.get(reverse("archive_word_import", args=[home.pk])).status_code == 404
    assert editor_client.get(reverse("archive_word_import", args=[99999])).status_code == 404


def test_edit_view_offers_word_fill(editor_client, article, news_index):
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert fill_url(article) in edit.content.decode()
    assert "Nhập nội dung từ Word" in edit.content.decode()
    index_edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[news_index.pk]))
    assert "Nhập nội dung từ Word" not in index_edit.content.decode()


def test_word_fill_is_a_new_revision_and_keeps_the_old_one(editor_client, article):
    before = article.revisions.count()
    response = post(editor_client, fill_url(article), article_docx())
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[article.pk])
    assert article.revisions.count() == before + 1

    draft = NewsArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert draft.title == "Bài của biên tập viên"  # not empty: kept
    assert draft.lead == "Sa pô của bài viết."  # not empty: kept
    assert [block.block_type for block in draft.body] == ARTICLE_BLOCKS
    assert "Đoạn biên tập viên đã viết." not in str(draft.body.raw_data)
    previous = Revision.page_revisions.filter(object_id=str(article.pk)).order_by("-pk")[1]
    assert "Đoạn biên tập viên đã viết." in str(previous.as_object().body.raw_data)

    edit = editor_client.get(response["Location"])
    assert "Phiên bản trước vẫn còn trong Lịch sử" in edit.content.decode()


def test_word_fill_leaves_the_live_page_alone(editor_client, article):
    article.save_revision().publish()
    post(editor_client, fill_url(article), article_docx(images=False))
    live = NewsArticlePage.objects.get(pk=article.pk)
    assert live.has_unpublished_changes
    assert "Đoạn biên tập viên đã viết." in str(live.body.raw_data)


def test_word_fill_fills_an_empty_lead(editor_client, article):
    article.lead = ""
    article.save_revision(clean=False)  # a draft saved before the lead was written
    post(editor_client, fill_url(article), article_docx(images=False))
    draft = NewsArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert draft.lead == "Năm 2025, đề án khuyến công hỗ trợ 3 hợp tác xã mua máy sấy."


def test_word_fill_needs_edit_permission(outsider_client, article):
    before = article.revisions.count()
    assert outsider_client.get(fill_url(article)).status_code == 403
    assert post(outsider_client, fill_url(article), article_docx()).status_code == 403
    assert article.revisions.count() == before


def test_word_fill_only_into_a_news_article(editor_client, news_index):
    assert editor_client.get(fill_url(news_index)).status_code == 404


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"MZ not a document", "virus.docx", "không phải tài liệu Word"),
        (b"text", "ghi-chu.txt", "Chỉ nhận tài liệu Word (.docx)"),
        (b"", "rong.docx", "Tệp rỗng"),
        (empty_docx(), "trang.docx", "không có nội dung nào để nhập"),
    ],
    ids=["not-a-docx", "wrong-extension", "empty-file", "blank-document"],
)
def test_word_fill_refuses_bad_uploads_with_400(editor_client, article, data, name, message):
    before = article.revisions.count()
    response = post(editor_client, fill_url(article), data, name=name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert article.revisions.count() == before


def test_word_fill_refuses_a_file_too_big(editor_client, article, settings):
    settings.KCQG_WORD_MAX_BYTES = 1024
    response = post(editor_client, fill_url(article), article_docx())
    assert response.status_code == 400
    assert "Tệp quá lớn" in response.content.decode()
    assert "tối đa 1,0" in response.content.decode()


def test_word_fill_without_a_file(editor_client, article):
    response = editor_client.post(fill_url(article), {})
    assert response.status_code == 400
    assert "Hãy chọn một tài liệu Word" in response.content.decode()


def test_word_import_refuses_a_blank_document(editor_client, news_index):
    response = post(editor_client, reverse("archive_word_import"), empty_docx())
    assert response.status_code == 400
    assert "không có nội dung nào để nhập" in response.content.decode()
    assert not NewsArticlePage.objects.exists()
