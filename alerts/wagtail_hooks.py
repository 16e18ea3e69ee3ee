"""Admin: the "Thông báo e-mail" report (subscriptions by filter and language, last sends,
failures), the "Xuất bản, không gửi thông báo" publish button, and the answer to
``kcqg_alert_form`` (the subscription form other apps' listings show)."""

import secrets

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import PublishMenuItem
from wagtail.admin.menu import MenuItem

from website import public_forms
from website.antispam import sign_timestamp

from . import admin_views, signals
from .forms import SubscribeForm, sign_scope

# The form's HTML around its two signed values (the scope, the fill-time token), per
# language, address and description, kept by each process: rendering its fields through
# Django's widget templates cost ~1 ms a page, the same every time but for those two.
# Not kept under DEBUG, where templates change while the server runs.
_RENDERED = {}
RENDERED_KEPT = 500  # then forgotten and rendered again: a bounded memory
# Where the signed values go: random per process, so no description can hold them.
_SCOPE_MARK = f"scope-{secrets.token_hex(16)}"
_TIME_MARK = f"time-{secrets.token_hex(16)}"


@hooks.register("kcqg_alert_form")
def subscribe_form(request, kind, filters, description):
    language = (get_language() or "vi")[:2]
    source = request.get_full_path() if request is not None else ""
    scope = sign_scope(kind, filters, description, source, language)
    action = public_forms.action_url("alert")
    key = (language, action, str(description))
    parts = _RENDERED.get(key)
    if parts is None:
        parts = _form_parts(action, description)
        if not settings.DEBUG:
            if len(_RENDERED) >= RENDERED_KEPT:
                _RENDERED.clear()
            _RENDERED[key] = parts
    before, between, after = parts
    form_time = escape(sign_timestamp(SubscribeForm.antispam_scope))
    # The template's output with the two signed values put back, escaped as it would.
    return mark_safe(before + escape(scope) + between + form_time + after)  # noqa: S308


def _form_parts(action, description):
    """The rendered form cut where its signed values go: (before the scope, between it
    and the fill-time token, after that)."""
    form = SubscribeForm(auto_id="alert-%s", initial={"scope": _SCOPE_MARK})
    form.initial[form.timestamp_name] = _TIME_MARK
    # No request: the form carries no CSRF token, and the page it is on stays cacheable.
    html = render_to_string(
        "components/alerts/subscribe_form.html",
        {"form": form, "action": action, "description": description},
    )
    before, rest = html.split(_SCOPE_MARK)
    between, after = rest.split(_TIME_MARK)
    return before, between, after


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
