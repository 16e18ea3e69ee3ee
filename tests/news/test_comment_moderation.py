"""Moderating reader comments from the listing: each row opens its comment, the whole text
is readable, the article is linked, and the comment's view takes the reply and the
Duyệt / Từ chối / Thư rác buttons. Also the reader's "đang chờ duyệt" message."""

import io
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from news.models import CommentStatus, ReaderComment
from tests.news.test_comments import post_comment
from tests.website.test_exports import PAYLOADS, assert_neutralised, read_csv

LIST_URL = "/admin/snippets/news/readercomment/"
WAITING = "Ý kiến của bạn đã được gửi và đang chờ duyệt."
NO_COMMENTS = "Chưa có ý kiến nào. Mời bạn gửi ý kiến đầu tiên."

# What a reader types: diacritics, two paragraphs, well over the folded length.
LONG_BODY = (
    "Tôi là chủ cơ sở mây tre đan ở xã Phú Vinh, huyện Chương Mỹ. Năm 2023 cơ sở được hỗ "
    "trợ máy chẻ nan và máy vót nan theo đề án khuyến công địa phương, năng suất tăng gần "
    "gấp đôi so với làm tay.\n"
    "Xin hỏi ban biên tập: năm nay cơ sở muốn đầu tư thêm dây chuyền sấy bằng hơi nước thì "
    "hồ sơ đề nghị hỗ trợ nộp ở đâu, mức hỗ trợ tối đa bao nhiêu và có cần thẩm định của "
    "Sở Công Thương trước khi nộp hay không? Xin cảm ơn."
)


@pytest.fixture(autouse=True)
def _quick_forms(settings):
    settings.KCQG_FORM_MIN_SECONDS = 0
    settings.KCQG_RATE_LIMITS = {"default": (5, 600), "comment": (50, 600)}


@pytest.fixture
def article(make_article):
    return make_article("Hỗ trợ máy móc cho làng nghề mây tre đan", slug="may-tre-dan")


def _user(username, *groups):
    user = User.objects.create_user(username, f"{username}@example.vn", "mat-khau-dai-123")
    user.groups.add(*Group.objects.filter(name__in=groups))
    assert user.groups.count() == len(groups)
    return user


@pytest.fixture
def comment_moderator(db):
    return _user("kiemduyet-ykien", "Kiểm duyệt ý kiến bạn đọc")


@pytest.fixture
def moderator(db):
    return _user("kiemduyet", "Kiểm duyệt")


@pytest.fixture
def editor(db):
    return _user("bientap", "Biên tập viên")


@pytest.fixture
def sent(client, article):
    """A comment sent through the public form, as a reader would."""
    response = post_comment(client, article, name="Nguyễn Văn Hùng", body=LONG_BODY)
    assert response.status_code == 303
    return ReaderComment.objects.get()


def _rows(html):
    """The rows of the listing's table."""
    table = re.search(r'<table class="listing">.*?<tbody>(.*?)</tbody>', html, flags=re.S)
    return re.findall(r"<tr[^>]*>.*?</tr>", table.group(1), flags=re.S)


def _href(html, text):
    """The address of the link whose text is ``text``."""
    inside = r"(?:(?!</a>).)*?"
    match = re.search(
        r'<a[^>]*href="([^"]+)"[^>]*>' + inside + re.escape(text) + inside + "</a>", html, re.S
    )
    assert match, f"no link {text!r}"
    return unescape(match.group(1))


# The reader's waiting message ---------------------------------------------------------


@pytest.mark.django_db
def test_waiting_message_is_not_followed_by_no_comments_yet(client, article):
    assert NO_COMMENTS in client.get(article.url).content.decode()
    response = post_comment(client, article, body="Xin hỏi hồ sơ nộp ở đâu?")
    waiting = client.get(response["Location"].split("#")[0]).content.decode()
    assert WAITING in waiting
    assert NO_COMMENTS not in waiting
    # The plain page, as every other reader gets it, still invites the first comment.
    assert NO_COMMENTS in client.get(article.url).content.decode()


