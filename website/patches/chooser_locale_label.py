"""Correctness (always on): the choosers' language filter has a label in the admin's
language.

Wagtail's ``LocaleFilterMixin`` adds its "locale" field without a label, so every
chooser of a translatable model (authors, categories, provinces…) shows the field's
name, "Locale", above the language choices. ``install()`` wraps the mixin's
``__init__``: the label becomes the one of the models' own "locale" field, translated
by the catalogues ("ngôn ngữ" in locale_upstream/). A label upstream gives it one day
is kept.
"""

from django.utils.text import capfirst
from wagtail.admin.forms.choosers import LocaleFilterMixin
from wagtail.models import TranslatableMixin

from website.patches import original, replace

CHECKED_AGAINST = "Wagtail 8.0.1"
UPSTREAM = {
    "wagtail.admin.forms.choosers:LocaleFilterMixin.__init__": "fbdf5401c29dce24",
}


def __init__(self, *args, **kwargs):
    original(LocaleFilterMixin, "__init__")(self, *args, **kwargs)
    if "locale" in self.fields and not self.fields["locale"].label:
        self.fields["locale"].label = capfirst(
            TranslatableMixin._meta.get_field("locale").verbose_name
        )


def install():
    replace(LocaleFilterMixin, "__init__", __init__)
