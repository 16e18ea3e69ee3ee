"""Performance: Wagtail's image tags, without re-reading their filter specs on every render.

``{% image %}``, ``{% srcset_image %}`` and ``{% picture %}`` build new ``Filter``
objects each time they render; each one parses its spec again and checks every
operation's arguments with ``inspect`` (0.4 ms of a card's 1 ms, four times per
card for ``format-{webp,jpeg} fill-{240x160,480x320}``). The specs of a tag are
literals fixed when the template is compiled, and a ``Filter`` does not change
once built, so each template node keeps the ones it built the first time.
Renditions, their lookup and the HTML are Wagtail's own, unchanged.

Changes ``ImageNode.get_filter`` and ``SrcsetImageNode.get_filters`` (which
``PictureNode`` inherits). Off (``KCQG_PATCHES``), each render builds its filters again.
"""

from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode

from website.patches import original, replace

CHECKED_AGAINST = "Wagtail 8.0.1"
UPSTREAM = {
    "wagtail.images.templatetags.wagtailimages_tags:ImageNode.get_filter": "04d07d15d142977b",
    "wagtail.images.templatetags.wagtailimages_tags:SrcsetImageNode.get_filters": "ce64cf28f8fb9bdc",
}


def _remember(build, attr):
    def remembered(self):
        filters = self.__dict__.get(attr)
        if filters is None:
            filters = build(self)
            setattr(self, attr, filters)
        return filters

    remembered.__wrapped__ = build
    return remembered


def install():
    replace(ImageNode, "get_filter", _remember(original(ImageNode, "get_filter"), "_kcqg_filter"))
    replace(
        SrcsetImageNode,
        "get_filters",
        _remember(original(SrcsetImageNode, "get_filters"), "_kcqg_filters"),
    )
