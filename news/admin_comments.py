"""Moderation of reader comments in the Wagtail admin.

"Ý kiến bạn đọc" in the main menu (with the number waiting, "Ý kiến bạn đọc (3)"), a
listing with filters (status, article, date), search and bulk approve / reject / spam,
an edit view for the status and the editors' reply, and a dashboard panel with the
latest comments waiting. Only users with ``news.change_readercomment`` (the groups
"Kiểm duyệt ý kiến bạn đọc", "Kiểm duyệt" and "Quản trị") may moderate; "Biên tập viên"
may not. Comments come from the public form only: nobody adds one in the admin.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from news.models import CommentStatus, NewsArticlePage, ReaderComment

URL_NAMESPACE = "wagtailsnippets_news_readercomment"


class ReaderCommentPolicy(ModelPermissionPolicy):
    """Comments come from the public form only: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


policy = ReaderCommentPolicy(ReaderComment)


def can_moderate(user):
    return policy.user_has_permission(user, "change")


def pending_count():
    return ReaderComment.objects.pending().count()


def _commented_articles(request):
    return NewsArticlePage.objects.filter(
        pk__in=ReaderComment.objects.values("article_id")
    ).order_by("title")


class ReaderCommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Trạng thái"), choices=CommentStatus.choices)
    article = django_filters.ModelChoiceFilter(label=_("Bài viết"), queryset=_commented_articles)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Ngày gửi"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ReaderComment
        fields = ["status", "article", "created_at"]


class ReaderCommentEditView(EditView):
    def save_instance(self):
        instance = self.form.instance
        if "status" in self.form.changed_data:
            instance.moderated_by = self.request.user
        return super().save_instance()


class ReaderCommentViewSet(SnippetViewSet):
    model = ReaderComment
    permission_policy = policy
    icon = "comment"
    menu_label = _("Ý kiến bạn đọc")
    menu_name = "reader-comments"
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_view_class = ReaderCommentEditView
    filterset_class = ReaderCommentFilterSet
    search_backend_name = None
    search_fields = ["name", "email", "body", "reply"]
    list_per_page = 50
    list_display = [
        Column("excerpt", label=_("Ý kiến")),
        "name",
        Column("article", label=_("Bài viết")),
        Column("status", label=_("Trạng thái"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Thời điểm gửi")),
    ]
    list_export = ["created_at", "article", "name", "body", "status", "reply", "moderated_at"]
    ordering = ["-created_at"]
    inspect_view_fields = [
        "article",
        "name",
        "email",
        "body",
        "status",
        "reply",
        "language",
        "created_at",
        "moderated_at",
        "moderated_by",
        "spam_reason",
        "ip_hash",
        "user_agent",
    ]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("article", read_only=True),
                FieldRowPanel(
                    [FieldPanel("name"), FieldPanel("email", read_only=True)],
                ),
                FieldPanel("body"),
                FieldRowPanel(
                    [
                        FieldPanel("created_at", read_only=True),
                        FieldPanel("spam_reason", read_only=True),
                    ]
                ),
            ],
            heading=_("Ý kiến"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("reply")],
            heading=_("Kiểm duyệt"),
        ),
    ]

    @cached_property
    def menu_item_class(self):
        base = super().menu_item_class

        class PendingCountMenuItem(base):
            """The menu label carries the number of comments waiting: "Ý kiến bạn đọc (3)"."""

            def render_component(self, request):
                component = super().render_component(request)
                count = pending_count()
                if count:
                    component.label = f"{self.label} ({count})"
                return component

        return PendingCountMenuItem

    def get_queryset(self, request):
        return ReaderComment.objects.select_related("article")


class ModerateBulkAction(BulkAction):
    """Set the status of the chosen comments (approve, reject, spam)."""

    models = [ReaderComment]
    template_name = "components/news/admin/confirm_bulk_moderate.html"
    status = None
    action_priority = 10

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return can_moderate(self.request.user)

    def object_context(self, obj):
        return {"item": obj, "edit_url": reverse(f"{URL_NAMESPACE}:edit", args=[obj.pk])}

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "action_label": self.display_name,
            "header_icon": "comment",
        }

    def get_execution_context(self):
        return {"user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        changed = ReaderComment.objects.filter(pk__in=[obj.pk for obj in objects]).moderate(
            cls.status, user
        )
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.success_message(num_parent_objects)


class ApproveBulkAction(ModerateBulkAction):
    display_name = _("Duyệt")
    action_type = "approve"
    aria_label = _("Duyệt các ý kiến đã chọn")
    status = CommentStatus.APPROVED
    action_priority = 10

    def success_message(self, count):
        return ngettext("Đã duyệt %(count)d ý kiến.", "Đã duyệt %(count)d ý kiến.", count) % {
            "count": count
        }


class RejectBulkAction(ModerateBulkAction):
    display_name = _("Từ chối")
    action_type = "reject"
    aria_label = _("Từ chối các ý kiến đã chọn")
    status = CommentStatus.REJECTED
    action_priority = 11

    def success_message(self, count):
        return ngettext("Đã từ chối %(count)d ý kiến.", "Đã từ chối %(count)d ý kiến.", count) % {
            "count": count
        }


class SpamBulkAction(ModerateBulkAction):
    display_name = _("Thư rác")
    action_type = "spam"
    aria_label = _("Đánh dấu các ý kiến đã chọn là thư rác")
    status = CommentStatus.SPAM
    action_priority = 12

    def success_message(self, count):
        return ngettext(
            "Đã đánh dấu %(count)d ý kiến là thư rác.",
            "Đã đánh dấu %(count)d ý kiến là thư rác.",
            count,
        ) % {"count": count}


BULK_ACTIONS = (ApproveBulkAction, RejectBulkAction, SpamBulkAction)


class PendingCommentsPanel(Component):
    """Dashboard: the latest comments waiting for a moderator."""

    name = "pending_reader_comments"
    template_name = "components/news/admin/pending_comments_panel.html"
    order = 205
    limit = 5

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        comments = list(
            ReaderComment.objects.pending()
            .select_related("article")
            .order_by("-created_at", "-pk")[: self.limit]
        )
        for comment in comments:
            comment.edit_url = reverse(f"{URL_NAMESPACE}:edit", args=[comment.pk])
        context.update(
            {
                "comments": comments,
                "pending_count": pending_count() if comments else 0,
                "listing_url": reverse(f"{URL_NAMESPACE}:list") + "?status=pending",
            }
        )
        return context
