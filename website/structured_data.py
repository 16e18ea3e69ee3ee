"""What crawlers and share buttons read from a page's head: JSON-LD (schema.org),
OpenGraph and Twitter cards, for every page type.

``{% structured_data %}`` (``{% load kcqg %}``, in ``base.html``) renders them for the
page being served. What a page type says about itself comes from a *builder*, a function
``builder(ctx) -> Data`` that an app registers for its page models through the Wagtail
hook ``kcqg_structured_data``::

    # showcase/structured_data.py, imported from showcase/wagtail_hooks.py
    @hooks.register(HOOK)
    def builders():
        return {"showcase.productpage": product}

(keys are ``Model._meta.label_lower``). This module never imports an app; it gives the
builders the common parts — the page's canonical URL, the organisation, an image as a
1200×630 ImageObject, breadcrumbs, list items — and adds to what each builder returns
a BreadcrumbList (every page below the home page, absolute URLs at ``SITE_ORIGIN``),
the OpenGraph and Twitter tags and the ``<script type="application/ld+json">`` blocks,
serialised with ``<``, ``>`` and ``&`` escaped so that no text can close the script.

A page type without a builder is a ``WebPage``. The home page (``website``'s own) is a
``WebSite`` with a ``SearchAction`` and the ``Organization``.
"""

import json
import logging
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.images.models import Filter

from website import origin, text
from website.chrome import cached
from website.models.settings import cached_site_settings

HOOK = "kcqg_structured_data"
CONTEXT = "https://schema.org"
SOCIAL_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"
# One Filter for every render: building one parses the spec and inspects each operation.
SOCIAL_FILTER = Filter(SOCIAL_SPEC)
JSON_ESCAPES = {">": "\\u003E", "<": "\\u003C", "&": "\\u0026"}
OG_LOCALES = {"vi": "vi_VN", "en": "en_GB"}

_BUILDERS = None
logger = logging.getLogger(__name__)


@dataclass
class Data:
    """What a builder says about its page; every field is optional."""

    nodes: list = field(default_factory=list)  # JSON-LD objects, "@context" added
    og_type: str = "website"  # "article" for articles and case studies
    og: list = field(default_factory=list)  # more (property, content) pairs
    title: str = ""  # instead of the page's title (a route: a news category)
    description: str = ""  # instead of the page's social text
    image: object = None  # instead of the page's social image (a Wagtail image)
    image_alt: str = ""  # the image's description in the page's language
    crumbs: list = field(default_factory=list)  # [(name, absolute URL)] after the page


def builders():
    """{model label: builder} from every ``kcqg_structured_data`` hook (read once)."""
    global _BUILDERS
    if _BUILDERS is None:
        found = {}
        for hook in hooks.get_hooks(HOOK):
            found.update(hook())
        _BUILDERS = found
    return _BUILDERS


def to_json(data):
    """``data`` as JSON for a ``<script>`` element: non-ASCII kept, ``<``, ``>`` and
    ``&`` escaped (so "</script>" in a title cannot end the element)."""
    # str.replace, not str.translate: translate looks every character of a non-ASCII
    # text up one by one (~0.2 ms for an article's JSON-LD, against 1 µs).
    serialised = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
    for character, escaped in JSON_ESCAPES.items():
        serialised = serialised.replace(character, escaped)
    return serialised


def iso(value):
    """A date or datetime for JSON-LD (local time, whole seconds), or None."""
    return text.iso_datetime(value) or None


def plain(html, words=60):
    """Rich text as a plain-text summary of at most ``words`` words."""
    return Truncator(strip_tags(str(html or "")).strip()).words(words, truncate="…")


def rendition(image):
    """The 1200×630 sharing rendition of ``image``, or None (a missing file must not
    break the page)."""
    if image is None:
        return None
    try:
        # get_renditions, not get_rendition: that one writes the rendition to the cache
        # on every call, even when it came with the image's prefetched renditions.
        return image.get_renditions(SOCIAL_FILTER)[SOCIAL_SPEC]
    except Exception:  # noqa: BLE001
        return None


def image_url(image):
    """The absolute URL of ``image``'s sharing rendition, or ""."""
    found = rendition(image)
    return origin.absolute(found.url) if found is not None else ""


