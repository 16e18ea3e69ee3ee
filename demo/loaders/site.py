"""Load the site layer of the demo: locales, the two home pages, the site settings and
the About, Contact and Questions pages (data in ``demo/data/site.py``). Idempotent."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from demo.build import child_of, demo_image, publish, translate_page
from demo.data.site import HOME, PAGES, SETTINGS
from website.models import HomePage, SiteSettings, StandardPage


def ensure_locales():
    result = {}
    for code, _name in settings.LANGUAGES:
        result[code], _ = Locale.objects.get_or_create(language_code=code)
    return result


def ensure_homes(locales, user):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = HomePage.objects.filter(locale=locales["vi"]).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title=HOME["title"], slug=HOME["slug"]))
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    hero = demo_image(**HOME["image"])
    if home.intro != HOME["intro"]:
        home.title = HOME["title"]
        home.intro = HOME["intro"]
        home.listing_image = hero
        home.search_description = HOME["intro"]
        home.save()
        publish(home, user)
    en = HOME["en"]
    home_en = translate_page(
        home,
        locales["en"],
        {name: en[name] for name in ("title", "intro", "search_description")},
        slug=en["slug"],
        user=user,
    )
    return {"vi": home, "en": home_en}


def ensure_settings(home):
    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    changed = [name for name, value in SETTINGS.items() if getattr(site_settings, name) != value]
    if changed:
        for name in changed:
            setattr(site_settings, name, SETTINGS[name])
        site_settings.save()


def _fields(texts):
    """Page field values from the data: ``body`` paragraphs become paragraph blocks."""
    fields = dict(texts)
    fields["body"] = [("paragraph", f"<p>{text}</p>") for text in texts["body"]]
    return fields


def ensure_standard_pages(homes, locales, user=None):
    """The About, Contact and Questions pages under each home (idempotent); how many."""
    for spec in PAGES:
        page = child_of(homes["vi"], StandardPage, spec["slug"])
        if page is None:
            page = homes["vi"].add_child(
                instance=StandardPage(slug=spec["slug"], live=False, **_fields(spec["vi"]))
            )
            publish(page, user)
        translate_page(page, locales["en"], _fields(spec["en"]), slug=spec["slug_en"], user=user)
    return len(PAGES)
