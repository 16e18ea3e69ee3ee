"""website.patches: every change to Wagtail, wagtail-localize, Django and the runtime is
registered, documented, fingerprinted against the upstream code it was written for,
installed, and (the performance ones) switched by KCQG_PATCHES.

When a fingerprint test fails, upstream changed code that a patch replaces or relies on:
read the new upstream code, adapt the patch (website/patches/<name>.py) if needed, run
its behavioural tests, then record the new fingerprint and version there (and the
README's "Upgrading Wagtail or Django" line if the advice changed).
"""

import pkgutil
import sqlite3
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, MiddlewareNotUsed
from django.db import connection, models
from django.db.models.signals import post_migrate
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.admin.forms.choosers import LocaleFilterMixin
from wagtail.admin.forms.models import formfield_for_dbfield
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.images import models as image_models
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode
from wagtail.models import Site
from wagtail_localize import operations
from wagtail_localize.models import Translation

from website import patches
from website.forms import VietnameseDateInput, VietnameseDateTimeInput
from website.models import StandardPage
from website.patches import (
    chooser_locale_label,
    csv_export,
    image_attrs,
    localize_guard,
    site_root_url,
)
from website.patches.routing import PageRouteMiddleware
from website.patches.sqlite_stats import refresh_table_stats

ROOT = Path(__file__).resolve().parents[2]
KIND_OPENINGS = {
    patches.PERFORMANCE: "Performance: ",
    patches.SECURITY: "Security (always on): ",
    patches.CORRECTNESS: "Correctness (always on): ",
}


def upstream_targets():
    for patch in patches.PATCHES:
        for target, recorded in patch.module.UPSTREAM.items():
            yield pytest.param(patch.name, target, recorded, id=f"{patch.name}:{target}")
    for target, recorded in patches.ELSEWHERE.items():
        yield pytest.param("(elsewhere)", target, recorded, id=f"elsewhere:{target}")


# The registry --------------------------------------------------------------------------


def test_every_module_of_the_package_is_a_registered_patch():
    modules = {info.name for info in pkgutil.iter_modules(patches.__path__)}
    assert modules == set(patches.BY_NAME)


@pytest.mark.parametrize("patch", patches.PATCHES, ids=lambda patch: patch.name)
def test_each_patch_says_what_why_and_against_which_version(patch):
    module = patch.module
    assert module.__doc__.startswith(KIND_OPENINGS[patch.kind])
    assert len(module.__doc__) > 300  # what it changes and why
    assert module.CHECKED_AGAINST.strip()
    assert isinstance(module.UPSTREAM, dict)
    assert callable(module.install)
    assert patch.stage in {"ready", "process"}


def test_the_readme_has_a_line_per_patch_and_documents_the_setting():
    readme = (ROOT / "README.md").read_text()
    upgrading = readme.split("## Upgrading Wagtail or Django", 1)[1].split("\n## ", 1)[0]
    for patch in patches.PATCHES:
        assert f"`website/patches/{patch.name}.py`" in upgrading, patch.name
    assert "NewsIndexPage.route" in upgrading  # a trick living elsewhere
    assert "| `PATCHES` |" in readme  # the configuration table


# Upstream has not changed under a patch --------------------------------------------------


@pytest.mark.parametrize(("patch", "target", "recorded"), list(upstream_targets()))
def test_upstream_code_is_the_code_the_patch_was_written_for(patch, target, recorded):
    current = patches.fingerprint(patches.resolve(target))
    where = "website/patches/__init__.py ELSEWHERE" if patch == "(elsewhere)" else patch
    assert current == recorded, (
        f"UPSTREAM CHANGED: {target} is not the code that patch {where} was checked "
        f"against (fingerprint {recorded}, now {current}). Read the new upstream code, "
        f"adapt the patch if needed, run its tests, then record {current} and the new "
        f"version in the patch module (see README, 'Upgrading Wagtail or Django')."
    )


def test_every_replaced_attribute_is_fingerprinted():
    fingerprinted = {target for patch in patches.PATCHES for target in patch.module.UPSTREAM}
    for owner, name in patches.replaced():
        if isinstance(owner, type):
            target = f"{owner.__module__}:{owner.__qualname__}.{name}"
        else:
            target = f"{owner.__name__}:{name}"
        assert target in fingerprinted, f"{target} is replaced but has no fingerprint"


def test_fingerprints_follow_the_source():
    def one():
        return 1

    def two():
        return 2

    assert patches.fingerprint(one) != patches.fingerprint(two)
    assert patches.fingerprint(property(one)) == patches.fingerprint(one)
    with pytest.raises(KeyError):  # an attribute upstream no longer defines fails loudly
        patches.resolve("wagtail.models.sites:Site.no_such_attribute")


# Installed, and taking effect ------------------------------------------------------------