def breadcrumb_items(page, request):
    """[{title, url, depth}] of the ancestors of ``page`` below the root (the home page
    first), from the chrome cache: the visible breadcrumbs and the BreadcrumbList."""
    if page is None or getattr(page, "depth", 0) <= 2 or not page.pk:
        return []

    def build():
        ancestors = (
            page.get_ancestors()
            .filter(depth__gte=2)
            .only("id", "title", "url_path", "depth", "path", "locale_id")
        )
        return [
            {"title": ancestor.title, "url": ancestor.get_url(request), "depth": ancestor.depth}
            for ancestor in ancestors
        ]

    return cached("breadcrumbs", [page.pk], build)


def breadcrumb_list(crumbs):
    """A BreadcrumbList of [(name, absolute URL)], positions from 1."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def item_list(pages, request, start=1):
    """An ItemList of ``pages`` (a listing's page of results), positions from ``start``."""
    elements = []
    for position, page in enumerate(pages, start=start):
        url = page.get_url(request)
        if not url:
            continue
        elements.append(
            {
                "@type": "ListItem",
                "position": position,
                "url": origin.absolute(url),
                "name": getattr(page, "listing_title", "") or page.title,
            }
        )
    return {"@type": "ItemList", "numberOfItems": len(elements), "itemListElement": elements}


class Context:
    """What a builder gets: the page, the request, the template context and helpers."""

    def __init__(self, template_context, page, url, alternates):
        self.template = template_context
        self.page = page
        self.request = template_context.get("request")
        self.language = page.locale.language_code
        self.url = url  # the page's canonical URL (its route's, on a routable page)
        self.alternates = alternates
        self.settings = cached_site_settings(self.request) if self.request is not None else None

    def get(self, name, default=None):
        """A value of the template context (a listing's items, a category)."""
        return self.template.get(name, default)

    @property
    def route(self):
        """(url name, kwargs) of the route serving a routable page, or None."""
        from website.i18n import current_route

        return current_route(self.request, self.page) if self.request is not None else None

    def setting(self, name):
        """A site setting in the page's language (``name_en`` on English pages)."""
        values = self.settings
        if values is None:
            return ""
        if self.language == "en" and getattr(values, f"{name}_en", ""):
            return getattr(values, f"{name}_en")
        return getattr(values, name, "") or ""

    def home_url(self):
        for item in breadcrumb_items(self.page, self.request)[:1]:
            return origin.absolute(item["url"])
        return origin.absolute(self.page.get_url(self.request) if self.page.depth == 2 else "/")

    def organization_ref(self):
        """The organisation as a reference to its full node on the home page."""
        return {"@type": "GovernmentOrganization", "@id": origin.absolute("/#organization")}

    def organization(self, full=False):
        """The organisation running the site, named in the page's language: name, url
        and logo; with ``full``, its address, contact point and social profiles too."""
        node = {
            "@type": "GovernmentOrganization",
            "@id": origin.absolute("/#organization"),
            "name": self.setting("organisation_name"),
            "url": self.home_url(),
            "logo": {"@type": "ImageObject", "url": origin.absolute(static("img/logo.svg"))},
        }
        if not full or self.settings is None:
            return node
        values = self.settings
        address = self.setting("address")
        if address:
            node["address"] = {
                "@type": "PostalAddress",
                "streetAddress": address,
                "addressCountry": "VN",
            }
        contact = {"@type": "ContactPoint", "contactType": _("Đường dây nóng")}
        if values.hotline or values.phone:
            contact["telephone"] = values.hotline or values.phone
        if values.email:
            contact["email"] = values.email
            node["email"] = values.email
        if values.phone:
            node["telephone"] = values.phone
        if len(contact) > 2:
            contact["areaServed"] = "VN"
            contact["availableLanguage"] = ["vi", "en"]
            node["contactPoint"] = [contact]
        same_as = [url for url in (values.facebook_url, values.youtube_url, values.zalo_url) if url]
        if same_as:
            node["sameAs"] = same_as
        return node

    def publisher(self):
        """The organisation as an Article's publisher: name and logo."""
        node = self.organization()
        del node["url"]
        return node

    def web_page(self, kind="WebPage", **extra):
        """The page as a schema.org WebPage (or ``kind``, a subtype)."""
        node = {
            "@type": kind,
            "name": extra.pop("name", None) or self.page.title,
            "url": self.url,
            "inLanguage": self.language,
        }
        description = self.page.get_meta_description()
        if description:
            node["description"] = description
        node["isPartOf"] = {"@type": "WebSite", "@id": origin.absolute("/#website")}
        node.update(extra)
        return node

    def collection(self, pages, page_obj=None, **extra):
        """A listing: a CollectionPage whose main entity is the ItemList of ``pages``."""
        start = page_obj.start_index() if page_obj is not None and pages else 1
        return self.web_page(
            "CollectionPage", mainEntity=item_list(pages or [], self.request, start), **extra
        )

    def search_url(self):
        """The search page of the active language, absolute."""
        try:
            return origin.absolute(reverse("search"))
        except NoReverseMatch:
            return ""


def web_page(ctx):
    return Data(nodes=[ctx.web_page()])


def home_page(ctx):
    """The home page: the WebSite with a SearchAction, and the organisation."""
    website = {
        "@type": "WebSite",
        "@id": origin.absolute("/#website"),
        "name": ctx.setting("programme_name") or ctx.page.title,
        "url": ctx.url,
        "inLanguage": ctx.language,
        "publisher": ctx.organization_ref(),
    }
    description = ctx.page.get_meta_description()
    if description:
        website["description"] = description
    search = ctx.search_url()
    if search:
        website["potentialAction"] = {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        }
    return Data(nodes=[website, ctx.organization(full=True)])


@hooks.register(HOOK)
def website_builders():
    return {"website.homepage": home_page, "website.standardpage": web_page}


def default_image_alt(image, ctx):
    """An image's description for og:image:alt: the library's description on Vietnamese
    pages, the page title on English ones (the library's text is Vietnamese)."""
    if ctx.language == "vi":
        alt = getattr(image, "default_alt_text", "") or ""
        if alt:
            return alt
    return ctx.page.title


def render(template_context, canonical):
    """{json_ld: [str], meta: [(attribute, key, content)]} for the page of
    ``template_context``; None outside the page tree."""
    page = template_context.get("page")
    if page is None or not getattr(page, "pk", None) or not hasattr(page, "locale"):
        return None
    alternates = template_context.get("alternates") or ()
    url = canonical or page.full_url or ""
    ctx = Context(template_context, page, url, alternates)
    builder = builders().get(page._meta.label_lower, web_page)
    try:
        data = builder(ctx) or Data()
    except Exception:  # a fault here must not take the page down: log it, say less
        logger.exception("Structured data of page %s (%s) failed", page.pk, builder.__name__)
        data = web_page(ctx)

    nodes = list(data.nodes)
    if page.depth > 2:
        crumbs = [
            (_("Trang chủ") if item["depth"] == 2 else item["title"], origin.absolute(item["url"]))
            for item in breadcrumb_items(page, ctx.request)
        ]
        own = page.full_url or url
        crumbs.append((page.title, own))
        crumbs.extend(data.crumbs)
        if crumbs[-1][1] != url and url:
            crumbs.append((data.title or page.title, url))
        nodes.append(breadcrumb_list(crumbs))

    image = data.image or (page.get_social_image() if hasattr(page, "get_social_image") else None)
    found = rendition(image)
    title = data.title or page.title
    description = data.description or (
        page.get_social_text() if hasattr(page, "get_social_text") else ""
    )
    meta = [
        ("property", "og:type", data.og_type),
        ("property", "og:site_name", ctx.setting("programme_name")),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:locale", OG_LOCALES.get(ctx.language, ctx.language)),
    ]
    meta.extend(
        ("property", "og:locale:alternate", OG_LOCALES.get(alt["code"], alt["code"]))
        for alt in alternates
        if alt.get("translated") and alt["code"] != ctx.language
    )
    alt_text = ""
    if found is not None:
        alt_text = data.image_alt or default_image_alt(image, ctx)
        meta += [
            ("property", "og:image", origin.absolute(found.url)),
            ("property", "og:image:width", str(found.width)),
            ("property", "og:image:height", str(found.height)),
            ("property", "og:image:alt", alt_text),
        ]
    meta.extend(("property", key, value) for key, value in data.og)
    meta += [
        ("name", "twitter:card", "summary_large_image" if found is not None else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    if found is not None:
        meta += [
            ("name", "twitter:image", origin.absolute(found.url)),
            ("name", "twitter:image:alt", alt_text),
        ]
    meta = [(attribute, key, value) for attribute, key, value in meta if value not in ("", None)]
    scripts = [to_json({"@context": CONTEXT, **node}) for node in nodes]
    return {"json_ld": scripts, "meta": meta}
