"""Showcase template filters: {% load showcase_tags %}."""

from django import template

from showcase import text

register = template.Library()


@register.filter
def percent(value):
    return text.percent(value)


@register.filter
def decimal_num(value):
    return text.decimal_number(value)


@register.filter
def cover(page):
    """The cover image of a case study or product card."""
    return page.get_cover_image()
