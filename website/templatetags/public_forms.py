"""The address and the "sent" state of a public form (website.public_forms):

{% load public_forms %}
<form method="post" action="{% public_form_action "inquiry" page %}">
{% public_form_sent "inquiry" page as inquiry_sent %}
"""

from django import template

from website import public_forms

register = template.Library()


@register.simple_tag
def public_form_action(name, page):
    return public_forms.action_url(name, page)


@register.simple_tag(takes_context=True)
def public_form_sent(context, name, page):
    return public_forms.was_sent(context.get("request"), name, page)
