"""News related to a page of another app (a case study, a product, a policy), asked of
whichever app answers the Wagtail hook ``kcqg_related_news`` (the news app).

    related_news(request, page, provinces=[...], regions=[...], sectors=[...],
                 linked=[page, *documents])

The facts are taxonomy rows (matched by translation key, any language) and objects whose
links in an article's text count (the page itself, its documents). The answer never
holds an article that shares none of them; without the news app it is empty.
"""

from wagtail import hooks

RELATED_NEWS_HOOK = "kcqg_related_news"
RELATED_NEWS_LIMIT = 3


def related_news(request, page, limit=RELATED_NEWS_LIMIT, **facts):
    """[Page] of the first app that answers with any, at most ``limit``."""
    for fn in hooks.get_hooks(RELATED_NEWS_HOOK):
        items = fn(request, page, limit, **facts)
        if items:
            return list(items)[:limit]
    return []
