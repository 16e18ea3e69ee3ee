"""/sitemap.xml: every live, public page of the site in every language, with hreflang
alternates between translations. Imports no app: pages add their own extra URLs
through ``get_sitemap_urls``."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from website.visibility import public_q


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap covers the site's root page only; ours adds its translations."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = [root, *root.get_translations()]
        in_tree = Q()
        for page in roots:
            in_tree |= Q(path__startswith=page.path)
        return (
            Page.objects.filter(in_tree)
            .live()
            .filter(public_q())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        groups = {}
        for other in (
            Page.objects.filter(translation_key__in={item.translation_key for item in items})
            .live()
            .filter(public_q())
            .select_related("locale")
            .only("id", "url_path", "translation_key", "locale__language_code")
        ):
            groups.setdefault(other.translation_key, []).append(other)
        urls = []
        last_mods = set()
        for item in items:
            group = groups.get(item.translation_key, [])
            alternates = [
                {
                    "lang_code": other.locale.language_code,
                    "location": other.get_full_url(self.request),
                }
                for other in group
            ]
            for url_info in item.get_sitemap_urls(self.request):
                if len(alternates) > 1 and "alternates" not in url_info:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
