"""Reader comments ("Ý kiến bạn đọc"): the public form, anti-spam, display, moderation."""

import datetime as dt
import re
import time
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from news.forms import token_scope
from news.models import CommentStatus, ReaderComment
from website.antispam import sign_timestamp

COMMENT_MODERATORS = "Kiểm duyệt ý kiến bạn đọc"
BULK_URL = "/admin/bulk/news/readercomment/{action}/"


class FormReader(HTMLParser):
    """The comment form as a browser sees it: its action and its fields' values."""

    def __init__(self):
        super().__init__()
        self.action = None
        self.fields = {}
        self._in_form = False
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "rc-form" in (attrs.get("class") or ""):
            self._in_form = True
            self.action = attrs["action"]
        elif self._in_form and tag == "input" and attrs.get("name"):
            self.fields[attrs["name"]] = attrs.get("value") or ""
        elif self._in_form and tag == "textarea":
            self._textarea = attrs["name"]
            self.fields[self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._in_form = False


def read_form(html):
    reader = FormReader()
    reader.feed(html)
    return reader


@pytest.fixture
def article(make_article):
    return make_article("Hội chợ hàng công nghiệp nông thôn", slug="hoi-cho-cnnt")


@pytest.fixture(autouse=True)
def _quick_forms(settings):
    settings.KCQG_FORM_MIN_SECONDS = 0
    settings.KCQG_RATE_LIMITS = {"default": (5, 600), "comment": (50, 600)}


def post_comment(client, article, **fields):
    """Fill in the form shown on the article and send it, as a browser would."""
    form = read_form(client.get(article.url).content.decode())
    assert form.action, "no comment form on the article"
    data = dict(form.fields)
    data.update({"name": "Nguyễn Thị Lan", "email": "lan@example.vn", "body": "Bài viết hữu ích."})
    data.update(fields)
    return client.post(form.action.split("#")[0], data)


def approve(*comments):
    # The page cache expires once the change is committed (on_commit).
    with TestCase.captureOnCommitCallbacks(execute=True):
        ids = [c.pk for c in comments]
        ReaderComment.objects.filter(pk__in=ids).moderate(CommentStatus.APPROVED)


# The form and what a reader sees ----------------------------------------------------------


@pytest.mark.django_db
def test_article_form_has_no_csrf_token_and_posts_to_its_endpoint(client, article):
    response = client.get(article.url)
    html = response.content.decode()
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in html
    form = read_form(html)
    assert form.action == f"/y-kien/{article.pk}/#y-kien-ban-doc"
    assert set(form.fields) == {"name", "email", "body", "website_url", "form_ts"}
    assert "thư điện tử của bạn không được công bố" in html
    assert "<h2" in html and "Ý kiến bạn đọc</h2>" in html


@pytest.mark.django_db
def test_comment_is_pending_until_approved_then_shown_with_count(client, article):
    response = post_comment(client, article, body="Xin hỏi hồ sơ\nnộp ở đâu?")
    assert response.status_code == 303
    assert response["Location"] == f"{article.url}?binh-luan=cho-duyet#y-kien-ban-doc"
    comment = ReaderComment.objects.get()
    assert comment.status == CommentStatus.PENDING
    assert comment.article_id == article.pk
    assert comment.body == "Xin hỏi hồ sơ\nnộp ở đâu?"
    assert len(comment.ip_hash) == 32 and "127.0.0.1" not in comment.ip_hash

    waiting = client.get(response["Location"].split("#")[0]).content.decode()
    assert "Ý kiến của bạn đã được gửi và đang chờ duyệt." in waiting
    assert "nộp ở đâu" not in waiting
    assert "nộp ở đâu" not in client.get(article.url).content.decode()

    approve(comment)
    other = ReaderComment.objects.create(
        article=article, name="Trần Văn Bình", body="Cảm ơn ban biên tập.", status="approved"
    )
    ReaderComment.objects.filter(pk=other.pk).update(
        created_at=comment.created_at + dt.timedelta(minutes=5)
    )
    html = client.get(article.url).content.decode()
    assert "Ý kiến bạn đọc (2)</h2>" in html
    assert "Xin hỏi hồ sơ<br>nộp ở đâu?" in html
    assert html.index("Nguyễn Thị Lan") < html.index("Trần Văn Bình")  # oldest first
    local = timezone.localtime(comment.created_at)
    assert f"{local:%d/%m/%Y %H:%M}" in html
    assert "lan@example.vn" not in html
    assert "Ý kiến của bạn đã được gửi" not in html


@pytest.mark.django_db
def test_errors_come_back_with_the_text_kept(client, article):
    response = post_comment(client, article, name="", body="Ngắn")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ý kiến cần ít nhất 5 ký tự." in html
    assert "Trường này là bắt buộc." in html
    assert "Ngắn</textarea>" in html
    assert 'value="lan@example.vn"' in html
    assert not ReaderComment.objects.exists()


@pytest.mark.django_db
def test_english_article_speaks_english(client, article, news_index_en):
    english = article.copy_for_translation(news_index_en.locale).specific
    english.title, english.slug = "Rural industry fair", "rural-industry-fair"
    english.save_revision().publish()
    html = client.get("/en/news/rural-industry-fair/").content.decode()
    form = read_form(html)
    assert form.action == f"/en/comments/{english.pk}/#y-kien-ban-doc"
    assert "Reader comments" in html and "Send your comment" in html

    bad = client.post(f"/en/comments/{english.pk}/", {**form.fields, "name": "Lan", "body": "Hi"})
    assert bad.status_code == 400
    assert "A comment needs at least 5 characters." in bad.content.decode()
    assert "Hi</textarea>" in bad.content.decode()

    good = client.post(
        f"/en/comments/{english.pk}/", {**form.fields, "name": "Lan", "body": "Useful, thanks."}
    )
    assert good["Location"] == "/en/news/rural-industry-fair/?comment=pending#y-kien-ban-doc"
    waiting = client.get("/en/news/rural-industry-fair/?comment=pending").content.decode()
    assert "Your comment has been sent and is waiting for approval." in waiting
    assert "No comments yet" not in waiting
    assert ReaderComment.objects.get().language == "en"


XSS = [
    "<script>alert('x')</script> bình luận",
    '"><img src=x onerror=alert(1)> bình luận',
    'Xem javascript:alert(document.cookie) và <a href="javascript:alert(1)">đây</a>',
]


@pytest.mark.django_db
@pytest.mark.parametrize("payload", XSS)
def test_html_in_comments_comes_out_escaped(client, article, payload):
    post_comment(client, article, name=payload[:60], body=payload)
    comment = ReaderComment.objects.get()
    comment.reply = payload
    comment.save()
    approve(comment)
    html = client.get(article.url).content.decode()
    section = html[
        html.index('id="y-kien-ban-doc"') : html.index(
            "</section>", html.index('id="y-kien-ban-doc"')
        )
    ]
    assert "<script>alert" not in section
    assert "<img" not in section
    assert 'href="javascript:' not in section
    assert "onerror=alert" not in section or "&quot;&gt;&lt;img" in section
    assert "&lt;" in section


@pytest.mark.django_db
def test_article_with_comments_has_no_inline_script_or_style(client, article):
    post_comment(client, article)
    approve(ReaderComment.objects.get())
    html = client.get(article.url).content.decode()
    assert "style=" not in html
    scripts = re.findall(r"<script[^>]*>", html)
    assert all('type="application/ld+json"' in s or 'src="/static/' in s for s in scripts)


# Anti-spam --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_honeypot_refuses_and_stores_nothing(client, article):
    response = post_comment(client, article, website_url="http://spam.example")
    assert response.status_code == 400
    assert "Xin để trống ô cuối cùng" in response.content.decode()
    assert not ReaderComment.objects.exists()


@pytest.mark.django_db
def test_minimum_fill_time(client, article, settings):
    settings.KCQG_FORM_MIN_SECONDS = 3
    response = post_comment(client, article)
    assert response.status_code == 400
    assert "Biểu mẫu được gửi quá nhanh" in response.content.decode()
    assert not ReaderComment.objects.exists()
    # The page came back with a fresh token: the reader just sends it again, later.
    later = sign_timestamp(token_scope(article.pk), time.time() - 10)
    response = post_comment(client, article, form_ts=later)
    assert response.status_code == 303


@pytest.mark.django_db
def test_token_of_another_article_or_forged_is_refused(client, article, make_article):
    other = make_article("Bài khác", slug="bai-khac")
    old = time.time() - 60
    for token in (sign_timestamp(token_scope(other.pk), old), "forged", ""):
        response = post_comment(client, article, form_ts=token)
        assert response.status_code == 400
        assert "Biểu mẫu đã hết hạn" in response.content.decode()
    assert not ReaderComment.objects.exists()


@pytest.mark.django_db
def test_rate_limit_answers_429_with_a_readable_page(client, article, settings):
    settings.KCQG_RATE_LIMITS = {"comment": (2, 600)}
    url = f"/y-kien/{article.pk}/"

    def fresh():
        form = read_form(client.get(article.url).content.decode()).fields
        return {**form, "name": "Lan", "body": "Một ý kiến nữa."}

    assert [client.post(url, fresh()).status_code for _ in range(2)] == [303, 303]
    data = fresh()
    response = client.post(url, data)
    assert response.status_code == 429
    assert "Bạn đã gửi quá nhiều lần" in response.content.decode()
    assert response["Retry-After"] == "600"
    assert ReaderComment.objects.count() == 2
    # Another address is not affected.
    assert client.post(url, data, REMOTE_ADDR="10.1.2.3").status_code == 303


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_REFERER": "https://evil.example/trang-gia.html"},
        {"HTTP_ORIGIN": "null"},
    ],
)
def test_posts_from_another_site_are_refused(client, article, settings, headers):
    """Issue 27: `Origin: https://evil.example` was accepted (6 of 6)."""
    settings.KCQG_RATE_LIMITS = {"comment": (5, 600)}
    form = read_form(client.get(article.url).content.decode())
    url = form.action.split("#")[0]
    for _ in range(6):
        data = {**form.fields, "name": "Lan", "body": "Ý kiến gửi từ trang khác."}
        response = client.post(url, data, **headers)
        assert response.status_code == 403
        assert "Biểu mẫu này được gửi từ một trang web khác" in response.content.decode()
    assert not ReaderComment.objects.exists()
    # Refused posts are not counted: the reader can still comment from the site itself.
    same_site = {"HTTP_ORIGIN": "http://testserver", "HTTP_REFERER": f"http://testserver{url}"}
    data = {**form.fields, "name": "Lan", "body": "Ý kiến gửi từ chính trang này."}
    assert client.post(url, data, **same_site).status_code == 303
    assert ReaderComment.objects.count() == 1


