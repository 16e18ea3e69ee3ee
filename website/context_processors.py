from django.utils.functional import SimpleLazyObject

from website.models.settings import cached_site_settings


def site_settings(request):
    """``site_settings`` in every template: the cached SiteSettings, loaded lazily."""
    return {"site_settings": SimpleLazyObject(lambda: cached_site_settings(request))}