# The listing ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_listing_row_opens_the_comment_shows_the_whole_text_and_the_article(
    client, comment_moderator, sent, article
):
    client.force_login(comment_moderator)
    response = client.get(LIST_URL + "?status=pending")
    assert response.status_code == 200
    html = response.content.decode()
    [row] = _rows(html)
    # The row opens the comment's view, which brings the moderator back to this listing.
    view_url = _href(row, "Nguyễn Văn Hùng")
    assert urlsplit(view_url).path == f"{LIST_URL}inspect/{sent.pk}/"
    assert parse_qs(urlsplit(view_url).query)["next"] == [f"{LIST_URL}?status=pending"]
    # The whole comment is there, folded after its start, with its line break.
    assert "Xem toàn văn" in row
    assert "Sở Công Thương trước khi nộp hay không? Xin cảm ơn." in row
    assert "làm tay.<br>Xin hỏi ban biên tập" in row
    # The article, linked to the live page; a comment moderator may not edit pages.
    assert _href(row, article.title) == article.url
    assert "Sửa bài viết" not in row


@pytest.mark.django_db
def test_moderator_who_edits_pages_gets_the_article_editor_link(client, moderator, sent, article):
    client.force_login(moderator)
    [row] = _rows(client.get(LIST_URL).content.decode())
    assert _href(row, "Sửa bài viết") == reverse("wagtailadmin_pages:edit", args=[article.pk])
    assert _href(row, article.title) == article.url


@pytest.mark.django_db
def test_short_comment_shows_whole_without_folding(client, comment_moderator, article):
    ReaderComment.objects.create(article=article, name="Lan", body="Bài viết rất hữu ích.")
    client.force_login(comment_moderator)
    [row] = _rows(client.get(LIST_URL).content.decode())
    assert "Bài viết rất hữu ích." in row and "Xem toàn văn" not in row


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_comments(client, moderator, make_article):
    articles = [make_article(f"Bài số {i}", slug=f"bai-so-{i}") for i in range(6)]

    def queries():
        client.force_login(moderator)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(LIST_URL).status_code == 200
        return len(captured)

    ReaderComment.objects.create(article=articles[0], name="Lan", body="Ý kiến đầu.")
    queries()  # the site's root paths are cached after the first request
    few = queries()
    for i, page in enumerate(articles * 3):
        ReaderComment.objects.create(article=page, name=f"Bạn đọc {i}", body=f"Ý kiến {i}.")
    assert queries() == few


# The comment's view ----------------------------------------------------------------------


@pytest.mark.django_db
def test_moderator_replies_and_approves_from_the_comment_view(
    client, comment_moderator, sent, article
):
    client.force_login(comment_moderator)
    listing = client.get(LIST_URL + "?status=pending").content.decode()
    view_url = _href(_rows(listing)[0], "Nguyễn Văn Hùng")
    page = client.get(view_url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "làm tay.<br>Xin hỏi ban biên tập" in html  # the whole text, line breaks kept
    assert "Sở Công Thương trước khi nộp hay không? Xin cảm ơn." in html
    assert _href(html, article.title) == article.url
    assert "Chờ duyệt" in html and "lan@example.vn" in html
    for label in ("Duyệt", "Từ chối", "Thư rác", "Chỉ lưu trả lời"):
        assert f">{label}</button>" in html
    next_url = re.search(r'name="next" value="([^"]+)"', html).group(1)
    assert unescape(next_url) == f"{LIST_URL}?status=pending"

    reply = "Chào anh Hùng,\r\nhồ sơ nộp tại Trung tâm Khuyến công của tỉnh.  \r\n"
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            view_url, {"reply": reply, "action": "approve", "next": unescape(next_url)}
        )
    assert response.status_code == 302
    assert response["Location"] == f"{LIST_URL}?status=pending"
    message = client.get(response["Location"]).content.decode()
    assert "Đã duyệt ý kiến của Nguyễn Văn Hùng." in message

    sent.refresh_from_db()
    assert sent.status == CommentStatus.APPROVED
    assert sent.reply == "Chào anh Hùng,\nhồ sơ nộp tại Trung tâm Khuyến công của tỉnh."
    assert sent.moderated_by == comment_moderator and sent.moderated_at is not None
    assert ModelLogEntry.objects.filter(
        object_id=str(sent.pk), action="wagtail.edit", user=comment_moderator
    ).exists()

    client.logout()
    public = client.get(article.url).content.decode()
    assert "Ý kiến bạn đọc (1)</h2>" in public
    assert "Xin hỏi ban biên tập" in public
    assert "Ban biên tập trả lời" in public
    assert "Chào anh Hùng,<br>hồ sơ nộp tại Trung tâm Khuyến công của tỉnh." in public


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("action", "status", "message"),
    [
        ("reject", CommentStatus.REJECTED, "Đã từ chối ý kiến của Lan."),
        ("spam", CommentStatus.SPAM, "Đã đánh dấu ý kiến của Lan là thư rác."),
    ],
)
def test_reject_and_spam_from_the_comment_view_take_it_off_the_article(
    client, comment_moderator, article, action, status, message
):
    comment = ReaderComment.objects.create(
        article=article, name="Lan", body="Ý kiến đã đăng.", status=CommentStatus.APPROVED
    )
    assert "Ý kiến đã đăng." in client.get(article.url).content.decode()
    client.force_login(comment_moderator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"{LIST_URL}inspect/{comment.pk}/", {"action": action}, follow=True)
    assert message in response.content.decode()
    assert response.redirect_chain[-1][0] == LIST_URL
    comment.refresh_from_db()
    assert comment.status == status and comment.moderated_by == comment_moderator
    client.logout()
    assert "Ý kiến đã đăng." not in client.get(article.url).content.decode()


