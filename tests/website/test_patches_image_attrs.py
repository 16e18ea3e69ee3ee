"""website.patches.image_attrs: Wagtail's image HTML gets the string Django's ``flatatt``
would write, built in one join."""

import pytest
from django.forms.utils import flatatt as django_flatatt
from django.template import engines
from django.utils.functional import lazy
from django.utils.safestring import SafeString, mark_safe
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.images import models as image_models

from demo.build import demo_image
from website.patches import image_attrs

names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_:<>\"'&", min_size=1, max_size=12)
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5000),
    st.text(max_size=30),
    st.text(max_size=30).map(mark_safe),
    st.text(max_size=30).map(lazy(str, str)),
)


# Derandomized, as the suite's other property tests; generation is not timed (it was
# "too slow" once on a machine running both engines' suites and Lighthouse at once).
@settings(derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(names, values, max_size=12))
def test_the_same_string_as_djangos_flatatt(attrs):
    ours = image_attrs.flatatt(attrs)
    assert ours == django_flatatt(attrs)
    assert isinstance(ours, SafeString)


def test_escapes_names_and_values_and_orders_as_django():
    attrs = {"title": 'Gốm "Bát Tràng" <1> & 2', "alt": "", "hidden": True, "lazy": False}
    attrs |= {"width": 400, "data-x": None, "async": True}
    expected = (
        ' alt="" title="Gốm &quot;Bát Tràng&quot; &lt;1&gt; &amp; 2" width="400" async hidden'
    )
    assert image_attrs.flatatt(attrs) == django_flatatt(attrs) == expected


@pytest.mark.django_db
def test_pictures_render_as_with_djangos_flatatt(monkeypatch):
    assert image_models.flatatt is image_attrs.flatatt  # installed (KCQG_PATCHES "all")
    image = demo_image("Gốm Bát Tràng", width=900, height=600, description="Gốm")
    template = engines["django"].from_string(
        "{% load wagtailimages_tags %}"
        "{% picture img format-{webp,jpeg} fill-{240x160,480x320} sizes='240px' alt=alt"
        " loading='lazy' %}{% image img fill-100x100 class=css %}"
    )
    context = {"img": image, "alt": 'Gốm "Bát Tràng" <1>', "css": "a&b"}
    ours = template.render(context)
    monkeypatch.setattr(image_models, "flatatt", django_flatatt)
    assert template.render(context) == ours
    assert ours.count("<source") == 1
    assert 'alt="Gốm &quot;Bát Tràng&quot; &lt;1&gt;"' in ours and 'class="a&amp;b"' in ours
