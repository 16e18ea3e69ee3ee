import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")

application = get_wsgi_application()


def _load_and_settle():
    # The URLconf is otherwise loaded by the first request; loaded here, its objects
    # are frozen with the rest of the code.
    from django.urls import get_resolver

    from website.process import settle_gc

    get_resolver().url_patterns  # noqa: B018 - imports the URL modules and views
    settle_gc()


_load_and_settle()
