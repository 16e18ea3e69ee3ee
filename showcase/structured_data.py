"""Structured data of the showcase (``website.structured_data``).

A case study is an ``Article`` (a report on a demonstration model, published by the
programme; schema.org has no case-study type, and Article is the type Google reads):
``about`` names the enterprise, ``temporalCoverage`` the programme years, its own date.
A product is a ``Product`` with its producer as brand and manufacturer and its award;
no offers or ratings, since the site sells nothing and rates nothing. The indexes are
CollectionPages listing their cards."""

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail import hooks

from website.structured_data import HOOK, Data, image_url, iso, plain

MAX_IMAGES = 3


def _place(province, street=""):
    address = {"@type": "PostalAddress", "addressCountry": "VN"}
    if province is not None:
        address["addressRegion"] = province.name
    if street:
        address["streetAddress"] = street
    return address


def _image_urls(images):
    urls = (image_url(item.image) for item in list(images)[:MAX_IMAGES])
    return [url for url in urls if url]


def case_study(ctx):
    page = ctx.page
    years = page.get_search_date()
    node = {
        "@type": "Article",
        "headline": page.title[:110],
        "description": page.lead,
        "url": ctx.url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": ctx.url},
        "inLanguage": ctx.language,
        "datePublished": iso(page.first_published_at),
        "dateModified": iso(page.last_published_at),
        "author": [ctx.organization()],
        "publisher": ctx.publisher(),
        "articleSection": capfirst(str(page._meta.verbose_name)),
        "about": {
            "@type": "Organization",
            "name": page.enterprise_name,
            "address": _place(page.province, page.address),
        },
        "spatialCoverage": {"@type": "Place", "name": page.province.name},
    }
    if years:
        first, last = years
        node["temporalCoverage"] = f"{first}/{last}" if last and last != first else str(first)
    keywords = [page.sector.name, *(t.name for t in ctx.get("support_type_list") or ())]
    node["keywords"] = ", ".join(keyword for keyword in keywords if keyword)
    image = page.get_social_image() or page.get_cover_image()
    gallery = ctx.get("gallery")
    urls = [image_url(image)] if image is not None else []
    if gallery:
        urls += _image_urls(gallery)
    urls = [url for url in dict.fromkeys(urls) if url]
    if urls:
        node["image"] = urls
    og = [("article:published_time", node["datePublished"])]
    if node["dateModified"]:
        og.append(("article:modified_time", node["dateModified"]))
    og.append(("article:section", node["articleSection"]))
    return Data(nodes=[node], og_type="article", og=og, image=image)


def product(ctx):
    page = ctx.page
    level = page.get_award_level_display()
    award = _("Sản phẩm công nghiệp nông thôn tiêu biểu %(level)s, năm %(year)s") % {
        "level": str(level).lower(),
        "year": page.award_year,
    }
    producer = {
        "@type": "Organization",
        "name": page.producer_name,
        "address": _place(page.producer_province, page.producer_address),
    }
    if page.producer_phone:
        producer["telephone"] = page.producer_phone
    if page.producer_email:
        producer["email"] = page.producer_email
    if page.producer_website:
        producer["url"] = page.producer_website
    node = {
        "@type": "Product",
        "name": page.title,
        "description": plain(page.description) or page.get_meta_description(),
        "url": ctx.url,
        "inLanguage": ctx.language,
        "category": str(page.get_product_group_display()),
        "brand": {"@type": "Brand", "name": page.producer_name},
        "manufacturer": producer,
        "award": award,
    }
    images = ctx.get("product_images")
    urls = _image_urls(images if images is not None else page.images.all())
    if urls:
        node["image"] = urls
    return Data(nodes=[node], image=page.get_social_image())


def case_study_index(ctx):
    return Data(nodes=[ctx.collection(ctx.get("case_studies"), ctx.get("page_obj"))])


def product_gallery(ctx):
    return Data(nodes=[ctx.collection(ctx.get("products"), ctx.get("page_obj"))])


@hooks.register(HOOK)
def builders():
    return {
        "showcase.casestudypage": case_study,
        "showcase.productpage": product,
        "showcase.casestudyindexpage": case_study_index,
        "showcase.productgallerypage": product_gallery,
    }
