"""Which language? and the index page of a language: one answer for the whole site.

The rule: a language is one of ``settings.LANGUAGES``. A regional variant counts as
its language ("en-us" is "en"); anything else (an unknown code in ``?locale=``, a
language the site does not serve, no active language at all) is the default language,
``settings.LANGUAGE_CODE``. Never an error, never "no language".

- ``language_code(code=None)``: the site language for ``code`` (default: the active
  language) as a code, without a query.
- ``resolve_locale(locale=None)``: the same as a ``Locale``; a ``Locale`` or a locale
  id is passed through as it is. Kept per process after the first query for a language;
  saving or deleting any ``Locale`` forgets them all (``forget_locales``).
- ``locale_id(locale=None)``: the id of that ``Locale`` (for a filter or a cache key).
- ``index_page(model, locale)``: the first live, public page of an index page type
  in a language (tree order), from the chrome cache: the news index, the policy
  library, the showcase indexes.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.models import Locale

from website import chrome
from website.sql import in_locale
from website.visibility import public_q


def language_code(code=None):
    """The site language for ``code`` (a language code; empty or None: the active
    language); an unknown code gives the default language."""
    code = (code or translation.get_language() or "").lower()
    codes = [known for known, _name in settings.LANGUAGES]
    if code in codes:
        return code
    base = code.split("-")[0]
    return base if base in codes else settings.LANGUAGE_CODE


def resolve_locale(locale=None):
    """A Locale from a Locale or locale id (returned as they are), a language code or
    None (the active language); an unknown code gives the default Locale."""
    if isinstance(locale, Locale | int):
        return locale
    code = language_code(locale)
    found = _LOCALES.get(code)
    if found is None:
        try:
            found = Locale.objects.get(language_code=code)
        except Locale.DoesNotExist:
            found = Locale.get_default()
        _LOCALES[code] = found
    return found


# Site language code -> Locale, per process: the locales change once in a site's life.
_LOCALES = {}


def forget_locales(**kwargs):
    """Forget the Locales kept by ``resolve_locale`` (a Locale was saved or deleted)."""
    _LOCALES.clear()


post_save.connect(forget_locales, sender=Locale, dispatch_uid="website.locales.save")
post_delete.connect(forget_locales, sender=Locale, dispatch_uid="website.locales.delete")


def locale_id(locale=None):
    """The id of ``resolve_locale(locale)`` (a locale id is passed through)."""
    found = resolve_locale(locale)
    return getattr(found, "pk", found)


def index_page(model, locale):
    """The first live, public ``model`` page (tree order) of ``locale`` (a Locale, id
    or language code), or None, with its Locale. Site structure read on many pages: from
    the chrome cache, which every publish, unpublish and move renews."""
    found_id = locale_id(locale)
    return chrome.cached(
        "index-page",
        [model._meta.label_lower, found_id],
        lambda: (
            model.objects.live()
            .filter(public_q(), in_locale(found_id))
            .select_related("locale")
            .order_by("path")
            .first()
        ),
    )
