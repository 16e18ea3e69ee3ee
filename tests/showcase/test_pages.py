"""Page-tree rules, the case-study page, translations, the home section and the public helper."""

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail_factories import ImageFactory

from showcase import queries
from showcase.factories import (
    CaseStudyImageFactory,
    CaseStudyIndexPageFactory,
    ProductGalleryPageFactory,
)
from showcase.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyRelatedProduct,
    ProductGalleryPage,
    ProductPage,
)
from tests.showcase.conftest import make_case_study, make_product
from website.models import HomePage, Sector

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_where_each_page_type_goes(self):
        self.assertAllowedParentPageTypes(CaseStudyIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ProductGalleryPage, {HomePage})
        self.assertAllowedSubpageTypes(CaseStudyIndexPage, {CaseStudyPage})
        self.assertAllowedSubpageTypes(ProductGalleryPage, {ProductPage})
        self.assertAllowedSubpageTypes(CaseStudyPage, set())
        self.assertAllowedSubpageTypes(ProductPage, set())
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)

    def test_one_index_and_one_gallery_per_language(self):
        home = HomePage.objects.get()
        assert CaseStudyIndexPage.can_create_at(home)
        CaseStudyIndexPageFactory(parent=home)
        ProductGalleryPageFactory(parent=home)
        assert not CaseStudyIndexPage.can_create_at(home)
        assert not ProductGalleryPage.can_create_at(home)


def test_case_study_page_shows_what_was_funded_and_what_changed(client, index, gallery):
    product = make_product(gallery, title="Chè búp sao suốt")
    page = make_case_study(
        index,
        title="Dây chuyền sao chè",
        province="thai-nguyen",
        sector="che-bien-nong-lam-thuy-san",
        supports=["mo-hinh-trinh-dien"],
        enterprise_name="HTX Chè Minh Họa",
        year_start=2022,
        year_end=2023,
        state_support=1_250_000_000,
        total_investment=3_000_000_000,
        replications=7,
        outcomes=[
            {
                "type": "outcome",
                "value": {
                    "indicator": "Doanh thu",
                    "unit": "triệu đồng",
                    "before": "1000",
                    "after": "1200",
                },
            },
            {
                "type": "outcome",
                "value": {"indicator": "Hao hụt", "unit": "%", "before": "18", "after": "7"},
            },
        ],
    )
    CaseStudyRelatedProduct.objects.create(page=page, product=product)
    html = client.get(page.url).content.decode()
    assert "HTX Chè Minh Họa" in html
    assert "1.250.000.000 đ" in html and "3.000.000.000 đ" in html
    assert "Doanh thu +20%" in html
    assert "Hao hụt \u221261,1%" in html
    assert "2022–2023" in html
    assert "Thái Nguyên" in html and "Trung du và miền núi phía Bắc" in html
    assert "Xây dựng mô hình trình diễn kỹ thuật" in html
    assert "Chè búp sao suốt" in html  # related product


def test_english_translation_uses_english_taxonomy_and_formats(client, index, home_en, locale_en):
    page = make_case_study(
        index,
        title="Mô hình",
        province="dak-lak",
        sector="do-uong",
        supports=["may-moc-thiet-bi"],
        state_support=1_250_000_000,
        outcomes=[
            {"type": "outcome", "value": {"indicator": "Revenue", "before": "100", "after": "120"}}
        ],
    )
    index.copy_for_translation(locale_en).save_revision().publish()
    translated = page.copy_for_translation(locale_en)
    translated.save_revision().publish()
    translated = CaseStudyPage.objects.get(pk=translated.pk)
    # Translated on read: the copy keeps the Vietnamese rows, and the English rows keep
    # their English names (nothing is swapped or rewritten on save).
    assert translated.province.locale_id == page.locale_id
    assert [s.locale_id for s in translated.support_types.all()] == [page.locale_id]
    assert Sector.objects.get(slug="do-uong", locale=locale_en).name == "Beverages"
    html = client.get(translated.url).content.decode()
    assert "Đắk Lắk" not in html and "Đồ uống" not in html
    assert "VND 1,250,000,000" in html
    assert "Revenue +20%" in html
    assert "Dak Lak" in html and "Central Highlands" in html
    assert "Machinery, equipment and technology transfer" in html
    # The English list filters with English snippets, by the same slugs.
    index_en = CaseStudyIndexPage.objects.get(locale=locale_en)
    listing = client.get(index_en.url + "?region=tay-nguyen&sector=do-uong").content.decode()
    assert "1 matching model" in listing
    assert "Dak Lak" in listing and "Đắk Lắk" not in listing  # the card, in English