@pytest.mark.django_db
def test_save_reply_only_keeps_the_status(client, comment_moderator, sent):
    client.force_login(comment_moderator)
    response = client.post(
        f"{LIST_URL}inspect/{sent.pk}/", {"reply": "Đang xác minh.", "action": "save"}
    )
    assert response.status_code == 302
    sent.refresh_from_db()
    assert sent.status == CommentStatus.PENDING and sent.reply == "Đang xác minh."
    assert sent.moderated_by is None


@pytest.mark.django_db
def test_form_without_a_button_or_with_a_too_long_reply_is_refused(client, comment_moderator, sent):
    client.force_login(comment_moderator)
    url = f"{LIST_URL}inspect/{sent.pk}/"
    missing = client.post(url, {"reply": "Cảm ơn bạn."})
    assert missing.status_code == 400
    assert "Hãy bấm một trong các nút Duyệt, Từ chối, Thư rác, Chỉ lưu trả lời." in (
        missing.content.decode()
    )
    too_long = client.post(url, {"reply": "ô" * 2001, "action": "approve"})
    assert too_long.status_code == 400
    assert "2000" in too_long.content.decode()
    sent.refresh_from_db()
    assert sent.status == CommentStatus.PENDING and sent.reply == ""


@pytest.mark.django_db
def test_comment_view_goes_back_only_to_this_site(client, comment_moderator, sent):
    client.force_login(comment_moderator)
    response = client.post(
        f"{LIST_URL}inspect/{sent.pk}/",
        {"action": "approve", "next": "https://evil.example/admin/"},
    )
    assert response["Location"] == LIST_URL


@pytest.mark.django_db
def test_dashboard_panel_opens_the_comment_view(client, comment_moderator, sent):
    client.force_login(comment_moderator)
    home = client.get("/admin/").content.decode()
    assert f'href="{LIST_URL}inspect/{sent.pk}/"' in home


# Who may moderate ----------------------------------------------------------------------


@pytest.mark.django_db
def test_editor_without_the_permission_cannot_moderate(client, editor, sent):
    client.force_login(editor)
    url = f"{LIST_URL}inspect/{sent.pk}/"
    assert client.get(LIST_URL).status_code in (302, 403)
    view = client.get(url)
    assert view.status_code in (302, 403)
    assert "Sở Công Thương" not in view.content.decode()
    for action in ("approve", "reject", "spam", "save"):
        response = client.post(url, {"reply": "Tôi tự duyệt.", "action": action})
        assert response.status_code in (302, 403)
    sent.refresh_from_db()
    assert sent.status == CommentStatus.PENDING and sent.reply == ""


# Exports -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_comment_exports_neutralise_formulas(client, comment_moderator, article):
    for typed in PAYLOADS:
        ReaderComment.objects.create(
            article=article, name=typed, body=f"{typed} ý kiến thử", reply=typed
        )
    client.force_login(comment_moderator)
    rows = read_csv(client.get(LIST_URL + "?export=csv"))
    header = rows[0]
    for column in ("Họ và tên", "Ban biên tập trả lời"):
        assert_neutralised(rows, header.index(column))
    assert "'@SUM(A1) ý kiến thử" in {row[header.index("Ý kiến")] for row in rows}

    # The XLSX export keeps the same text as text, never as a formula.
    workbook = load_workbook(io.BytesIO(client.get(LIST_URL + "?export=xlsx").getvalue()))
    names = [cell for cell in next(workbook.active.iter_cols(min_col=3, max_col=3))][1:]
    assert {cell.value for cell in names} == set(PAYLOADS)
    assert {cell.data_type for cell in names} == {"s"}
