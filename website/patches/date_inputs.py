"""Correctness (always on): every date and date-time field of every admin form (pages,
snippets, settings) takes dates typed the Vietnamese way.

``install()`` registers ``website.forms``' ``VietnameseDateInput`` and
``VietnameseDateTimeInput`` as the admin widgets of Django's ``DateField`` and
``DateTimeField`` (Wagtail's ``register_form_field_override``, a public API). The
widgets read dd/mm/yyyy and switch off the date picker's ``validateOnBlur``, which
otherwise replaced any text it could not read in its own format ("20-05-2019") with the
current date; they rely on the config that Wagtail's date widgets hand their picker
(``get_config``).
"""

from django.db import models
from wagtail.admin.forms.models import register_form_field_override

from website.forms import VietnameseDateInput, VietnameseDateTimeInput

CHECKED_AGAINST = "Wagtail 8.0.1"
UPSTREAM = {
    "wagtail.admin.forms.models:register_form_field_override": "d921fb861e198aee",
    "wagtail.admin.widgets.datetime:AdminDateInput.get_config": "fa5e78eea1830e2e",
    "wagtail.admin.widgets.datetime:AdminDateTimeInput.get_config": "e18b225d76605984",
}


def install():
    register_form_field_override(models.DateField, override={"widget": VietnameseDateInput})
    register_form_field_override(models.DateTimeField, override={"widget": VietnameseDateTimeInput})
