"""Load the demo showcase: 14 case studies in all six regions, 24 products in every group
and award level, a third of each in English (plain data in ``demo/data/showcase.py``).
Idempotent: pages are found by slug."""

from django.db import transaction

from demo.build import child_of, demo_image, ensure_section, publish, translate_page
from demo.data.showcase import CASE_STUDIES, GALLERY, INDEX, PRODUCTS
from showcase.models import (
    CaseStudyImage,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyRelatedProduct,
    ProductGalleryPage,
    ProductImage,
    ProductPage,
)
from website.models import Province, Sector, SupportType


def _taxonomy(locale):
    return {
        "province": {p.slug: p for p in Province.objects.filter(locale=locale)},
        "sector": {s.slug: s for s in Sector.objects.filter(locale=locale)},
        "support": {s.slug: s for s in SupportType.objects.filter(locale=locale)},
    }


def _first_clause(text):
    """The gallery's first caption: the technology up to its first ", " (a decimal
    comma, as in "khổ 1,5 × 3 m", does not end it)."""
    return text.split(", ")[0]


def _photos(data, count, first_caption):
    """(caption, alt text) of each of the page's ``count`` photos: the data's own
    ``photos`` when it has them (a page with an English version does), else the first
    photo captioned ``first_caption`` and no alt text of their own (the Vietnamese page
    then uses each image's description in the library)."""
    if "photos" in data:
        return data["photos"]
    return [(first_caption if n == 0 else "", "") for n in range(count)]


