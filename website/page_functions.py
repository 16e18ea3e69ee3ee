"""Page functions: what a page model calls to list or render itself, looked up by name.

A page model must not import the modules that list or render it (``listing.py``,
``views.py``, ``feeds.py``): they import the models. So those modules register their
functions here, by (app label, name), when the app's ``AppConfig.ready()`` imports
them, and the page's ``route()``, ``get_context()`` or ``serve()`` looks them up::

    # news/listing.py
    @page_functions.register("news", "listing")
    def listing(index, request, category=None, tag=None): ...

    # news/models/pages.py
    return page_functions.get("news", "listing")(self, request, category=category)

A name registered twice, or looked up but never registered (a module that ``ready()``
does not import), raises ``ImproperlyConfigured`` naming the app and the function.

The functions of the apps, with their signatures:

    news      "listing"            fn(index, request, category=None, tag=None) -> response
              "feed"               fn(index, request, kind, category=None) -> response
              "article_context"    fn(article, request, comment_form) -> dict
              "routed_article"     fn(index, slug) -> article or None
              "approved_comments"  fn(article) -> [comment]
    showcase  "case_study_listing" fn(request, page) -> dict
              "case_study_detail"  fn(request, page) -> dict
              "product_listing"    fn(request, page) -> dict
              "product_detail"     fn(request, page, form) -> dict
    policies  "finder"             fn(request, index) -> response
              "guide"              fn(request, index) -> response
"""

from django.core.exceptions import ImproperlyConfigured

_FUNCTIONS = {}


def register(app, name):
    """Register the decorated function as the page function ``name`` of ``app``."""

    def decorate(function):
        if _FUNCTIONS.setdefault((app, name), function) is not function:
            raise ImproperlyConfigured(f"Two page functions named {name!r} in {app!r}")
        return function

    return decorate


def get(app, name):
    """The page function ``name`` of ``app``; loud when nothing registered it."""
    try:
        return _FUNCTIONS[(app, name)]
    except KeyError:
        raise ImproperlyConfigured(
            f"No page function {name!r} in {app!r}: the app's listing.py or views.py "
            "registers it (website.page_functions.register), imported from its "
            "AppConfig.ready()"
        ) from None
