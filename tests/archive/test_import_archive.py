"""manage.py import_archive: the legacy sample becomes an article readers see as it was,
once; the old address redirects; malformed pages leave nothing behind."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Revision

from archive.models import ArchivedArticle
from news.models import Author, NewsArticlePage, NewsCategory
from news.queries import most_read
from tests.archive.conftest import LEGACY_SAMPLE, jpeg

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
OLD_URL = "http://khuyencong.gov.vn/tin-tuc/t1234/nhung-giai-phap-trong-tam.html"

pytestmark = pytest.mark.django_db


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