def test_the_patches_are_installed():
    expected = {
        (ImageNode, "get_filter"): None,  # wrapped: checked below
        (SrcsetImageNode, "get_filters"): None,
        (operations, "TranslationCreator"): localize_guard.TranslationCreator,
        (Translation, "save_target"): localize_guard.save_target,
        (SpreadsheetExportMixin, "stream_csv"): csv_export.stream_csv,
        (SpreadsheetExportMixin, "write_csv_row"): csv_export.write_csv_row,
        (Site, "root_url"): None,  # a property: checked below
        (LocaleFilterMixin, "__init__"): chooser_locale_label.__init__,
        (image_models, "flatatt"): image_attrs.flatatt,
    }
    replaced = patches.replaced()
    assert set(replaced) == set(expected)
    for (owner, name), value in expected.items():
        if value is not None:
            assert vars(owner)[name] is value
    assert ImageNode.get_filter.__wrapped__ is patches.original(ImageNode, "get_filter")
    assert SrcsetImageNode.get_filters.__wrapped__ is replaced[(SrcsetImageNode, "get_filters")]
    assert vars(Site)["root_url"].fget is site_root_url.site_root_url
    # Installing again changes nothing.
    patches.install("ready")
    assert patches.replaced() == replaced
    assert ImageNode.get_filter.__wrapped__ is patches.original(ImageNode, "get_filter")


def test_the_default_site_root_url_is_the_configured_origin():
    default = Site(hostname="localhost", port=80, is_default_site=True)
    other = Site(hostname="other.example", port=8080, is_default_site=False)
    assert default.root_url == settings.SITE_ORIGIN
    assert other.root_url == "http://other.example:8080"


@pytest.mark.django_db
def test_the_choosers_language_filter_has_a_translated_label(locale_en):
    form = type("Filter", (LocaleFilterMixin,), {})()
    assert form.fields["locale"].label == "Ngôn ngữ"


def test_admin_date_fields_take_vietnamese_dates():
    assert isinstance(formfield_for_dbfield(models.DateField()).widget, VietnameseDateInput)
    assert isinstance(formfield_for_dbfield(models.DateTimeField()).widget, VietnameseDateTimeInput)


def test_sqlite_stats_refresh_after_migrations():
    assert any(receiver[0][0] == "sqlite_table_stats" for receiver in post_migrate.receivers)


# The setting --------------------------------------------------------------------------


def test_the_setting_names_the_optional_patches():
    optional = {"image_filters", "image_attrs", "routing", "sqlite_stats", "gc_freeze"}
    assert set(patches.OPTIONAL) == optional
    assert patches.enabled_names(["all"]) == optional
    assert patches.enabled_names("all") == optional
    assert patches.enabled_names("none") == set()
    assert patches.enabled_names([]) == set()
    assert patches.enabled_names("routing, gc_freeze") == {"routing", "gc_freeze"}
    assert patches.enabled_names(["routing", "gc_freeze"]) == {"routing", "gc_freeze"}
    for wrong in ("routnig", "localize_guard", "all,none"):
        with pytest.raises(ImproperlyConfigured, match="KCQG_PATCHES"):
            patches.enabled_names(wrong)


def test_security_and_correctness_patches_stay_on_with_none(settings):
    settings.KCQG_PATCHES = "none"
    for patch in patches.PATCHES:
        assert patches.enabled(patch.name) is not patch.optional
    assert patches.install("ready") == [
        patch.name for patch in patches.PATCHES if not patch.optional
    ]
    settings.KCQG_PATCHES = "all"
    assert patches.enabled("routing") and patches.enabled("localize_guard")


def test_routing_steps_aside_when_off(settings):
    settings.KCQG_PATCHES = ["image_filters"]
    with pytest.raises(MiddlewareNotUsed):
        PageRouteMiddleware(lambda request: None)
    settings.KCQG_PATCHES = ["routing"]
    PageRouteMiddleware(lambda request: None)


@pytest.mark.django_db
def test_pages_are_the_same_with_routing_off_at_more_queries(home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    page = StandardPage(title="Giới thiệu", slug="gioi-thieu", intro="Giới thiệu.")
    home.add_child(instance=page)
    page.save_revision().publish()

    def serve():
        client = Client()  # a new client builds its middleware from the setting
        client.get("/gioi-thieu/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/gioi-thieu/")
        assert response.status_code == 200
        return response.content, len(queries)

    Client().get("/")  # the first request creates the site settings, a content change
    serve()
    patched, patched_queries = serve()
    settings.KCQG_PATCHES = "none"
    plain, plain_queries = serve()
    assert plain == patched
    assert plain_queries > patched_queries


@pytest.mark.django_db
def test_sqlite_stats_off_empties_the_planner_table(settings):
    if connection.vendor != "sqlite":
        assert refresh_table_stats() == 0
        return

    def rows():
        with connection.cursor() as cursor:
            cursor.execute("SELECT tbl, idx, stat FROM sqlite_stat1")  # SQLite's format
            return cursor.fetchall()

    try:
        settings.KCQG_PATCHES = "none"
        assert refresh_table_stats() == 0
        assert rows() == []
    finally:
        settings.KCQG_PATCHES = "all"
        assert refresh_table_stats() > 50
    stats = {table: (idx, stat) for table, idx, stat in rows()}
    assert "wagtailcore_page" in stats
    assert all(idx is None and int(stat) >= 1 for idx, stat in stats.values())
    assert sqlite3.sqlite_version_info >= (3, 8, 0)  # sqlite_stat1 rows without an index
