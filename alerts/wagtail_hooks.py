"""Admin: the "Thông báo e-mail" report (subscriptions by filter and language, last sends,
failures), the "Xuất bản, không gửi thông báo" publish button, and the answer to
``kcqg_alert_form`` (the subscription form other apps' listings show)."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import PublishMenuItem
from wagtail.admin.menu import MenuItem

from website import public_forms

from . import admin_views, signals
from .forms import SubscribeForm, sign_scope


@hooks.register("kcqg_alert_form")
def subscribe_form(request, kind, filters, description):
    language = (get_language() or "vi")[:2]
    source = request.get_full_path() if request is not None else ""
    form = SubscribeForm(
        auto_id="alert-%s",
        initial={"scope": sign_scope(kind, filters, description, source, language)},
    )
    # No request: the form carries no CSRF token, and the page it is on stays cacheable.
    return render_to_string(
        "components/alerts/subscribe_form.html",
        {
            "form": form,
            "action": public_forms.action_url("alert"),
            "description": description,
        },
    )


class PublishWithoutAlertMenuItem(PublishMenuItem):
    label = _("Xuất bản, không gửi thông báo")
    name = "action-publish-no-alert"
    template_name = "components/alerts/admin/publish_no_alert.html"
    icon_name = "mail"
    order = 5


@hooks.register("register_page_action_menu_item")
def publish_without_alert():
    return PublishWithoutAlertMenuItem()


def _mark(request):
    if request.method == "POST" and request.POST.get("action-publish") == "no-alert":
        signals.suppress_next()


@hooks.register("before_edit_page")
def no_alert_on_edit(request, page):
    _mark(request)


@hooks.register("before_create_page")
def no_alert_on_create(request, parent_page, page_class):
    _mark(request)


@hooks.register("register_admin_urls")
def admin_urls():
    return [path("thong-bao-email/", admin_views.report, name="alerts_report")]


@hooks.register("register_reports_menu_item")
def report_menu_item():
    return MenuItem(_("Thông báo e-mail"), reverse("alerts_report"), icon_name="mail", order=900)
