"""The view counter's beacon: {% load view_counter %} … {% view_beacon page %}
(``website.counter``; the page's type must be ``ViewCounted``)."""

from django import template
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("components/view_beacon.html")
def view_beacon(page):
    """The counter's beacon for a page: include it to count the page's reads."""
    return {
        "beacon_url": reverse("view_beacon", args=[page.pk]),
        "pixel_url": reverse("view_pixel", args=[page.pk]),
    }
