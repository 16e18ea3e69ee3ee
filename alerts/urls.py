"""Routes of the alerts app, per language: /thong-bao/... in Vietnamese, /en/alerts/... in
English."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from website import public_forms

from . import views

app_name = "alerts"
urlpatterns = [
    # The subscription form: the public form "alert" (website.public_forms, alerts.views).
    path(
        _("thong-bao/dang-ky/"),
        public_forms.post,
        {"form_name": "alert"},
        name="subscribe",
    ),
    path(_("thong-bao/xac-nhan/<str:token>/"), views.confirm, name="confirm"),
    path(_("thong-bao/quan-ly/<str:token>/"), views.manage, name="manage"),
    path(_("thong-bao/huy/<str:token>/"), views.unsubscribe, name="unsubscribe"),
]
