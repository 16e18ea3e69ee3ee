"""Factories for the showcase (wagtail-factories). Taxonomy comes from migration website/0001
(squashed 0001-0006)."""

import factory
import wagtail_factories

from website.models import Province, Sector

from .models import (
    AwardLevel,
    CaseStudyImage,
    CaseStudyIndexPage,
    CaseStudyPage,
    ProductGalleryPage,
    ProductGroup,
    ProductImage,
    ProductPage,
)


def province(slug="ha-noi", language="vi"):
    return Province.objects.get(slug=slug, locale__language_code=language)


def sector(slug="thu-cong-my-nghe", language="vi"):
    return Sector.objects.get(slug=slug, locale__language_code=language)


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Mô hình trình diễn"
    slug = factory.Sequence(lambda n: f"mo-hinh-trinh-dien-{n}")
    intro = "Các mô hình trình diễn kỹ thuật được chương trình hỗ trợ."

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mô hình số {n}")
    slug = factory.Sequence(lambda n: f"mo-hinh-so-{n}")
    lead = "Cơ sở được hỗ trợ máy móc và tăng doanh thu."
    enterprise_name = factory.Sequence(lambda n: f"Cơ sở minh họa {n}")
    province = factory.LazyFunction(province)
    sector = factory.LazyFunction(sector)
    year_start = 2023
    state_support = 500_000_000
    total_investment = 1_200_000_000
    technology = "Máy sấy bằng nhiệt bơm."
    outcomes = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = CaseStudyPage


class CaseStudyImageFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CaseStudyPageFactory)
    image = factory.SubFactory(wagtail_factories.ImageFactory)
    caption = "Ảnh minh họa"

    class Meta:
        model = CaseStudyImage


class ProductGalleryPageFactory(wagtail_factories.PageFactory):
    title = "Sản phẩm tiêu biểu"
    slug = factory.Sequence(lambda n: f"san-pham-tieu-bieu-{n}")

    class Meta:
        model = ProductGalleryPage


class ProductPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sản phẩm số {n}")
    slug = factory.Sequence(lambda n: f"san-pham-so-{n}")
    producer_name = factory.Sequence(lambda n: f"Cơ sở sản xuất minh họa {n}")
    producer_province = factory.LazyFunction(province)
    producer_phone = "0912 345 678"
    producer_email = "lienhe@example.vn"
    product_group = ProductGroup.HANDICRAFT
    award_level = AwardLevel.PROVINCIAL
    award_year = 2024
    certificate_number = factory.Sequence(lambda n: f"{n}/GCN-SCT")
    description = "<p>Sản phẩm làm thủ công.</p>"

    class Meta:
        model = ProductPage


class ProductImageFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ProductPageFactory)
    image = factory.SubFactory(wagtail_factories.ImageFactory)
    caption = ""

    class Meta:
        model = ProductImage
