"""Every queryset of the showcase, and its public helpers for the home page.

The only module of the app that builds querysets (``showcase.listing`` reads the query
string and shapes the context; this module fetches). Other apps reach the showcase
through its Wagtail hooks (``showcase/wagtail_hooks.py``), never ``showcase.models``. Every helper returns live,
public pages of one language, with what a card needs already fetched (a fixed number of
queries however many items).

    case_studies_for(locale=None, *, province=None, region=None, sector=None,
                     support_types=None, exclude=None, limit=3) -> list[CaseStudyPage]
    featured_case_studies(locale=None, limit=3) / featured_products(locale=None, limit=4)

``locale`` is a Locale, a language code ("vi", "en") or None for the active language.
Each taxonomy argument takes a slug, a snippet, or a list of them (any of them matches);
slugs are the same in every language.
"""

from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from wagtail.images import get_image_model

from website import locales
from website.compiled import compiled_objects, compiled_prefetch
from website.locales import resolve_locale
from website.models import Province, Sector, SupportType
from website.renditions import attach_renditions
from website.sql import in_locale
from website.taxonomy import in_language, translate_relations
from website.visibility import public_q

from .models import (
    AwardLevel,
    CaseStudyImage,
    CaseStudyPage,
    ProductImage,
    ProductPage,
)


def _slugs(value):
    if value is None:
        return None
    if isinstance(value, str) or hasattr(value, "slug"):
        value = [value]
    return [item if isinstance(item, str) else item.slug for item in value]


def _renditions(path):
    """Prefetch the renditions of the images at ``path``, where Wagtail's own
    ``prefetch_renditions()`` puts them (each image finds its renditions without a
    query). The images themselves come joined into the query above them."""
    renditions = get_image_model().get_rendition_model().objects.all()
    return Prefetch(f"{path}__renditions", queryset=renditions, to_attr="prefetched_renditions")


# The page's own columns that a card reads (its link, title, facts and cover); the
# joined place, sector and image come whole. A page has ~60 columns of its own: compiling
# them and building each page from them cost more than running the query. A column left
# out is read on first use with a query of its own, which the query-budget tests catch.
_PAGE_CARD_FIELDS = ["id", "title", "url_path", "locale_id", "translation_key", "listing_title"]
CASE_STUDY_CARD_FIELDS = [
    *_PAGE_CARD_FIELDS,
    "enterprise_name", "province", "sector", "year_start", "year_end", "state_support",
    "listing_image",
]  # fmt: skip
PRODUCT_CARD_FIELDS = [
    *_PAGE_CARD_FIELDS,
    "award_level", "award_year", "producer_name", "producer_province", "listing_image",
]  # fmt: skip


def _first_photos(model):
    """Each page's first photo only, with its image: a card's cover (``get_cover_image``).

    ParentalKey managers cannot prefetch a slice; the first photo is picked in SQL
    instead. Fetching every photo, its image and all of that image's renditions built
    three times the objects a card uses (the home page: ~90 of its ~180 objects).
    """
    first = model.objects.filter(page=OuterRef("page")).order_by("sort_order", "pk")
    return model.objects.filter(pk=Subquery(first.values("pk")[:1])).select_related("image")


def _case_study_columns(queryset):
    return queryset.select_related("province__region", "sector", "listing_image").only(
        *CASE_STUDY_CARD_FIELDS
    )


def _product_columns(queryset):
    return queryset.select_related("producer_province__region", "listing_image").only(
        *PRODUCT_CARD_FIELDS
    )


def case_study_cards(queryset):
    """Select and prefetch what a case-study card shows: place, sector, cover image
    (at most four queries: the pages, their first photos, and two of renditions). The
    pages' ``gallery_images`` then hold the first photo alone: cards only."""
    photos = _first_photos(CaseStudyImage)
    return _case_study_columns(queryset).prefetch_related(
        _renditions("listing_image"),
        Prefetch("gallery_images", queryset=photos),
        _renditions("gallery_images__image"),
    )


def product_cards(queryset):
    """Select and prefetch what a product card shows: province and cover image (the
    pages' ``images`` then hold the first photo alone: cards only)."""
    photos = _first_photos(ProductImage)
    return _product_columns(queryset).prefetch_related(
        _renditions("listing_image"),
        Prefetch("images", queryset=photos),
        _renditions("images__image"),
    )


