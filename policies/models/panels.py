"""The admin panels of a ``PolicyPage``: identity and dates, summary and support items,
who and where it applies to, files, relations, body."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from website.models import BasePage

POLICY_PAGE_PANELS = [
    *BasePage.content_panels,
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("document_number"), FieldPanel("document_type")]),
            FieldRowPanel([FieldPanel("issuing_body"), FieldPanel("signer")]),
            FieldRowPanel(
                [
                    FieldPanel("issue_date"),
                    FieldPanel("effective_date"),
                    FieldPanel("expiry_date"),
                    FieldPanel("period_end_year"),
                ]
            ),
        ],
        heading=_("Thông tin văn bản"),
    ),
    FieldPanel("summary"),
    FieldPanel("support_items"),
    MultiFieldPanel(
        [
            FieldPanel("beneficiary_kinds", widget=forms.CheckboxSelectMultiple),
            FieldPanel("enterprise_sizes", widget=forms.CheckboxSelectMultiple),
            FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
            FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
            FieldPanel("provinces", widget=forms.CheckboxSelectMultiple),
        ],
        heading=_("Phạm vi áp dụng"),
    ),
    InlinePanel("attachments", label=_("Tệp đính kèm"), heading=_("Tệp đính kèm")),
    InlinePanel(
        "relations",
        label=_("Văn bản liên quan"),
        heading=_("Thay thế, sửa đổi văn bản khác"),
    ),
    FieldPanel("body"),
]
