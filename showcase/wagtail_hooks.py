"""Admin: producer inquiries, read-mostly (editors mark them handled or spam, add a note).
And what the showcase offers other apps, as Wagtail hooks (they never import showcase):

    kcqg_related_case_studies(page, request, limit, *, province=None, region=None,
                              sector=None, support_types=None) -> list[CaseStudyPage]
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import (
    queries,
    structured_data,  # noqa: F401 - registers the page types' builders
)
from .models import ProducerInquiry

RELATED_CASE_STUDIES_HOOK = "kcqg_related_case_studies"


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


@hooks.register(RELATED_CASE_STUDIES_HOOK)
def related_case_studies(
    page, request, limit=3, *, province=None, region=None, sector=None, support_types=None
):
    """Live case studies in ``page``'s language, newest first, matching every filter given
    (each a slug, a snippet or a list of them; None: any), at most ``limit``."""
    return queries.case_studies_for(
        page.locale,
        province=province,
        region=region,
        sector=sector,
        support_types=support_types,
        limit=limit,
    )