@pytest.mark.django_db
def test_post_from_another_site_is_refused_in_english(client, article, news_index_en):
    english = article.copy_for_translation(news_index_en.locale).specific
    english.title, english.slug = "Rural industry fair", "rural-industry-fair"
    english.save_revision().publish()
    response = client.post(
        f"/en/comments/{english.pk}/", {"body": "x"}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert "This form was sent from another website" in response.content.decode()


@pytest.mark.django_db
def test_a_token_is_used_once(client, article):
    """Issue 27: the same form token was accepted 7 times."""
    form = read_form(client.get(article.url).content.decode())
    url = form.action.split("#")[0]
    statuses = []
    for number in range(7):
        data = {**form.fields, "name": "Lan", "body": f"Ý kiến lặp lại lần {number + 1}."}
        statuses.append(client.post(url, data).status_code)
    assert statuses == [303] + [400] * 6
    assert list(ReaderComment.objects.values_list("body", flat=True)) == ["Ý kiến lặp lại lần 1."]
    # The reader who sent twice gets the form back with the text and a fresh token.
    response = client.post(url, {**form.fields, "name": "Lan", "body": "Gửi thêm một ý nữa."})
    html = response.content.decode()
    assert "Biểu mẫu này đã được gửi" in html
    again = read_form(html)
    assert again.fields["body"].strip() == "Gửi thêm một ý nữa."
    assert again.fields["form_ts"] != form.fields["form_ts"]
    assert client.post(url, again.fields).status_code == 303
    assert ReaderComment.objects.count() == 2


@pytest.mark.django_db
def test_too_many_links_are_refused(client, article, settings):
    settings.KCQG_MAX_LINKS = 1
    response = post_comment(client, article, body="Xem https://a.vn và https://b.vn nhé")
    assert response.status_code == 400
    assert "quá nhiều đường liên kết" in response.content.decode()


@pytest.mark.django_db
def test_banned_words_and_domains_go_straight_to_spam(client, article, settings):
    settings.KCQG_SPAM_WORDS = ["casino"]
    settings.KCQG_SPAM_DOMAINS = ["spam.example"]
    first = post_comment(client, article, body="Chơi casino trực tuyến")
    second = post_comment(client, article, body="Ý kiến bình thường", email="x@spam.example")
    assert first.status_code == second.status_code == 303
    assert "binh-luan=cho-duyet" in first["Location"]  # a bot learns nothing
    spam = ReaderComment.objects.order_by("pk")
    assert [c.status for c in spam] == ["spam", "spam"]
    assert spam[0].spam_reason == "word:casino"
    assert spam[1].spam_reason == "domain:spam.example"


# Closing ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_article_switch_closes_comments_but_keeps_approved_ones(client, article):
    ReaderComment.objects.create(
        article=article, name="Lan", body="Đã duyệt rồi.", status="approved"
    )
    article.reader_comments_open = False
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "Ý kiến bạn đọc (1)</h2>" in html and "Đã duyệt rồi." in html
    assert "Bài viết này không nhận ý kiến bạn đọc." in html
    assert 'class="rc-form"' not in html
    token = sign_timestamp(token_scope(article.pk), time.time() - 60)
    response = client.post(
        f"/y-kien/{article.pk}/", {"name": "Lan", "body": "Vẫn gửi được?", "form_ts": token}
    )
    assert response.status_code == 403
    assert ReaderComment.objects.count() == 1


@pytest.mark.django_db
def test_comments_close_n_days_after_publication(client, make_article, settings):
    settings.KCQG_COMMENTS_CLOSE_AFTER_DAYS = 30
    now = timezone.now()
    fresh = make_article("Tin mới", slug="tin-moi", publish_date=now - dt.timedelta(days=29))
    old = make_article("Tin cũ", slug="tin-cu", publish_date=now - dt.timedelta(days=31))
    assert fresh.comments_open and not old.comments_open
    assert 'class="rc-form"' in client.get(fresh.url).content.decode()
    html = client.get(old.url).content.decode()
    assert 'class="rc-form"' not in html
    assert "Bài viết đã hết thời hạn nhận ý kiến bạn đọc." in html


@pytest.mark.django_db
def test_unpublished_or_private_articles_take_no_comments(client, make_article):
    draft = make_article("Bản nháp", slug="ban-nhap", live=False)
    private = make_article("Riêng tư", slug="rieng-tu", private=True)
    token = sign_timestamp(token_scope(draft.pk), time.time() - 60)
    for page in (draft, private):
        data = {"name": "Lan", "body": "Một ý kiến.", "form_ts": token}
        assert client.post(f"/y-kien/{page.pk}/", data).status_code == 404
    assert client.get(f"/y-kien/{private.pk}/").status_code == 405


# Page cache -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_cached_article_keeps_working_and_approval_expires_it(client, article, page_cache):
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    assert post_comment(client, article).status_code == 303  # the form of a cached page
    # A pending comment changes nothing readers see: the cached page stays.
    cached = client.get(article.url)
    assert cached["X-Page-Cache"] == "hit"
    assert "Bài viết hữu ích." not in cached.content.decode()
    approve(ReaderComment.objects.get())
    fresh = client.get(article.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Bài viết hữu ích." in fresh.content.decode()


@pytest.mark.django_db
def test_editing_an_approved_comments_reply_expires_the_cache(client, article, page_cache):
    comment = ReaderComment.objects.create(
        article=article, name="Lan", body="Hỏi về hồ sơ.", status="approved"
    )
    client.get(article.url)
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    comment = ReaderComment.objects.get(pk=comment.pk)
    comment.reply = "Hồ sơ nộp tại Sở Công Thương."
    with TestCase.captureOnCommitCallbacks(execute=True):
        comment.save()
    html = client.get(article.url).content.decode()
    assert "Ban biên tập trả lời" in html and "Hồ sơ nộp tại Sở Công Thương." in html


# Moderation in the admin ------------------------------------------------------------------


def _user(name, group_names):
    user = User.objects.create_user(name, f"{name}@example.vn", "mat-khau-dai-123")
    for group_name in group_names:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def moderator(db):
    return _user("kiemduyet", [COMMENT_MODERATORS])


@pytest.fixture
def editor(db):
    return _user("bientap", ["Biên tập viên"])


@pytest.fixture
def pending(article):
    return [
        ReaderComment.objects.create(article=article, name=f"Bạn đọc {i}", body=f"Ý kiến số {i}.")
        for i in range(3)
    ]


@pytest.mark.django_db
def test_comment_moderators_group_has_exactly_what_it_needs():
    group = Group.objects.get(name=COMMENT_MODERATORS)
    perms = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
    assert perms == {
        "wagtailadmin.access_admin",
        "news.view_readercomment",
        "news.change_readercomment",
        "news.delete_readercomment",
    }
    for name in ("Kiểm duyệt", "Quản trị"):
        assert (
            Group.objects.get(name=name)
            .permissions.filter(codename="change_readercomment")
            .exists()
        )
    editors = Group.objects.get(name="Biên tập viên")
    assert not editors.permissions.filter(content_type__model="readercomment").exists()
    assert not Permission.objects.filter(
        group__name=COMMENT_MODERATORS, codename="add_readercomment"
    ).exists()


@pytest.mark.django_db
def test_moderator_bulk_approves_rejects_and_marks_spam(client, moderator, pending, page_cache):
    article = pending[0].article
    client.get(article.url)  # cached for anonymous readers
    client.force_login(moderator)
    ids = "&".join(f"id={c.pk}" for c in pending[:2])
    confirm = client.get(BULK_URL.format(action="approve") + "?" + ids)
    assert confirm.status_code == 200
    assert "Bạn đọc 0" in confirm.content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(BULK_URL.format(action="approve") + "?" + ids + "&next=/admin/")
    assert response.status_code == 302
    approved = ReaderComment.objects.filter(status="approved")
    assert sorted(approved.values_list("pk", flat=True)) == [pending[0].pk, pending[1].pk]
    assert approved.first().moderated_by == moderator
    assert approved.first().moderated_at is not None

    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(BULK_URL.format(action="reject") + f"?id={pending[1].pk}")
        client.post(BULK_URL.format(action="spam") + f"?id={pending[2].pk}")
    statuses = dict(ReaderComment.objects.values_list("pk", "status"))
    assert statuses == {pending[0].pk: "approved", pending[1].pk: "rejected", pending[2].pk: "spam"}

    client.logout()
    html = client.get(article.url).content.decode()
    assert "Ý kiến số 0." in html and "Ý kiến số 1." not in html
    assert "Ý kiến bạn đọc (1)</h2>" in html


@pytest.mark.django_db
def test_plain_editor_cannot_moderate(client, editor, pending):
    client.force_login(editor)
    for action in ("approve", "reject", "spam"):
        url = BULK_URL.format(action=action) + f"?id={pending[0].pk}"
        assert client.get(url).status_code in (302, 403)
        assert client.post(url).status_code in (302, 403)
    assert set(ReaderComment.objects.values_list("status", flat=True)) == {"pending"}
    listing = client.get(reverse("wagtailsnippets_news_readercomment:list"))
    assert listing.status_code in (302, 403)
    edit = reverse("wagtailsnippets_news_readercomment:edit", args=[pending[0].pk])
    assert client.post(edit, {"status": "approved"}).status_code in (302, 403)
    assert ReaderComment.objects.get(pk=pending[0].pk).status == "pending"
    home = client.get("/admin/").content.decode()
    assert "Ý kiến bạn đọc chờ duyệt" not in home


@pytest.mark.django_db
def test_listing_filters_search_menu_badge_and_dashboard(client, moderator, pending, make_article):
    other = make_article("Bài khác", slug="bai-khac")
    ReaderComment.objects.create(
        article=other, name="Hoàng", body="Máy sấy nông sản.", status="approved"
    )
    client.force_login(moderator)
    url = reverse("wagtailsnippets_news_readercomment:list")
    html = client.get(url).content.decode()
    assert "Bạn đọc 0" in html and "Hoàng" in html
    # The menu label carries the number waiting: "Ý kiến bạn đọc (3)" (JSON for the sidebar).
    assert re.search(r'"name": "reader-comments", "label": "[^"]*\(3\)"', html)
    only_pending = client.get(url + "?status=pending").content.decode()
    assert "Bạn đọc 1" in only_pending and "Hoàng" not in only_pending
    by_article = client.get(url + f"?article={other.pk}").content.decode()
    assert "Hoàng" in by_article and "Bạn đọc 1" not in by_article
    today = timezone.localdate().isoformat()
    dated = client.get(url + f"?created_at_from={today}&created_at_to={today}")
    assert "Hoàng" in dated.content.decode()
    old = client.get(url + "?created_at_from=2000-01-01&created_at_to=2000-01-02")
    assert "Hoàng" not in old.content.decode()
    found = client.get(url + "?q=s%E1%BA%A5y").content.decode()  # "sấy"
    assert "Hoàng" in found and "Bạn đọc 1" not in found
    home = client.get("/admin/").content.decode()
    assert "Ý kiến bạn đọc chờ duyệt" in home and "Bạn đọc 2" in home


@pytest.mark.django_db
def test_moderator_edits_status_and_reply(client, moderator, pending):
    comment = pending[0]
    client.force_login(moderator)
    edit = reverse("wagtailsnippets_news_readercomment:edit", args=[comment.pk])
    assert client.get(edit).status_code == 200
    response = client.post(
        edit,
        {
            "name": comment.name,
            "body": comment.body,
            "status": "approved",
            "reply": "Cảm ơn bạn đã quan tâm.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    comment.refresh_from_db()
    assert comment.status == "approved" and comment.reply == "Cảm ơn bạn đã quan tâm."
    assert comment.moderated_by == moderator
    client.logout()
    html = client.get(comment.article.url).content.decode()
    assert "Ban biên tập trả lời" in html and "Cảm ơn bạn đã quan tâm." in html


@pytest.mark.django_db
def test_nobody_adds_comments_in_the_admin(client, pending):
    admin = User.objects.create_superuser("quantri", "q@example.vn", "mat-khau-dai-123")
    client.force_login(admin)
    response = client.get(reverse("wagtailsnippets_news_readercomment:add"))
    assert response.status_code in (302, 403)


# Notification, API, erasure ---------------------------------------------------------------


@pytest.mark.django_db
def test_moderators_are_emailed_when_asked(
    client, article, settings, django_capture_on_commit_callbacks
):
    settings.KCQG_COMMENT_NOTIFY = True
    settings.KCQG_COMMENT_MODERATOR_EMAILS = ["kiemduyet@example.vn"]
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, article, body="Cần thêm thông tin về đề án.")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kiemduyet@example.vn"]
    assert "Ý kiến bạn đọc mới" in message.subject
    assert "Cần thêm thông tin về đề án." in message.body
    assert "/admin/snippets/news/readercomment/edit/" in message.body


@pytest.mark.django_db
def test_no_email_by_default(client, article, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, article)
    assert mail.outbox == []


@pytest.mark.django_db
def test_api_lists_approved_comments_only_without_private_data(client, article):
    ReaderComment.objects.create(
        article=article,
        name="Lan",
        email="lan@example.vn",
        body="Đã duyệt.",
        reply="Cảm ơn.",
        status="approved",
        ip_hash="abc123",
    )
    ReaderComment.objects.create(article=article, name="Bình", body="Chờ duyệt.")
    data = client.get(f"/api/v2/pages/{article.pk}/").json()
    comments = data["approved_comments"]
    assert [c["name"] for c in comments] == ["Lan"]
    assert set(comments[0]) == {"name", "created", "body", "reply"}
    assert comments[0]["reply"] == "Cảm ơn."
    raw = str(data)
    assert "lan@example.vn" not in raw and "abc123" not in raw and "Chờ duyệt." not in raw


@pytest.mark.django_db
def test_delete_comments_by_email(article, capsys):
    for status in ("approved", "pending"):
        ReaderComment.objects.create(
            article=article, name="Lan", email="Lan@Example.vn", body="Ý kiến.", status=status
        )
    ReaderComment.objects.create(
        article=article, name="Bình", email="binh@example.vn", body="Khác."
    )
    call_command("delete_comments_by_email", "lan@example.vn", "--dry-run")
    assert "2 comment(s)" in capsys.readouterr().out
    assert ReaderComment.objects.count() == 3
    call_command("delete_comments_by_email", "lan@example.vn")
    assert "Deleted 2 comment(s) from lan@example.vn." in capsys.readouterr().out
    assert list(ReaderComment.objects.values_list("name", flat=True)) == ["Bình"]