def _paragraphs(texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def _outcomes(rows, names=None, units=None):
    return [
        {
            "type": "outcome",
            "value": {
                "indicator": names[i] if names else indicator,
                "unit": units[i] if units else unit,
                "before": before,
                "after": after,
            },
        }
        for i, (indicator, unit, before, after) in enumerate(rows)
    ]


def _specs(pairs):
    return [{"type": "spec", "value": {"name": name, "value": value}} for name, value in pairs]


def _index(ctx, model, data):
    """An index page; its intro is its search description too."""

    def fields(texts):
        return {
            "slug": texts["slug"],
            "title": texts["title"],
            "intro": texts["intro"],
            "search_description": texts["intro"],
        }

    page, _ = ensure_section(ctx, model, fields(data), fields(data["en"]))
    return page


def _product(ctx, gallery, data, taxonomy):
    page = child_of(gallery, ProductPage, data["slug"])
    if page is not None:
        return page
    images = []
    photos = _photos(data, data["images"], data["title"])
    for n, (caption, alt_text) in enumerate(photos):
        image = demo_image(
            f"{data['title']} – ảnh {n + 1}",
            width=1200,
            height=900,
            label=f"{data['title']} ({n + 1}/{data['images']})",
            description=f"{data['title']}, ảnh minh họa {n + 1}",
        )
        images.append(ProductImage(image=image, caption=caption, alt_text=alt_text, sort_order=n))
    page = ProductPage(
        title=data["title"],
        slug=data["slug"],
        producer_name=data["producer"],
        producer_province=taxonomy["province"][data["province"]],
        producer_address=f"{taxonomy['province'][data['province']].name} (địa chỉ minh họa)",
        producer_phone=f"0900 000 {PRODUCTS.index(data) + 100:03d}",
        producer_email=f"lienhe.{data['slug'][:20]}@example.vn",
        product_group=data["group"],
        award_level=data["level"],
        award_year=data["year"],
        certificate_number=f"{PRODUCTS.index(data) + 1:03d}/{data['year']}/GCN-MH",
        description=f"<p>{data['description']}</p>",
        specifications=_specs(data["specs"]),
        where_to_buy=f"<p>{data['where']}</p>",
        featured=data.get("featured", False),
        listing_summary=data["description"],
        search_description=data["description"],
    )
    page.images = images
    gallery.add_child(instance=page)
    return publish(page, ctx.user)


def _translate_product(ctx, page, data, taxonomy_en):
    en = data.get("en")
    if not en:
        return
    translate_page(
        page,
        ctx.locales["en"],
        {
            "title": en["title"],
            "producer_name": en["producer"],
            "producer_province": taxonomy_en["province"][data["province"]],
            "producer_address": f"{taxonomy_en['province'][data['province']].name} (demo address)",
            "description": f"<p>{en['description']}</p>",
            "specifications": _specs(en["specs"]),
            "where_to_buy": f"<p>{en['where']}</p>",
            "listing_summary": en["description"],
            "search_description": en["description"],
        },
        slug=en["slug"],
        user=ctx.user,
        rows=("images", en["photos"]),
    )


def _case_study(ctx, index, data, taxonomy, products):
    page = child_of(index, CaseStudyPage, data["slug"])
    if page is not None:
        return page
    gallery = [
        CaseStudyImage(
            image=demo_image(
                f"{data['enterprise']} – ảnh {n + 1}",
                width=1200,
                height=800,
                label=f"{data['enterprise']} ({n + 1}/3)",
                description=f"Mô hình tại {data['enterprise']}, ảnh minh họa {n + 1}",
            ),
            caption=caption,
            alt_text=alt_text,
            sort_order=n,
        )
        for n, (caption, alt_text) in enumerate(_photos(data, 3, _first_clause(data["technology"])))
    ]
    start, end = data["years"]
    page = CaseStudyPage(
        title=data["title"],
        slug=data["slug"],
        lead=data["lead"],
        enterprise_name=data["enterprise"],
        enterprise_kind=data["kind"],
        province=taxonomy["province"][data["province"]],
        sector=taxonomy["sector"][data["sector"]],
        programme=data["programme"],
        year_start=start,
        year_end=end,
        state_support=data["support"],
        total_investment=data["investment"],
        technology=data["technology"],
        outcomes=_outcomes(data["outcomes"]),
        replications=data["replications"],
        body=_paragraphs(data["body"]),
        address=data["address"],
        contact_person=data["contact"],
        phone=data["phone"],
        email=f"lienhe.{data['slug'][:20]}@example.vn",
        featured=data.get("featured", False),
        view_count=data["views"],
        listing_summary=data["lead"],
        search_description=data["lead"],
    )
    page.support_types = [taxonomy["support"][slug] for slug in data["supports"]]
    page.gallery_images = gallery
    page.related_products = [
        CaseStudyRelatedProduct(product=products[slug])
        for slug in data.get("products", [])
        if slug in products
    ]
    index.add_child(instance=page)
    return publish(page, ctx.user)


def _translate_case_study(ctx, page, data, taxonomy_en):
    en = data.get("en")
    if not en:
        return
    translate_page(
        page,
        ctx.locales["en"],
        {
            "title": en["title"],
            "lead": en["lead"],
            "enterprise_name": en["enterprise"],
            "province": taxonomy_en["province"][data["province"]],
            "sector": taxonomy_en["sector"][data["sector"]],
            "technology": en["technology"],
            "outcomes": _outcomes(data["outcomes"], en["outcomes"], en["units"]),
            "body": _paragraphs(en["body"]),
            "address": en["address"],
            "contact_person": en["contact"],
            "listing_summary": en["lead"],
            "search_description": en["lead"],
        },
        slug=en["slug"],
        user=ctx.user,
        rows=("gallery_images", en["photos"]),
    )


def load(ctx):
    with transaction.atomic():
        taxonomy = _taxonomy(ctx.locales["vi"])
        taxonomy_en = _taxonomy(ctx.locales["en"])
        index = _index(ctx, CaseStudyIndexPage, INDEX)
        gallery = _index(ctx, ProductGalleryPage, GALLERY)
        products = {}
        for data in PRODUCTS:
            products[data["slug"]] = _product(ctx, gallery, data, taxonomy)
            _translate_product(ctx, products[data["slug"]], data, taxonomy_en)
        for data in CASE_STUDIES:
            page = _case_study(ctx, index, data, taxonomy, products)
            _translate_case_study(ctx, page, data, taxonomy_en)
    ctx.log(f"Showcase: {len(CASE_STUDIES)} case studies, {len(PRODUCTS)} products.")
