"""manage.py import_archive: the legacy sample becomes an article readers see as it was,
once; the old address redirects; malformed pages leave nothing behind."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.timezone import localtime
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Revision

from alerts.models import AlertItem, Subscription
from archive.models import ArchivedArticle
from news.factories import NewsCategoryFactory
from news.models import Author, NewsArticlePage, NewsCategory
from news.queries import most_read
from tests.archive.conftest import FIXTURES, LEGACY_SAMPLE, jpeg
from website.search import search_pages

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
OLD_URL = "http://khuyencong.gov.vn/tin-tuc/t1234/nhung-giai-phap-trong-tam.html"

pytestmark = pytest.mark.django_db


@pytest.fixture
def category_fair(locale_vi):
    return NewsCategoryFactory(
        name="Hội chợ, triển lãm", slug="hoi-cho-trien-lam", locale=locale_vi
    )


@pytest.fixture
def category_training(locale_vi):
    return NewsCategoryFactory(name="Đào tạo, tập huấn", slug="dao-tao-tap-huan", locale=locale_vi)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_archive", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return 1, out.getvalue() + str(error)
    return 0, out.getvalue()


def url_map(tmp_path, name="khuyen-cong-2019-2020.txt", url=OLD_URL):
    path = tmp_path / "urls.csv"
    path.write_text(f"{name},{url}\n", encoding="utf-8")
    return path


def state():
    """Everything an import writes, to compare two runs."""
    return (
        list(NewsArticlePage.objects.values_list("pk", "title", "live", "publish_date")),
        Revision.objects.count(),
        list(Author.objects.values_list("name", "role")),
        list(NewsCategory.objects.values_list("name", "slug", "locale__language_code")),
        list(Redirect.objects.values_list("old_path", "redirect_page_id", "is_permanent")),
        list(ArchivedArticle.objects.values_list("key", "page_id", "view_baseline")),
        get_image_model().objects.count(),
    )


def test_legacy_sample_reads_as_on_the_old_portal(
    client, news_index, news_index_en, saved, tmp_path
):
    path = saved()
    status, report = run(path, "--url-map", url_map(tmp_path))
    assert status == 0, report
    assert "tạo mới 1" in report
    # Both captions have no image beside the text page: kept, and reported.
    assert "không có tệp đi kèm" in report

    page = NewsArticlePage.objects.get()
    assert page.live and not page.reader_comments_open
    html = client.get(page.url).content.decode()
    assert "20/05/2019" in html
    assert "Lượt xem: 1.731" in html
    assert "Các đại biểu tham quan một số gian hàng SPCNNTTB giai đoạn 2014 - 2018" in html
    assert "Máy cắt dây CNC của Cty TNHH SX và TM Tùng An được hỗ trợ từ kinh phí KCQG 2018" in html
    assert "Ngô Quang Trung" in html and "Cục trưởng Cục Công Thương địa phương" in html
    assert 'class="article__category"><a href="/tin-tuc/chuyen-muc/khac/">Khác</a>' in html
    body = str(page.body.render_as_block())
    assert "Quảng cáo" not in body and "Về đầu trang" not in body
    # "Khác" exists in both languages, one translation of the other.
    vi, en = (NewsCategory.objects.get(slug=slug) for slug in ("khac", "other"))
    assert (en.name, en.translation_key) == ("Other", vi.translation_key)

    # A counted read adds to the old count; "most read" sees only the new read.
    assert client.post(f"/views/{page.pk}/", HTTP_USER_AGENT=BROWSER).status_code == 204
    assert "Lượt xem: 1.732" in client.get(page.url).content.decode()
    cache.clear()  # the box is cached for a few minutes
    assert [item["views"] for item in most_read("vi")] == [1]

    # The old address answers with a permanent redirect to the new page.
    response = client.get("/tin-tuc/t1234/nhung-giai-phap-trong-tam.html")
    assert response.status_code == 301
    assert response["Location"].endswith(page.url)

    # Running again changes nothing, and keeps the new read.
    before = state()
    status, report = run(path, "--url-map", url_map(tmp_path))
    assert status == 0, report
    assert "tạo mới 0, cập nhật 0, bỏ qua 1" in report
    assert state() == before
    assert "Lượt xem: 1.732" in client.get(page.url).content.decode()


def test_rerun_of_a_changed_page_updates_it(news_index, saved, tmp_path):
    path = saved()
    run(path)
    page = NewsArticlePage.objects.get()
    path.write_text(
        path.read_text(encoding="utf-8").replace("Lượt xem: 1731", "Lượt xem: 1800"),
        encoding="utf-8",
    )
    status, report = run(path)
    assert status == 0 and "cập nhật 1" in report, report
    assert NewsArticlePage.objects.get().pk == page.pk
    assert NewsArticlePage.objects.get().view_count == 1800


def test_images_beside_the_page_are_imported_with_captions(client, news_index, saved):
    path = saved(images={"anh1.jpg": jpeg((200, 40, 40)), "anh2.jpg": jpeg((40, 160, 40))})
    status, report = run(path, "--draft")
    assert status == 0, report
    page = NewsArticlePage.objects.get()
    assert not page.live
    assert (
        page.hero_image.description
        == page.hero_caption
        == ("Các đại biểu tham quan một số gian hàng SPCNNTTB giai đoạn 2014 - 2018")
    )
    images = [block.value for block in page.body if block.block_type == "image"]
    assert len(images) == 1
    assert images[0]["caption"].startswith("Máy cắt dây CNC")
    assert images[0]["image"].contextual_alt_text.startswith("Máy cắt dây CNC")
    assert get_image_model().objects.count() == 2


def test_malformed_pages_are_reported_and_leave_nothing(news_index, saved):
    text = LEGACY_SAMPLE.read_text(encoding="utf-8")
    impossible = saved(
        "impossible-date.txt", text.replace("Tin đăng lúc 20-05-2019", "Tin đăng lúc 31-02-2019")
    )
    saved("no-title.txt", "Thứ Hai, 20/04/2024\n\nTin đăng lúc 20-05-2019\n\nLượt xem: 5\n")
    saved("broken-encoding.txt", data=text.encode("utf-8").decode("latin-1").encode("utf-8"))
    folder = impossible.parent
    status, report = run(folder, folder / "missing.txt")
    assert status == 1
    assert "impossible-date.txt: ngày đăng không có thật: Tin đăng lúc 31-02-2019" in report
    assert "no-title.txt: không có tiêu đề" in report
    assert "broken-encoding.txt: mã hóa ký tự hỏng" in report
    assert "missing.txt: không có tệp hay thư mục này" in report
    assert "Đã đọc 3, tạo mới 0" in report
    assert not NewsArticlePage.objects.exists()
    assert not ArchivedArticle.objects.exists()
    assert not Author.objects.exists()


def test_a_failure_midway_keeps_nothing(news_index, saved, monkeypatch, settings):
    """An error after the images were stored: the database and the media folder are as before."""
    from archive import importer

    path = saved(images={"anh1.jpg": jpeg(), "anh2.jpg": jpeg((1, 2, 3))})

    def fail(*args, **kwargs):
        raise RuntimeError("mất kết nối")

    monkeypatch.setattr(importer.Redirect.objects, "update_or_create", fail)
    status, report = run(path, "--url-map", url_map(path.parent.parent))
    assert status == 1 and "mất kết nối" in report
    assert not NewsArticlePage.objects.exists()
    assert not get_image_model().objects.exists()
    media = list((__import__("pathlib").Path(settings.MEDIA_ROOT)).rglob("*.jpg"))
    assert media == []


HTML_SAMPLE = FIXTURES / "html" / "hoi-cho-2019.html"


def test_saved_html_page_with_its_images(client, news_index, category_fair):
    status, report = run(HTML_SAMPLE)
    assert status == 0, report
    assert "khong-co.jpg" not in report and "Lễ khai mạc hội chợ" in report  # missing image
    page = NewsArticlePage.objects.get()
    assert page.category == category_fair  # "Hội chợ, triển lãm" by the mapping table
    assert localtime(page.publish_date).strftime("%d/%m/%Y %H:%M") == "14/06/2019 09:15"
    assert page.hero_alt == page.hero_caption
    assert page.hero_caption == "Gian hàng mây tre đan của tỉnh Thái Bình thu hút khách tham quan"
    kinds = [block.block_type for block in page.body]
    assert kinds == ["paragraph", "paragraph", "paragraph", "image", "paragraph", "paragraph"]
    assert "<b>cấp khu vực</b>" in page.body[0].value.source
    assert "<li>Chế biến nông sản, thực phẩm</li>" in page.body[2].value.source
    html = client.get(page.url).content.decode()
    assert "14/06/2019 09:15" in html and "Lượt xem: 2.406" in html
    assert "Máy sấy nông sản được hỗ trợ từ kinh phí khuyến công" in html
    assert "Lễ khai mạc hội chợ" in html  # the caption without its image is kept
    assert "Hoàng Minh Anh" in html
    assert "_gaq" not in str(page.body.render_as_block())
    response = client.get("/tin-tuc/t2045/hoi-cho-hang-cong-nghiep-nong-thon.html")
    assert response.status_code == 301 and response["Location"].endswith(page.url)
    assert ArchivedArticle.objects.get().old_url.startswith(
        "http://khuyencong.gov.vn/tin-tuc/t2045/"
    )


OTHER_PORTAL = """<html><head><meta charset="utf-8">
<link rel="canonical" href="https://congthuong.example.vn/bai/42"></head><body>
<article><header><h2 class="headline">Tập huấn sản xuất sạch hơn</h2>
<span class="posted">Ngày đăng: 03/09/2020 - 14h30</span><span class="hits">Lượt xem: 88</span></header>
<p class="summary">Lớp tập huấn cho 60 học viên.</p>
<section class="content"><p>Nội dung lớp học.</p><p class="sign">Lê Thu Hà</p></section>
<nav class="crumb">Đào tạo, tập huấn</nav></article></body></html>"""


def test_another_portal_by_configuration(news_index, saved, settings, category_training):
    settings.KCQG_ARCHIVE_SELECTORS = {
        "title": "h2.headline",
        "date": ".posted",
        "views": ".hits",
        "lead": ".summary",
        "body": ".content",
        "author": ".sign",
        "category": ".crumb",
    }
    status, report = run(saved("bai-42.html", OTHER_PORTAL))
    assert status == 0, report
    page = NewsArticlePage.objects.get()
    assert (page.title, page.lead, page.category) == (
        "Tập huấn sản xuất sạch hơn",
        "Lớp tập huấn cho 60 học viên.",
        category_training,
    )
    assert localtime(page.publish_date).strftime("%d/%m/%Y %H:%M") == "03/09/2020 14:30"
    assert page.author.name == "Lê Thu Hà" and page.view_count == 88
    assert Redirect.objects.get().old_path == "/bai/42"


def test_archive_articles_alert_nobody_and_are_searchable(
    news_index, saved, mailoutbox, django_capture_on_commit_callbacks
):
    """Ten thousand old articles are not news: a confirmed subscriber to all news gets
    no mail for them (their alert items are kept, suppressed, so that a later correction
    does not send them either); the search index has them once the run ends."""
    Subscription.objects.create(
        email="doanh.nghiep@example.vn",
        kind="news",
        language="vi",
        filters={},
        description="Mọi tin tức",
        confirmed_at=timezone.now(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        status, report = run(saved())
    assert status == 0, report
    page = NewsArticlePage.objects.get()
    assert list(AlertItem.objects.values_list("page_id", "suppressed")) == [(page.pk, True)]
    assert mailoutbox == []
    found = search_pages(NewsArticlePage.objects.live(), "giai phap trong tam")
    assert [p.pk for p in found] == [page.pk]
