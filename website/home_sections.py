"""Sections of the home page that other apps contribute.

``website`` imports from no app. An app registers a section in its
``AppConfig.ready()``; the home page asks each for its context at render time:

    register_home_section("news.latest", order=10,
                          template="components/news/home_latest.html",
                          context=lambda request, page: {...})
"""

from collections.abc import Callable
from dataclasses import dataclass

from website.renditions import batched


@dataclass(frozen=True)
class HomeSection:
    key: str
    order: int
    template: str
    context: Callable


_SECTIONS: dict[str, HomeSection] = {}


def register_home_section(key, *, order, template, context):
    _SECTIONS[key] = HomeSection(key=key, order=order, template=template, context=context)


def render_sections(request, page):
    """[(template, context)] in order; a section that returns None is skipped. The
    renditions the sections ask for (``website.renditions.attach_renditions``) come in
    one query for them all."""
    rendered = []
    with batched():
        for section in sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key)):
            context = section.context(request, page)
            if context is not None:
                rendered.append({"template": section.template, "context": context})
    return rendered
