"""The admin in Vietnamese: what an editor, a moderator and a translator meet.

A Vietnamese editor of the "Biên tập viên" group (preferred admin language vi) walks
the login page, dashboard, page editor, choosers, history and workflow screens and
the translation screens; a moderator sees the review screens. The English strings
Wagtail, wagtail-localize, taggit and Django show when their Vietnamese catalogues
have gaps must be gone, and the Vietnamese of locale_upstream/ must be there.
"""

import html as htmllib
import json
import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.operations import TranslationCreator

from demo.build import demo_image
from news.factories import AuthorFactory, NewsArticlePageFactory, NewsCategoryFactory
from news.models import NewsIndexPage
from website.groups import EDITORS, MODERATORS, WORKFLOW

# English a Vietnamese editor met (issue 19) or would meet on these screens, each
# checked as a whole phrase in the visible text (text, labels, placeholders, titles).
ENGLISH = [
    "Sign in",
    "Sign in to Wagtail",
    "Forgotten password?",
    "Remember me",
    "Images",
    "Documents",
    "Reports",
    "Page title",
    "Save draft",
    "Choose",
    "A comma-separated list of tags.",
    "Alt text",
    "Request changes",
    "Translate this page",
    "Autosave is paused",
    "The page could not be created due to validation errors.",
    "There are validation errors, click save to highlight them.",
    "Go to the first error",
    "History",
    "Log out",
    "Help",
    "Search…",
    "Your most recent edits",
    "Awaiting your review",
    "Add child page",
    "Submit for moderation",
    "Last published",
    "Workflow",
    "Workflow history",
    "Edit this page",
    "Previous",
    "Next",
    "Locked pages",
    "Aging pages",
    "Site history",
    "Snippets",
    "Account",
    "Toggle sidebar",
    "Main menu",
    "Choose an image",
    "Latest images",
    "Choose a document",
    "Choose a page",
    "Upload",
    "Sort by",
    "Apply filters",
    "Live",
    "Current draft",
    "Content",
    "Promote",
    "Privacy",
    "Comments",
    "Keyboard shortcuts",
    "Timeline",
    "In progress",
    "Approve",
    "Translations",
    "Sync translated pages",
    "Bản ghi nhớ",
    "Vùng miền",
    "Locale",
    "Password",
    "Yêu cầu xem xét",
]