def _compiled_cards(name, build, locale, limit, photos, relation):
    """The ``limit`` cards of ``build(locale id)`` (a queryset of card columns), what
    ``case_study_cards`` / ``product_cards`` give, in queries compiled once (the pages,
    their first photos) and the covers' renditions with the page's other pictures
    (``website.renditions.attach_renditions``)."""
    pages = compiled_objects(
        ("showcase", name, limit),
        lambda values: build(values[0])[:limit],
        [locales.locale_id(locale)],
    )
    compiled_prefetch(
        pages,
        relation,
        ("showcase", name, "first-photos"),
        lambda ids: _first_photos(photos).filter(page_id__in=ids),
    )
    attach_renditions([page.get_cover_image() for page in pages])
    return pages


def translated_case_studies(pages, locale_id=None):
    """The case studies (cards or pages) with their place and sector read in their own
    language (``website.taxonomy``): a list."""
    return translate_relations(pages, "province", "province.region", "sector", locale_id=locale_id)


def translated_products(pages, locale_id=None):
    """The products with their producer's province read in their own language: a list."""
    return translate_relations(
        pages, "producer_province", "producer_province.region", locale_id=locale_id
    )


def live_case_studies(locale=None):
    return CaseStudyPage.objects.live().filter(public_q(), in_locale(resolve_locale(locale)))


def live_products(locale=None):
    return ProductPage.objects.live().filter(public_q(), in_locale(resolve_locale(locale)))


def _exclude(queryset, exclude):
    if exclude is None:
        return queryset
    ids = [getattr(item, "pk", item) for item in _as_list(exclude)]
    return queryset.exclude(pk__in=ids)


def _as_list(value):
    return value if isinstance(value, list | tuple | set) else [value]


def case_studies_for(
    locale=None,
    *,
    province=None,
    region=None,
    sector=None,
    support_types=None,
    exclude=None,
    limit=3,
):
    """Live case studies in ``locale`` matching every given filter, newest first."""
    queryset = live_case_studies(locale)
    if (slugs := _slugs(province)) is not None:
        queryset = queryset.filter(province__slug__in=slugs)
    if (slugs := _slugs(region)) is not None:
        queryset = queryset.filter(province__region__slug__in=slugs)
    if (slugs := _slugs(sector)) is not None:
        queryset = queryset.filter(sector__slug__in=slugs)
    if (slugs := _slugs(support_types)) is not None:
        matching = CaseStudyPage.support_types.through.objects.filter(
            supporttype__slug__in=slugs
        ).values("casestudypage_id")
        queryset = queryset.filter(pk__in=matching)
    queryset = _exclude(queryset, exclude)
    queryset = queryset.order_by("-year_start", "-first_published_at", "-pk")
    return translated_case_studies(case_study_cards(queryset)[:limit])


def featured_case_studies(locale=None, limit=3):
    """The editors' featured case studies, then the newest, ``limit`` in all."""

    def build(locale_id):
        return _case_study_columns(live_case_studies(locale_id)).order_by(
            "-featured", "-first_published_at", "-year_start", "-pk"
        )

    pages = _compiled_cards(
        "featured-case-studies", build, locale, limit, CaseStudyImage, "gallery_images"
    )
    return translated_case_studies(pages)


def featured_products(locale=None, limit=4):
    """The editors' featured products, then the newest, ``limit`` in all."""

    def build(locale_id):
        return _product_columns(live_products(locale_id)).order_by(
            "-featured", "-first_published_at", "-pk"
        )

    pages = _compiled_cards("featured-products", build, locale, limit, ProductImage, "images")
    return translated_products(pages)


