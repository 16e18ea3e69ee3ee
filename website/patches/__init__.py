"""Every change this site makes to Wagtail, wagtail-localize, Django or the Python
runtime, in one place.

Each patch is one module of this package. Its docstring says what it changes and
why; ``CHECKED_AGAINST`` names the upstream versions it was read against; ``UPSTREAM``
holds a fingerprint of every upstream function or class it replaces or relies on
(tests/website/test_patches.py fails, naming the patch, when one of them changes);
``install()`` applies it and may be called twice.

Two kinds:

- **performance** patches are optional: the ``KCQG_PATCHES`` setting (environment
  variable ``PATCHES``) lists those that are on, ``all`` by default, ``none`` for
  plain Wagtail. Switching one off changes speed and query counts, never a page.
- **security** and **correctness** patches are always applied, whatever the setting.

``install("ready")`` runs from ``WebsiteConfig.ready()``; ``install("process")`` from
``website/wsgi.py`` once the site is loaded (a serving process only). README.md,
"Upgrading Wagtail or Django", has one line per patch.
"""

import hashlib
import inspect
from dataclasses import dataclass
from importlib import import_module

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PERFORMANCE, SECURITY, CORRECTNESS = "performance", "security", "correctness"


@dataclass(frozen=True)
class Patch:
    name: str  # the module in website/patches/ and the name in KCQG_PATCHES
    kind: str
    stage: str = "ready"  # "ready": WebsiteConfig.ready(); "process": website/wsgi.py

    @property
    def module(self):
        return import_module(f"{__name__}.{self.name}")

    @property
    def optional(self):
        return self.kind == PERFORMANCE


PATCHES = (
    Patch("image_filters", PERFORMANCE),
    Patch("image_attrs", PERFORMANCE),
    Patch("routing", PERFORMANCE),
    Patch("sqlite_stats", PERFORMANCE),
    Patch("gc_freeze", PERFORMANCE, stage="process"),
    Patch("localize_guard", SECURITY),
    Patch("csv_export", SECURITY),
    Patch("site_root_url", CORRECTNESS),
    Patch("chooser_locale_label", CORRECTNESS),
    Patch("date_inputs", CORRECTNESS),
)
BY_NAME = {patch.name: patch for patch in PATCHES}
OPTIONAL = tuple(patch.name for patch in PATCHES if patch.optional)

# Tricks that rely on upstream internals but live with the code they serve (moving
# them here would take them away from what they explain). Fingerprinted like the
# patches: "module:qualified name" -> the first 16 hex digits of its source's SHA-256.
ELSEWHERE = {
    # news/models/pages.py, NewsIndexPage.route: puts each routed article's locale
    # into Django's per-instance relation cache (``_state.fields_cache``), so that
    # Wagtail's routing does not read it again.
    "django.db.models.fields.mixins:FieldCacheMixin.get_cached_value": "dd8870ecbc64e67b",
    "django.db.models.fields.mixins:FieldCacheMixin.is_cached": "53fbfab40150e0f6",
    # website/chrome.py and website/renditions.py: the request's Site, found once per
    # request from the chrome cache, is stored where Wagtail's ``Site.find_for_request``
    # keeps it (``request._wagtail_site``).
    "wagtail.models.sites:Site.find_for_request": "4edb710b9fd353a0",
    # website/compiled.py, compiled_objects: a queryset compiled once per shape. Django's
    # iteration gets the stored compiler from ``query.get_compiler()`` (asked once), runs
    # it with ``execute_sql()`` (which asks ``as_sql()``) and builds the objects from its
    # ``select``, ``klass_info`` and ``annotation_col_map``; ``results_iter()`` asks
    # ``get_converters()`` for the selected columns, kept per database connection.
    "django.db.models.query:ModelIterable.__iter__": "c2a744b8c18e0b4a",
    "django.db.models.sql.compiler:SQLCompiler.execute_sql": "c1be0e0faedcb93e",
    "django.db.models.sql.compiler:SQLCompiler.results_iter": "d279d61b80a3a115",
    "django.db.models.sql.compiler:SQLCompiler.get_converters": "c6c8c1b71882ee8b",
    # website/compiled.py, compiled_prefetch: rows put where ``prefetch_related`` puts
    # them, the instance's ``_prefetched_objects_cache`` under the relation's cache name,
    # which Django's reverse foreign key manager answers from (and modelcluster's
    # ParentalKey manager through it, when the instance holds no unsaved rows).
    "django.db.models.fields.related_descriptors:create_reverse_many_to_one_manager": (
        "3d4329019191b419"
    ),
    "modelcluster.fields:create_deferring_foreign_related_manager": "f374746c1d713edf",
}


def enabled_names(value=None):
    """The optional patches switched on by ``KCQG_PATCHES`` (or ``value``): "all" (the
    default), "none", or names from ``OPTIONAL``; ImproperlyConfigured for any other."""
    if value is None:
        value = getattr(settings, "KCQG_PATCHES", "all")
    names = [value] if isinstance(value, str) else list(value)
    names = [part.strip() for name in names for part in name.split(",") if part.strip()]
    if names == ["all"]:
        return frozenset(OPTIONAL)
    if names in ([], ["none"]):
        return frozenset()
    unknown = sorted(set(names) - set(OPTIONAL))
    if unknown:
        raise ImproperlyConfigured(
            f"KCQG_PATCHES: unknown or not optional: {', '.join(unknown)}. "
            f"Use 'all', 'none' or some of: {', '.join(OPTIONAL)}."
        )
    return frozenset(names)


def enabled(name):
    """Whether the patch ``name`` is on: always for security and correctness patches."""
    patch = BY_NAME[name]
    return not patch.optional or name in enabled_names()


def install(stage="ready"):
    """Apply every patch of ``stage`` that is on; return their names."""
    installed = []
    for patch in PATCHES:
        if patch.stage == stage and enabled(patch.name):
            patch.module.install()
            installed.append(patch.name)
    return installed


# Replacing upstream attributes --------------------------------------------------------

_ORIGINALS = {}


def replace(owner, name, value):
    """Set ``owner.name`` (a class or module attribute defined on ``owner`` itself) to
    ``value``, keeping upstream's for ``original()``. Calling it again is harmless."""
    key = (owner, name)
    if key not in _ORIGINALS:
        _ORIGINALS[key] = vars(owner)[name]  # KeyError: upstream moved or renamed it
    setattr(owner, name, value)


def original(owner, name):
    """Upstream's ``owner.name``, replaced or not (a property stays a property)."""
    return _ORIGINALS.get((owner, name), vars(owner)[name])


def replaced():
    """{(owner, name): upstream's value} of every attribute replaced so far."""
    return dict(_ORIGINALS)


def resolve(target):
    """Upstream's object for "module:Qualified.name" (its original if replaced)."""
    module_name, _, qualname = target.partition(":")
    value = import_module(module_name)
    for name in qualname.split("."):
        value = original(value, name)
    return value


def fingerprint(value):
    """The first 16 hex digits of the SHA-256 of ``value``'s source (a property's getter)."""
    if isinstance(value, property):
        value = value.fget
    elif isinstance(value, staticmethod | classmethod):
        value = value.__func__
    source = inspect.getsource(value)
    return hashlib.sha256(source.encode()).hexdigest()[:16]