def _labels(data):
    """Every "label" of the JSON the admin's sidebar is drawn from (menu items)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "label" and isinstance(value, str):
                yield value
            else:
                yield from _labels(value)
    elif isinstance(data, list):
        for value in data:
            yield from _labels(value)


def visible_text(body):
    """Text nodes and the labels a person reads or hears, one item each (the sidebar
    menu too, which the admin draws from JSON in the page)."""
    sidebar = re.search(r'(?s)<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', body)
    menu = list(_labels(json.loads(sidebar.group(1)))) if sidebar else []
    body = re.sub(r"(?is)<(script|style|svg|template)\b.*?</\1>", " ", body)
    items = re.findall(r'(?:aria-label|placeholder|title|alt)="([^"]*)"', body)
    items += re.sub(r"<[^>]+>", "\n", body).split("\n")
    items += menu
    return [" ".join(htmllib.unescape(item).split()) for item in items if item.strip()]


def english_in(texts):
    return sorted(
        phrase
        for phrase in ENGLISH
        if any(re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text) for text in texts)
    )


def page_text(response):
    assert response.status_code == 200, response
    body = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        body = json.loads(body)["html"]
    return visible_text(body)


def vietnamese_user(django_user_model, username, group):
    """A staff member of ``group`` whose admin language is Vietnamese."""
    user = django_user_model.objects.create_user(username, f"{username}@example.vn", "pw-1-kcqg")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


@pytest.fixture
def editor(django_user_model):
    return vietnamese_user(django_user_model, "bientap", EDITORS)


@pytest.fixture
def moderator(django_user_model):
    return vietnamese_user(django_user_model, "kiemduyet", MODERATORS)


@pytest.fixture
def site_content(home, home_en, locale_en, editor):
    index = NewsIndexPage(title="Tin tức", slug="tin-tuc", intro="Tin hoạt động khuyến công.")
    home.add_child(instance=index)
    index.save_revision().publish()
    TranslationCreator(editor, [locale_en]).create_translations(index)
    author = AuthorFactory(name="Ngô Quang Trung", role="Chuyên viên Cục Công Thương địa phương")
    image = demo_image("Lớp tập huấn", width=640, height=480, description="Lớp tập huấn")
    article = NewsArticlePageFactory.build(
        title="Tập huấn kỹ năng quản trị cho cơ sở công nghiệp nông thôn",
        slug="tap-huan-ky-nang",
        author=author,
        category=NewsCategoryFactory(name="Đào tạo, tập huấn", slug="dao-tao-tap-huan"),
        hero_image=image,
    )
    article.live = False
    index.add_child(instance=article)
    revision = article.save_revision(user=editor)
    Workflow.objects.get(name=WORKFLOW).start(article, editor)
    return {"index": index, "article": article, "revision": revision, "image": image}


def _walk(client, urls):
    """{url: visible text} of each admin screen."""
    return {url: page_text(client.get(url)) for url in urls}


@pytest.mark.django_db
def test_login_page_is_vietnamese(client):
    response = client.get("/admin/login/")
    texts = page_text(response)
    assert english_in(texts) == []
    joined = "\n".join(texts)
    assert "Đăng nhập - Wagtail" in response.content.decode()  # the <title>
    for phrase in ("Đăng nhập Wagtail", "Quên mật khẩu?", "Ghi nhớ đăng nhập", "Mật khẩu"):
        assert phrase in joined


@pytest.mark.django_db
def test_editor_screens_are_vietnamese(client, editor, site_content, locale_en):
    client.force_login(editor)
    article, index = site_content["article"], site_content["index"]
    screens = _walk(
        client,
        [
            "/admin/",
            f"/admin/pages/add/news/newsarticlepage/{index.pk}/",
            f"/admin/pages/{article.pk}/edit/",
            f"/admin/pages/{article.pk}/history/",
            f"/admin/pages/{article.pk}/workflow_history/",
            f"/admin/pages/{index.pk}/",
            "/admin/snippets/choose/news/author/",
            "/admin/images/chooser/",
            "/admin/documents/chooser/",
            "/admin/choose-page/",
            "/admin/images/",
            f"/admin/images/{site_content['image'].pk}/",
            "/admin/snippets/news/author/add/",
            "/admin/account/",
        ],
    )
    leftovers = {url: english_in(texts) for url, texts in screens.items()}
    assert {url: found for url, found in leftovers.items() if found} == {}

    def has(url, *phrases):
        joined = "\n".join(screens[url])
        missing = [phrase for phrase in phrases if phrase not in joined]
        assert not missing, f"{url}: {missing} in {joined}"

    has("/admin/", "Ảnh", "Tài liệu", "Báo cáo", "Đăng xuất", "Tài khoản")
    has("/admin/", "Trang và mục dùng chung của bạn đang trong quy trình duyệt", "Đang chờ")
    add = f"/admin/pages/add/news/newsarticlepage/{index.pk}/"
    has(add, "Tiêu đề trang", "Lưu nháp", "Gửi duyệt", "Nội dung", "Quảng bá")
    has(add, "Danh sách thẻ, cách nhau bằng dấu phẩy.", "Chọn tác giả")
    edit = f"/admin/pages/{article.pk}/edit/"
    has(edit, "Lịch sử", "Tự động lưu đang tạm dừng", "Dịch trang này")
    has(f"/admin/pages/{article.pk}/history/", "Lịch sử")
    has(f"/admin/pages/{article.pk}/workflow_history/", "Lịch sử quy trình duyệt", "Duyệt bài")
    has("/admin/snippets/choose/news/author/", "Chọn\ntác giả", "Ngô Quang Trung", "Ngôn ngữ")
    has("/admin/images/chooser/", "Chọn ảnh", "Ảnh mới nhất", "Tải lên")
    has("/admin/documents/chooser/", "Chọn tài liệu", "Tải lên")
    has(f"/admin/images/{site_content['image'].pk}/", "Tiêu điểm", "Dung lượng tệp")
    has("/admin/account/", "Ngôn ngữ ưu tiên", "Múi giờ hiện tại")

    # A page saved with an error: the validation banner is Vietnamese.
    form = nested_form_data(
        {"title": "", "slug": "", "intro": "Giới thiệu.", "body": streamfield([])}
    )
    response = client.post(f"/admin/pages/add/website/standardpage/{index.get_parent().pk}/", form)
    texts = page_text(response)
    assert "Không tạo được trang vì có lỗi nhập liệu." in "\n".join(texts)
    assert english_in(texts) == []


@pytest.mark.django_db
def test_moderator_review_screens_are_vietnamese(client, moderator, site_content):
    client.force_login(moderator)
    article = site_content["article"]
    screens = _walk(
        client, ["/admin/", f"/admin/pages/{article.pk}/edit/", "/admin/reports/workflow/"]
    )
    assert {url: english_in(texts) for url, texts in screens.items() if english_in(texts)} == {}
    dashboard = "\n".join(screens["/admin/"])
    assert "Đang chờ bạn duyệt" in dashboard and article.title in dashboard
    assert "Yêu cầu chỉnh sửa" in "\n".join(screens[f"/admin/pages/{article.pk}/edit/"])
    assert "Quy trình duyệt" in "\n".join(screens["/admin/reports/workflow/"])


@pytest.mark.django_db
def test_translation_screens_are_vietnamese(client, editor, site_content, locale_en):
    client.force_login(editor)
    article = site_content["article"]
    submit = f"/admin/localize/submit/page/{article.pk}/"
    texts = page_text(client.get(submit))
    assert english_in(texts) == []
    assert "Dịch trang" in "\n".join(texts)

    TranslationCreator(editor, [locale_en]).create_translations(article)
    english = article.get_translation(locale_en)
    body = client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    # wagtail-localize's editor is a React app: its strings come from its JS catalogue.
    assert 'id="editor"' in body or "data-props" in body
    catalogue = client.get("/admin/localize/jsi18n/").content.decode()
    for english_text, vietnamese in [
        ("Publish in ", "Xuất bản bằng "),
        ("Not translated", "Chưa dịch"),
        ("segments translated", "đoạn đã dịch"),
        ("Download PO file", "Tải tệp PO về"),
        ("Translate with ", "Dịch bằng "),
    ]:
        assert json.dumps(english_text) in catalogue
        assert json.dumps(vietnamese, ensure_ascii=False) in catalogue or (
            json.dumps(vietnamese) in catalogue
        )
    admin_js = client.get("/admin/jsi18n/").content.decode()
    for vietnamese in ("Văn bản thay thế", "Đang tự động lưu…", "Ảnh trang trí", "Trả lời"):
        assert (
            json.dumps(vietnamese) in admin_js
            or json.dumps(vietnamese, ensure_ascii=False) in admin_js
        )
