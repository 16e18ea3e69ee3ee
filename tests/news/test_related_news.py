"""News related to a case study, a product or a policy ("Tin tức liên quan"): by the facts
an article shares with it (province, sector, region, a link to it or its documents),
never by words its text happens to contain."""

import datetime as dt
import re

import pytest
from wagtail.rich_text import RichText

from news import queries
from policies.factories import PolicyIndexPageFactory, attach, make_document, make_policy
from showcase.factories import ProductGalleryPageFactory
from tests.showcase.conftest import make_case_study, make_product
from website.models import Province

from .conftest import HANOI

pytestmark = pytest.mark.django_db


def day(n):
    return dt.datetime(2025, 5, n, 9, 0, tzinfo=HANOI)


def titles(pages):
    return [page.title for page in pages]


def related_box(html):
    """The titles in the page's "Tin tức liên quan" box ([] without the box)."""
    box = re.search(r'<section class="section sc-related-news".*?</section>', html, re.S)
    if box is None:
        return []
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>', box.group(0))


@pytest.fixture
def case_index(home):
    from showcase.factories import CaseStudyIndexPageFactory

    return CaseStudyIndexPageFactory(parent=home, title="Mô hình trình diễn", slug="mo-hinh")


@pytest.fixture
def hanoi_case(case_index):
    return make_case_study(
        case_index, title="Lò nung gốm Bát Tràng", province="ha-noi", sector="thu-cong-my-nghe"
    )


@pytest.fixture
def hanoi_news(make_article, hanoi_case):
    """Articles sharing more or fewer facts with the Hà Nội pottery case study, and some
    that share none though their words look alike once folded."""
    link = f'<p>Xem <a linktype="page" id="{hanoi_case.pk}">mô hình lò nung</a>.</p>'
    make_article(
        "Tỉnh và ngành", provinces=["ha-noi"], sectors=["thu-cong-my-nghe"], publish_date=day(1)
    )
    make_article("Dẫn tới mô hình", body=[("paragraph", RichText(link))], publish_date=day(2))
    make_article("Chỉ tỉnh", provinces=["ha-noi"], publish_date=day(9))
    make_article(
        "Chỉ ngành", provinces=["thanh-hoa"], sectors=["thu-cong-my-nghe"], publish_date=day(3)
    )
    make_article(
        "Ngành, cùng vùng",
        provinces=["bac-ninh"],
        sectors=["thu-cong-my-nghe"],
        publish_date=day(2),
    )
    # None of its facts: the words "Hà Nội", "hạ tầng", "nội dung", "gốm" do not count.
    make_article(
        "Hà Nội: hạ tầng và nội dung số cho làng gốm",
        lead="Gốm Bát Tràng, Hà Nội.",
        publish_date=day(20),
    )
    make_article(
        "Bắc Ninh: cùng vùng, khác ngành",
        provinces=["bac-ninh"],
        sectors=["go-noi-that"],
        publish_date=day(21),
    )
    make_article("Hà Nội, nháp", provinces=["ha-noi"], live=False, publish_date=day(22))
    make_article("Hà Nội, riêng tư", provinces=["ha-noi"], private=True, publish_date=day(23))  # fmt: skip


def test_ranked_by_shared_facts_and_never_one_sharing_none(hanoi_case, hanoi_news):
    found = queries.related_news(
        hanoi_case,
        10,
        provinces=[hanoi_case.province],
        sectors=[hanoi_case.sector],
        linked=[hanoi_case],
    )
    # province + sector (+ its region) 5, a link 4, province (+ region) 3,
    # sector + region 3 (older), sector 2.
    assert titles(found) == ["Tỉnh và ngành", "Dẫn tới mô hình", "Chỉ tỉnh", "Ngành, cùng vùng", "Chỉ ngành"]  # fmt: skip


def test_the_case_study_page_shows_the_three_that_share_most(client, hanoi_case, hanoi_news):
    html = client.get(hanoi_case.url).content.decode()
    assert "Tin tức liên quan" in html
    assert related_box(html) == ["Tỉnh và ngành", "Dẫn tới mô hình", "Chỉ tỉnh"]


def test_no_box_when_no_article_shares_a_fact(client, case_index, make_article):
    make_article("Hà Nội: gốm Bát Tràng", lead="Tin về Hà Nội và làng gốm.", provinces=["ha-noi"])
    case = make_case_study(
        case_index, title="Chè Thái Nguyên", province="thai-nguyen", sector="do-uong"
    )
    html = client.get(case.url).content.decode()
    assert related_box(html) == []
    assert "Tin tức liên quan" not in html


def test_english_news_only_on_english_pages_matched_by_translation(
    make_article, news_index_en, hanoi_case
):
    make_article("Tin tiếng Việt ở Hà Nội", provinces=["ha-noi"])
    make_article("Ha Noi pottery news", parent=news_index_en, provinces=["ha-noi"])
    make_article("Can Tho news", parent=news_index_en, provinces=["can-tho"])
    english = {
        "vi": Province.objects.get(slug="ha-noi", locale__language_code="vi"),
        "en": Province.objects.get(slug="ha-noi", locale__language_code="en"),
    }
    for province in english.values():
        # An English page may hold the Vietnamese row (synchronised) or the English one.
        found = queries.related_news(news_index_en, 5, provinces=[province])
        assert titles(found) == ["Ha Noi pottery news"]
    assert titles(queries.related_news(hanoi_case, 5, provinces=[english["en"]])) == [
        "Tin tiếng Việt ở Hà Nội"
    ]


def test_a_product_lists_news_about_its_province(client, home, make_article):
    gallery = ProductGalleryPageFactory(parent=home, title="Sản phẩm", slug="san-pham")
    product = make_product(gallery, title="Lụa Vạn Phúc", province="ha-noi", images=0)
    make_article("Lụa Hà Đông ra thị trường mới", provinces=["ha-noi"])
    make_article("Lụa Lâm Đồng", lead="Lụa, như lụa Vạn Phúc ở Hà Nội.", provinces=["lam-dong"])
    html = client.get(product.url).content.decode()
    assert related_box(html) == ["Lụa Hà Đông ra thị trường mới"]


def test_a_policy_lists_news_linking_its_document(client, home, make_article):
    index = PolicyIndexPageFactory(parent=home, title="Chính sách", slug="chinh-sach")
    policy = make_policy(
        index, title="Thông tư hướng dẫn khuyến công", document_number="28/2018/TT-BCT"
    )
    document = make_document("Thông tư 28/2018/TT-BCT", b"%PDF-1.4\n", "thong-tu.pdf")
    policy = attach(policy, document)
    block = {"document": document, "title": "Toàn văn thông tư"}
    make_article(
        "Hướng dẫn lập đề án theo thông tư", body=[("document", block)], publish_date=day(1)
    )
    make_article("Thông tư 28/2018/TT-BCT được sửa đổi?", lead="Bàn về thông tư 28/2018/TT-BCT.", publish_date=day(2))  # fmt: skip
    html = client.get(policy.url).content.decode()
    assert related_box(html) == ["Hướng dẫn lập đề án theo thông tư"]
