"""Model fields whose admin form reads numbers the way Vietnamese editors type them.

``MoneyField`` (đồng) and ``GroupedIntegerField`` (counts) store exactly what
``PositiveBigIntegerField`` and ``PositiveIntegerField`` store: only their form
field differs (``website.forms.VietnameseNumberField``), so they deconstruct as
Django's own fields and need no migration. Years, sort orders and percentages
stay plain integer fields: nobody groups their digits.
"""

from django.db import models

from website.forms import VietnameseNumberField


class MoneyField(models.PositiveBigIntegerField):
    """An amount in đồng: "450.000.000", "450 triệu", "1,2 tỷ" in the admin."""

    def formfield(self, **kwargs):
        kwargs.pop("widget", None)
        return super().formfield(**{**kwargs, "form_class": VietnameseNumberField, "money": True})

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.PositiveBigIntegerField", args, kwargs


class GroupedIntegerField(models.PositiveIntegerField):
    """A count an editor may type with thousands dots: "1.200"."""

    def formfield(self, **kwargs):
        kwargs.pop("widget", None)
        return super().formfield(**{**kwargs, "form_class": VietnameseNumberField})

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.PositiveIntegerField", args, kwargs
