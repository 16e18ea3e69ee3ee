"""The functions behind the showcase pages, looked up by name.

The page models call the code that lists and renders them (``showcase.listing``,
``showcase.views``) through this registry instead of importing it, so that the models
import none of the modules that import the models. ``ShowcaseConfig.ready`` imports those
modules; each registers its page functions with ``@routes.handles(name)``.

    CaseStudyIndexPage.get_context → "case_study_listing"(request, page) -> dict
    CaseStudyPage.get_context      → "case_study_detail"(request, page) -> dict
    ProductGalleryPage.get_context → "product_listing"(request, page) -> dict
    ProductPage.get_context        → "product_detail"(request, page, form) -> dict
"""

from django.core.exceptions import ImproperlyConfigured

_HANDLERS = {}


def handles(name):
    """Register the decorated function as the page function ``name``."""

    def register(fn):
        if _HANDLERS.setdefault(name, fn) is not fn:
            raise ImproperlyConfigured(f"Two showcase page functions named {name!r}")
        return fn

    return register


def handler(name):
    try:
        return _HANDLERS[name]
    except KeyError:
        raise ImproperlyConfigured(
            f"No showcase page function {name!r}: ShowcaseConfig.ready registers them"
        ) from None
