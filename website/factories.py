"""Factories for the site-wide layer (wagtail-factories)."""

import factory
import wagtail_factories
from wagtail.models import Locale

from website.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Khuyến công quốc gia"
    slug = factory.Sequence(lambda n: f"trang-chu-{n}")
    intro = "Cổng thông tin khuyến công."

    class Meta:
        model = HomePage


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]
