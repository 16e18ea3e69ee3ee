"""Showcase fixtures: the index and gallery under the Vietnamese home, and a few pages."""

import pytest

from showcase.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    ProductGalleryPageFactory,
    ProductImageFactory,
    ProductPageFactory,
)
from website.models import Province, Sector, SupportType


def taxonomy(model, slug, language="vi"):
    return model.objects.get(slug=slug, locale__language_code=language)


@pytest.fixture
def index(home):
    return CaseStudyIndexPageFactory(parent=home, title="Mô hình trình diễn", slug="mo-hinh")


@pytest.fixture
def gallery(home):
    return ProductGalleryPageFactory(parent=home, title="Sản phẩm tiêu biểu", slug="san-pham")


def make_case_study(index, *, province="ha-noi", sector="thu-cong-my-nghe", supports=(), **kwargs):
    page = CaseStudyPageFactory(
        parent=index,
        province=taxonomy(Province, province),
        sector=taxonomy(Sector, sector),
        **kwargs,
    )
    if supports:
        page.support_types = [taxonomy(SupportType, slug) for slug in supports]
        page.save_revision().publish()
    return page


def make_product(gallery, *, province="ha-noi", images=1, **kwargs):
    page = ProductPageFactory(
        parent=gallery, producer_province=taxonomy(Province, province), **kwargs
    )
    for n in range(images):
        ProductImageFactory(page=page, caption=f"Ảnh {n + 1}", image__title=f"{page.title} {n}")
    return page


@pytest.fixture
def case_studies(index):
    """Five case studies in four regions, three sectors, several years and amounts."""
    return {
        "tea": make_case_study(
            index,
            title="Chè Thái Nguyên",
            province="thai-nguyen",
            sector="che-bien-nong-lam-thuy-san",
            supports=["mo-hinh-trinh-dien", "may-moc-thiet-bi"],
            year_start=2022,
            year_end=2023,
            state_support=850_000_000,
            view_count=10,
        ),
        "pottery": make_case_study(
            index,
            title="Gốm Hà Nội",
            province="ha-noi",
            sector="thu-cong-my-nghe",
            supports=["san-xuat-sach-hon"],
            year_start=2023,
            state_support=950_000_000,
            view_count=300,
        ),
        "wood": make_case_study(
            index,
            title="Gỗ Bắc Ninh",
            province="bac-ninh",
            sector="go-noi-that",
            supports=["mo-hinh-trinh-dien"],
            year_start=2021,
            year_end=2022,
            state_support=1_250_000_000,
            view_count=50,
        ),
        "coffee": make_case_study(
            index,
            title="Cà phê Đắk Lắk",
            province="dak-lak",
            sector="che-bien-nong-lam-thuy-san",
            supports=["may-moc-thiet-bi"],
            year_start=2024,
            state_support=400_000_000,
            view_count=5,
        ),
        "shrimp": make_case_study(
            index,
            title="Tôm Cà Mau",
            province="ca-mau",
            sector="che-bien-nong-lam-thuy-san",
            year_start=2020,
            state_support=300_000_000,
            view_count=0,
        ),
    }
