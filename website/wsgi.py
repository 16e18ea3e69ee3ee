import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")

application = get_wsgi_application()


def _load_and_settle():
    # The URLconf is otherwise loaded by the first request; loaded here, its objects
    # are frozen with the rest of the code.
    from django.urls import get_resolver

    from website import patches

    get_resolver().url_patterns  # noqa: B018 - imports the URL modules and views
    patches.install("process")  # gc.freeze() (website/patches/gc_freeze.py)


_load_and_settle()
