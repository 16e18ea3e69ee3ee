"""Every field an editor sees in the admin panels has a help text in Vietnamese."""

import pytest
from django.apps import apps
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    ObjectList,
    PanelGroup,
    extract_panel_definitions_from_model_class,
)
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from website.models import SiteSettings

APPS = {"website", "news", "showcase", "policies", "multimedia"}
# Wagtail's own page fields, explained by Wagtail itself.
CORE = {
    "title",
    "slug",
    "seo_title",
    "search_description",
    "show_in_menus",
    "go_live_at",
    "expire_at",
    "locale",
}


def _panel_fields(panel, model):
    if isinstance(panel, InlinePanel):
        yield from _model_fields(model._meta.get_field(panel.relation_name).related_model)
    elif isinstance(panel, FieldPanel):
        yield model, panel.field_name
    elif isinstance(panel, PanelGroup):
        for child in panel.children:
            yield from _panel_fields(child, model)


def _model_fields(model):
    if hasattr(model, "get_edit_handler"):
        handler = model.get_edit_handler()
    else:
        panels = getattr(model, "panels", None)
        handler = ObjectList(panels or extract_panel_definitions_from_model_class(model))
    yield from _panel_fields(handler, model)


def editable_models():
    pages = [m for m in apps.get_models() if issubclass(m, Page) and m._meta.app_label in APPS]
    snippets = [m for m in get_snippet_models() if m._meta.app_label in APPS]
    return [*pages, *snippets, SiteSettings]


@pytest.mark.parametrize("model", editable_models(), ids=lambda m: m._meta.label)
def test_every_editable_field_has_a_help_text(model):
    fields = [(owner, name) for owner, name in _model_fields(model) if name not in CORE]
    assert fields, "no panels found"
    missing = [
        f"{owner._meta.label}.{name}"
        for owner, name in fields
        if not str(owner._meta.get_field(name).help_text).strip()
    ]
    assert missing == []


def test_help_texts_are_vietnamese():
    from news.models import NewsArticlePage

    assert "ảnh" in str(NewsArticlePage._meta.get_field("hero_image").help_text)
