"""Language alternates: the same page in the other language, or that language's home."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from website.chrome import cached
from website.visibility import public_q


def _home_url(request, language_code):
    site = Site.find_for_request(request) if request else None
    if site is not None:
        home = (
            Page.objects.filter(
                translation_key=site.root_page.translation_key,
                locale__language_code=language_code,
            )
            .live()
            .first()
        )
        if home is not None:
            return home.get_url(request)
    return "/" if language_code == settings.LANGUAGE_CODE else f"/{language_code}/"


def alternates_for(request, page=None):
    """One entry per language: code, name, url, current, translated."""
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    if isinstance(page, Page) and page.pk:
        site = Site.find_for_request(request) if request is not None else None
        links = cached(
            "alternates",
            [getattr(site, "pk", ""), page.translation_key],
            lambda: _alternates(request, page),
        )
        return [{**link, "current": link["code"] == current} for link in links]
    return [{**link, "current": link["code"] == current} for link in _alternates(request, page)]


def _alternates(request, page):
    translations = {}
    if isinstance(page, Page) and page.pk:
        for other in (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .filter(public_q())
            .select_related("locale")
        ):
            translations[other.locale.language_code] = other
    result = []
    for code, name in settings.LANGUAGES:
        url = None
        translated = False
        if code in translations:
            url = translations[code].get_url(request)
            translated = url is not None
        elif isinstance(page, Page):
            url = _home_url(request, code)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
            translated = True
        if not url:
            url = _home_url(request, code)
        result.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "translated": translated,
            }
        )
    return result


def active_locale():
    """The Locale of the active language, or the default one."""
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()
