"""Admin: producer inquiries, read-mostly (editors mark them handled or spam, add a note)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import ProducerInquiry
from .queries import case_studies_for


class ReadMostlyPolicy(ModelPermissionPolicy):
    """Inquiries come from the public form only: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


register_permission_policy(ProducerInquiry, ReadMostlyPolicy(ProducerInquiry))


class ProducerInquiryViewSet(ModelViewSet):
    model = ProducerInquiry
    name = "showcase_inquiry"
    icon = "mail"
    menu_label = _("Yêu cầu liên hệ")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None
    search_fields = ["name", "organisation", "email", "phone", "message", "product_title"]
    list_display = ["name", "product_title", "contact", "created_at", "is_spam", "handled"]
    list_filter = ["is_spam", "handled", "language", "created_at"]
    list_export = [
        "created_at",
        "product_title",
        "name",
        "organisation",
        "phone",
        "email",
        "message",
        "is_spam",
        "handled",
    ]
    form_fields = ["handled", "is_spam", "note"]
    inspect_view_fields = [
        "product_title",
        "name",
        "organisation",
        "phone",
        "email",
        "message",
        "language",
        "created_at",
        "emailed_at",
        "is_spam",
        "spam_reason",
        "handled",
        "note",
    ]


@hooks.register("register_admin_viewset")
def register_inquiry_viewset():
    return ProducerInquiryViewSet()


# --- TEMPORARY (branch policies26, issue #26): the showcase branch registers its own
# "kcqg_related_case_studies" hook; drop this block when merging it. ---------------
@hooks.register("kcqg_related_case_studies")
def related_case_studies_for_guide(page, request, limit):
    """Case studies for the answers of the policies guide on ``page`` (its index page):
    ?province=, ?sector=, ?needs= (support types), slugs the guide has validated."""
    return case_studies_for(
        page.locale,
        province=request.GET.get("province") or None,
        sector=request.GET.get("sector") or None,
        support_types=request.GET.getlist("needs") or None,
        limit=limit,
    )


# --- end of TEMPORARY block (policies26) ---------------------------------------------
