"""What a published page is, for alerts: asked of the apps that own the page types.

Each content app answers the Wagtail hook ``kcqg_alert_source`` with a function
``fn(page) -> dict | None``: None for a page it does not own, else

    {"kind": "policies" | "news",
     "title": str, "summary": str (plain text), "date": date or datetime,
     "matches": fn(filters: dict) -> bool}

``filters`` is what the reader chose when subscribing ({query-string parameter: [values]},
the owning app's own vocabulary): the app that wrote them decides whether a page matches.
This app imports none of them.
"""

from wagtail import hooks

HOOK = "kcqg_alert_source"


def source_for(page):
    """The owning app's answer for ``page`` (a specific page), or None."""
    for answer in hooks.get_hooks(HOOK):
        source = answer(page)
        if source:
            return source
    return None
