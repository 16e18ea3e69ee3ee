"""website.patches.image_filters: Wagtail's image tags keep their Filter objects between renders."""

from unittest import mock

import pytest
from django.template import engines
from wagtail.images.models import Filter
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode

from demo.build import demo_image

TEMPLATE = (
    "{% load wagtailimages_tags %}"
    "{% picture img format-{webp,jpeg} fill-{240x160,480x320} sizes='240px' %}"
    "{% srcset_image img width-{200,400} sizes='200px' %}"
    "{% image img fill-100x100 loading='lazy' %}"
)


@pytest.mark.django_db
def test_tags_render_as_wagtail_and_build_their_filters_once():
    image = demo_image("Gốm Bát Tràng", width=600, height=400, description="Gốm")
    template = engines["django"].from_string(TEMPLATE)
    first = template.render({"img": image})
    with mock.patch.object(Filter, "__init__", autospec=True, side_effect=Filter.__init__) as built:
        second = template.render({"img": image})
    assert second == first
    assert built.call_count == 0  # the nodes kept the Filters of the first render

    # The same HTML as Wagtail's own tags, building their filters afresh.
    with (
        mock.patch.object(ImageNode, "get_filter", ImageNode.get_filter.__wrapped__),
        mock.patch.object(SrcsetImageNode, "get_filters", SrcsetImageNode.get_filters.__wrapped__),
    ):
        plain = engines["django"].from_string(TEMPLATE).render({"img": image})
    assert plain == first
    assert first.count("<source") == 1 and 'type="image/webp"' in first
    assert first.count("<img") == 3