def products_by_translation(keys, locale=None):
    """Live products with these translation keys, each in ``locale`` when translated,
    else in the language it exists in; in the order of ``keys``."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return []
    locale_id = locales.locale_id(locale)
    found = {}
    for product in product_cards(
        ProductPage.objects.live().filter(public_q()).filter(translation_key__in=keys)
    ):
        current = found.get(product.translation_key)
        if current is None or product.locale_id == locale_id:
            found[product.translation_key] = product
    return translated_products([found[key] for key in keys if key in found])


# The routed listings and pages (showcase.listing) ------------------------------------


def taxonomy(locale_id):
    """Regions, provinces, sectors and support types of one language, in three queries."""
    provinces = list(Province.objects.filter(locale_id=locale_id).select_related("region"))
    regions = {}
    for province in provinces:
        regions.setdefault(province.region.slug, province.region)
    regions = dict(sorted(regions.items(), key=lambda item: (item[1].sort_order, item[1].name)))
    return {
        "regions": regions,
        "provinces": {p.slug: p for p in provinces},
        "sectors": {s.slug: s for s in Sector.objects.filter(locale_id=locale_id)},
        "support_types": {s.slug: s for s in SupportType.objects.filter(locale_id=locale_id)},
    }


def _narrow(queryset, **lookups):
    """``queryset`` filtered by each lookup whose value is not None (None: not filtered)."""
    for lookup, value in lookups.items():
        if value is not None:
            queryset = queryset.filter(**{lookup: value})
    return queryset


def _key(row):
    """The translation key of a taxonomy row (None: not filtered): pages may hold the
    rows of any language (``website.taxonomy``)."""
    return None if row is None else row.translation_key


def filter_case_studies(queryset, *, region, province, sector, support, year, state_support):
    """``queryset`` narrowed by the listing's filters (None: not filtered; taxonomy rows
    match by translation key). ``year``: the programme ran that year; ``state_support``:
    (at least, at most) in đồng."""
    queryset = _narrow(
        queryset,
        province__region__translation_key=_key(region),
        province__translation_key=_key(province),
        sector__translation_key=_key(sector),
    )
    if support is not None:
        matching = CaseStudyPage.support_types.through.objects.filter(
            supporttype__translation_key=support.translation_key
        ).values("casestudypage_id")
        queryset = queryset.filter(pk__in=matching)
    if year is not None:
        queryset = queryset.filter(year_start__lte=year).filter(
            Q(year_end__gte=year) | Q(year_end__isnull=True, year_start=year)
        )
    least, most = state_support
    return _narrow(queryset, state_support__gte=least, state_support__lte=most)


def totals_by_region(queryset):
    """{region translation key: {"count", "total"}}: case studies and state support per
    region (its rows in any language together), one query."""
    key = "province__region__translation_key"
    rows = queryset.order_by().values(key).annotate(count=Count("pk"), total=Sum("state_support"))
    return {row[key]: row for row in rows}


def sorted_case_study_cards(queryset, order):
    return case_study_cards(queryset.order_by(*order))


def case_study_gallery(page):
    """The case study's photos, with their images and renditions (three queries)."""
    return list(page.gallery_images.select_related("image").prefetch_related("image__renditions"))


def case_study_support_types(page):
    """The case study's kinds of support in its language (in the order of the rows it holds)."""
    return in_language(page.support_types.all(), page.locale_id)


def related_products(page):
    """The products the case study names, in its language when translated."""
    keys = [
        item.product.translation_key for item in page.related_products.select_related("product")
    ]
    return products_by_translation(keys, page.locale)


def case_studies_with_product(product, limit=3):
    """Case studies (in the product's language) that name this product, newest first."""
    queryset = live_case_studies(product.locale).filter(
        related_products__product__translation_key=product.translation_key
    )
    cards = case_study_cards(queryset.distinct().order_by("-year_start"))[:limit]
    return translated_case_studies(cards)


def filter_products(queryset, *, level, group, province, year):
    """``queryset`` narrowed by the exhibition's filters (None: not filtered)."""
    return _narrow(
        queryset,
        award_level=level,
        product_group=group,
        producer_province__translation_key=_key(province),
        award_year=year,
    )


AWARD_LEVEL_RANK = {AwardLevel.NATIONAL: 0, AwardLevel.REGIONAL: 1, AwardLevel.PROVINCIAL: 2}


def award_ordered_product_cards(queryset):
    """Product cards, latest award first, then the highest level, then by title."""
    rank = Case(
        *[When(award_level=level, then=Value(r)) for level, r in AWARD_LEVEL_RANK.items()],
        default=Value(9),
        output_field=IntegerField(),
    )
    return product_cards(
        queryset.annotate(level_rank=rank).order_by("-award_year", "level_rank", "title", "pk")
    )


def award_years(products):
    """The years in which these products won an award, latest first."""
    return list(products.order_by("-award_year").values_list("award_year", flat=True).distinct())


def product_photos(page):
    """The product's photos, with their images and renditions (three queries)."""
    return list(page.images.select_related("image").prefetch_related("image__renditions"))
