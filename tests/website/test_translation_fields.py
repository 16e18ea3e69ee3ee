"""Every page type and snippet is translatable with wagtail-localize; the fields that
must be the same in every language are synchronised, never translated by hand."""

import pytest
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from news.models import Author, NewsArticlePage, NewsCategory, NewsIndexPage
from policies.models import IssuingBody, PolicyIndexPage, PolicyPage
from showcase.models import (
    CaseStudyImage,
    CaseStudyIndexPage,
    CaseStudyPage,
    ProductGalleryPage,
    ProductImage,
    ProductPage,
)
from website.models import HomePage, Province, Region, Sector, StandardPage, SupportType

LISTING = ["listing_image", "social_image"]
SYNCHRONIZED = {
    HomePage: LISTING,
    StandardPage: LISTING,
    NewsIndexPage: LISTING,
    NewsArticlePage: [
        *LISTING,
        "publish_date",
        "hero_image",
        "reader_comments_open",
        "tags",
        "related_links",
    ],
    CaseStudyIndexPage: LISTING,
    CaseStudyPage: [
        *LISTING,
        "enterprise_kind",
        "programme",
        "year_start",
        "year_end",
        "state_support",
        "total_investment",
        "replications",
        "phone",
        "email",
        "website",
        "featured",
        "related_products",
    ],
    # Gallery rows: one per language, the image copied, caption and alt text translated.
    CaseStudyImage: ["image"],
    ProductImage: ["image"],
    ProductGalleryPage: LISTING,
    ProductPage: [
        *LISTING,
        "producer_phone",
        "producer_email",
        "producer_website",
        "product_group",
        "award_level",
        "award_year",
        "certificate_number",
        "featured",
    ],
    PolicyIndexPage: LISTING,
    PolicyPage: [
        *LISTING,
        "document_type",
        "issue_date",
        "effective_date",
        "expiry_date",
        "attachments",
        "relations",
    ],
    Region: ["slug", "sort_order"],
    Province: ["slug", "sort_order", "is_city"],
    Sector: ["slug", "sort_order"],
    SupportType: ["slug", "sort_order"],
    NewsCategory: ["sort_order"],
    Author: [],
    IssuingBody: ["slug", "level", "sort_order"],
}
# Relations to translatable snippets follow the translation of the snippet.
TRANSLATED_RELATIONS = {
    NewsArticlePage: ["category", "author"],
    CaseStudyPage: ["province", "sector", "gallery_images"],
    ProductPage: ["producer_province", "images"],
    CaseStudyImage: ["caption", "alt_text"],
    ProductImage: ["caption", "alt_text"],
    PolicyPage: ["issuing_body"],
    Province: ["region"],
}


def kinds(model):
    return {field.field_name: type(field) for field in get_translatable_fields(model)}


def test_every_page_type_and_snippet_is_covered():
    from django.apps import apps

    ours = {
        model
        for model in apps.get_models()
        if model._meta.app_label in {"website", "news", "showcase", "policies"}
        and issubclass(model, TranslatableMixin)
    }
    assert ours == set(SYNCHRONIZED)


@pytest.mark.parametrize("model", list(SYNCHRONIZED), ids=lambda m: m.__name__)
def test_numbers_dates_money_images_and_relations_are_synchronized(model):
    fields = kinds(model)
    for name in SYNCHRONIZED[model]:
        assert fields.get(name) is SynchronizedField, f"{model.__name__}.{name}"
    for name in TRANSLATED_RELATIONS.get(model, []):
        assert fields.get(name) is TranslatableField, f"{model.__name__}.{name}"
    if issubclass(model, Page):
        assert fields["title"] is TranslatableField
    # No number, date, boolean or image is left to be translated by hand.
    for name, kind in fields.items():
        if kind is not TranslatableField:
            continue
        field = model._meta.get_field(name)
        internal = field.get_internal_type()
        assert not internal.endswith(("IntegerField", "DateField", "DateTimeField")), name
        assert internal != "BooleanField", name
        if field.is_relation and field.related_model is not None:
            assert issubclass(field.related_model, TranslatableMixin), name
