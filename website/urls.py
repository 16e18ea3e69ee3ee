from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from website import counter, public_forms, search_views, views
from website.api import api_router
from website.sitemaps import MultilingualSitemap

handler404 = "website.views.page_not_found"
handler500 = "website.views.server_error"

# Routes that are the same in every language.
urlpatterns = [
    path(f"{settings.ADMIN_URL}/logout/", views.admin_logout, name="wagtailadmin_logout"),
    path(f"{settings.ADMIN_URL}/", include(wagtailadmin_urls)),
    # Wagtail's password forms with a limit on wrong passwords, before Wagtail's own routes.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        views.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    # The media library's files and captions (multimedia/urls.py).
    path("", include("multimedia.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
    ),
]

if settings.SERVE_MEDIA:
    # Uploaded files, when no web server in front serves /media/ itself.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", views.serve_media),
    ]

if settings.DEBUG:
    urlpatterns += [
        path("__errors__/404/", views.page_not_found),
        path("__errors__/500/", views.server_error),
    ]

# Routes per language: Vietnamese without a prefix, English under /en/.
# Each app's urls.py comes before the page tree, which catches everything else.
# The search paths are translated: /tim-kiem/ in Vietnamese, /en/search/ in English.
urlpatterns += i18n_patterns(
    path(_("tim-kiem/"), search_views.search, name="search"),
    path(_("tim-kiem/goi-y/"), search_views.suggest, name="search_suggest"),
    # The view counter's beacon (website.counter).
    path("views/<int:page_id>/", counter.beacon, name="view_beacon"),
    path("views/<int:page_id>/pixel.gif", counter.pixel, name="view_pixel"),
    # Public forms posting onto cached pages (website.public_forms).
    path(
        _("gui-bieu-mau/<slug:form_name>/<int:page_id>/"),
        public_forms.post,
        name=public_forms.URL_NAME,
    ),
    path("", include("news.urls")),
    path("", include("showcase.urls")),
    path("", include("policies.urls")),
    path("", include("alerts.urls")),
    path("", include("multimedia.feed_urls")),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        views.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
