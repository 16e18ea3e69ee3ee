"""Site-wide template tags and filters: {% load kcqg %}."""

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.html import format_html

from website import origin, structured_data, text
from website.alt_text import alt_text
from website.i18n import alternates_for
from website.locales import language_code

register = template.Library()


@register.filter
def long_date(value):
    return text.long_date(value)


@register.filter
def short_date(value):
    return text.short_date(value)


@register.filter
def date_time(value):
    return text.date_time(value)


@register.simple_tag(takes_context=True)
def lang_if_other(context, target):
    """`` lang="vi"`` for a card or link to ``target``, a page shown in its own language
    because the current page's language has no translation of it (a related product or
    document): its title is then marked as the other language, not passed off as this
    one. "" when ``target`` is in the current page's language."""
    page = context.get("page")
    locale_id = getattr(target, "locale_id", None)
    if locale_id is None or locale_id == getattr(page, "locale_id", locale_id):
        return ""
    return format_html(' lang="{}"', target.locale.language_code)


@register.simple_tag
def lang_of_source():
    """`` lang="vi"`` on a text copied unchanged from the Vietnamese source page (a
    synchronised row such as a policy's attachment names) on a page in another
    language; "" on a Vietnamese page."""
    source = language_code(settings.LANGUAGE_CODE)
    if language_code() == source:
        return ""
    return format_html(' lang="{}"', source)


@register.filter
def doc_number(value):
    """A document number in the active language's spelling (``text.document_number``)."""
    return text.document_number(value)


@register.simple_tag
def image_alt(image, own="", caption=""):
    """``{% image_alt image own caption as alt %}``: the image's alt text in the active
    language (``website.alt_text``), for ``{% picture ... alt=alt %}``."""
    return alt_text(image, own, caption)


@register.simple_tag
def page_date(page, css_class=""):
    """``<time>`` with a page's own date (``BasePage.get_search_date``: the article's
    date as the editor set it, a document's issue date, a case study's years), or ""."""
    get_date = getattr(page, "get_search_date", None)
    return time_tag(text.own_date(get_date() if get_date else None), css_class)


@register.simple_tag
def time_tag(parts, css_class=""):
    """``<time>`` from ``website.text.own_date``'s (text, machine value), or ""."""
    if not parts:
        return ""
    if css_class:
        return format_html(
            '<time class="{}" datetime="{}">{}</time>', css_class, parts[1], parts[0]
        )
    return format_html('<time datetime="{}">{}</time>', parts[1], parts[0])


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current address with ``page=number`` (no "page" for the first page), every
    other parameter of the query string kept (components/pagination.html)."""
    request = context["request"]
    params = request.GET.copy()
    params.pop("page", None)
    if int(number) > 1:
        params["page"] = str(number)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else request.path


@register.filter
def iso_datetime(value):
    return text.iso_datetime(value)


@register.filter
def vnd(value):
    return text.money_vnd(value)


@register.filter
def num(value):
    return text.number(value)


@register.simple_tag
def today():
    return text.long_date(timezone.localdate())


@register.simple_tag(takes_context=True)
def localized(context, obj, field):
    """The English variant of a bilingual field (``field_en``) on /en/, else the field."""
    if obj is None:
        return ""
    if language_code(context.get("LANGUAGE_CODE", "vi")) == "en":
        value = getattr(obj, f"{field}_en", "")
        if value:
            return value
    return getattr(obj, field, "")


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """[{code, name, url, current}] for the language switcher and hreflang tags."""
    return alternates_for(context.get("request"), context.get("page"))


@register.filter
def absolute(url):
    """A path of the site ("/tin-tuc/") at the configured origin (website.origin)."""
    return origin.absolute(url)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address at the origin: the route it is served by (a category of
    the news, the policy guide), without query string; "" outside the page tree."""
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return ""
    for alternate in context.get("alternates") or ():
        if alternate["current"] and alternate["translated"]:
            return origin.absolute(alternate["url"])
    return page.full_url or ""


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    request = context.get("request")
    items = structured_data.breadcrumb_items(page, request)
    return {"page": page, "ancestors": items, "request": request}


@register.inclusion_tag(
    "components/structured_data.html", takes_context=True, name="structured_data"
)
def structured_data_tags(context):
    """OpenGraph, Twitter card and JSON-LD of the page (``website.structured_data``)."""
    return structured_data.render(context, canonical_url(context)) or {}


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    from website.navigation import menu_items

    request = context.get("request")
    return {"items": menu_items(request), "request": request, "page": context.get("page")}


@register.inclusion_tag("components/footer_nav.html", takes_context=True)
def footer_nav(context):
    from website.navigation import footer_items

    request = context.get("request")
    return {"items": footer_items(request), "request": request, "page": context.get("page")}


@register.simple_tag(takes_context=True)
def alert_form(context, kind, filters=None, description=""):
    """The "subscribe to e-mail alerts" form of the app that answers the Wagtail hook
    ``kcqg_alert_form`` (the alerts app): ``fn(request, kind, filters, description) ->
    html``; nothing when no app answers. ``filters``: {query-string parameter: [values]}
    in the vocabulary of the app whose listing shows the form; ``description``: them in
    words, in the page's language."""
    from wagtail import hooks

    for answer in hooks.get_hooks("kcqg_alert_form"):
        html = answer(context.get("request"), kind, filters or {}, description)
        if html:
            return html
    return ""