def test_draft_case_study_is_not_served(client, index):
    draft = make_case_study(index, title="Nháp", live=False)
    assert client.get(index.url + draft.slug + "/").status_code == 404


def test_home_shows_featured_then_newest(client, home, index, gallery):
    old_featured = make_case_study(
        index, title="Mô hình nổi bật cũ", year_start=2015, featured=True
    )
    for n in range(4):
        make_case_study(index, title=f"Mô hình mới {n}", year_start=2024)
    make_product(gallery, title="Sản phẩm nổi bật", featured=True)
    for n in range(5):
        make_product(gallery, title=f"Sản phẩm mới {n}")
    html = client.get("/").content.decode()
    assert "Mô hình trình diễn tiêu biểu" in html
    section = html.split('id="home-case-studies"', 1)[1].split("</section>", 1)[0]
    assert section.count('class="card sc-card"') == 3
    assert section.index(old_featured.title) < section.index("Mô hình mới")
    products = html.split('id="home-products"', 1)[1].split("</section>", 1)[0]
    assert products.count("sc-product-card") == 4
    assert "Sản phẩm nổi bật" in products
    assert index.url in html and gallery.url in html


def test_featured_cards_each_carry_their_own_cover_and_its_renditions(
    index, gallery, locale_vi, django_assert_num_queries
):
    """The home page's cards, from statements compiled once: each call finds its own
    pages, their covers (a case study's listing image, else its first photo; a product's
    first photo, else its listing image) and the covers' renditions, read without a query."""
    listed = ImageFactory(title="Ảnh đại diện")
    with_listing = make_case_study(index, title="Có ảnh đại diện", listing_image=listed)
    CaseStudyImageFactory(page=with_listing, image__title="Ảnh không dùng", sort_order=0)
    with_photos = make_case_study(index, title="Chỉ có ảnh")
    CaseStudyImageFactory(page=with_photos, image__title="Ảnh sau", sort_order=2)
    first = CaseStudyImageFactory(page=with_photos, image__title="Ảnh đầu", sort_order=1)
    make_case_study(index, title="Không có ảnh")
    product = make_product(gallery, title="Sản phẩm có ảnh", images=2, listing_image=listed)
    product_first = product.images.order_by("sort_order", "pk").first()
    make_product(gallery, title="Sản phẩm chỉ có ảnh đại diện", images=0, listing_image=listed)
    for image in (listed, first.image, product_first.image):
        image.get_rendition("fill-400x267")

    expected = {
        "Có ảnh đại diện": listed.pk,
        "Chỉ có ảnh": first.image_id,
        "Không có ảnh": None,
        "Sản phẩm có ảnh": product_first.image_id,
        "Sản phẩm chỉ có ảnh đại diện": listed.pk,
    }
    for limit in (3, 2, 3):  # a second shape, then the first one again
        pages = [
            *queries.featured_case_studies(locale_vi, limit),
            *queries.featured_products("vi", limit),
        ]
        assert len(pages) == limit + 2
        with django_assert_num_queries(0):
            for page in pages:
                cover = page.get_cover_image()
                assert (cover and cover.pk) == expected[page.title], page.title
                if cover is not None:
                    assert cover.get_rendition("fill-400x267").image is cover
                place = page.province if isinstance(page, CaseStudyPage) else page.producer_province
                assert place.region.name


def test_home_without_showcase_content_has_no_section(client, home):
    assert "Mô hình trình diễn tiêu biểu" not in client.get("/").content.decode()


def test_case_studies_for_filters_by_slugs_or_snippets(index, case_studies, locale_vi):
    from website.models import Sector

    processing = Sector.objects.get(slug="che-bien-nong-lam-thuy-san", locale=locale_vi)
    found = queries.case_studies_for("vi", sector=processing, limit=10)
    assert {p.title for p in found} == {"Chè Thái Nguyên", "Cà phê Đắk Lắk", "Tôm Cà Mau"}
    found = queries.case_studies_for(
        locale_vi, region=["tay-nguyen", "dong-bang-song-cuu-long"], limit=10
    )
    assert {p.title for p in found} == {"Cà phê Đắk Lắk", "Tôm Cà Mau"}
    found = queries.case_studies_for("vi", support_types=["may-moc-thiet-bi"], limit=1)
    assert [p.title for p in found] == ["Cà phê Đắk Lắk"]  # newest first
    assert queries.case_studies_for("en") == []
    assert queries.case_studies_for("vi", province="ha-noi", exclude=case_studies["pottery"]) == []


def test_case_studies_for_query_count_is_fixed(index, case_studies, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        pages = queries.case_studies_for("vi", sector="che-bien-nong-lam-thuy-san", limit=10)
        for page in pages:
            str(page.province.region.name), str(page.sector.name), page.get_cover_image()
