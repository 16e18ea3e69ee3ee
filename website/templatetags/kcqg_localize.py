"""Admin template tags of the translation editor: {% load kcqg_localize %}."""

from django import template

from website.localize_admin import editor_status

register = template.Library()


@register.simple_tag
def translation_editor_status(translation, user):
    return editor_status(translation, user)
