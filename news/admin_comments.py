"""Moderation of reader comments in the Wagtail admin.

"Ý kiến bạn đọc" in the main menu (with the number waiting, "Ý kiến bạn đọc (3)"), a
listing with filters (status, article, date), search and bulk approve / reject / spam,
and a dashboard panel with the latest comments waiting. Each row of the listing shows the
whole comment (folded when long) and its article (links to the live page and to the page
editor), and opens the comment's view: the full text, the editors' reply and the buttons
Duyệt / Từ chối / Thư rác / Lưu trả lời. The edit view is still there to correct a
reader's name or text. Only users with ``news.change_readercomment`` (the groups
"Kiểm duyệt ý kiến bạn đọc", "Kiểm duyệt" and "Quản trị") may moderate; "Biên tập viên"
may not. Comments come from the public form only: nobody adds one in the admin.
"""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.views.snippets import EditView, IndexView, InspectView, SnippetViewSet

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


def comment_url(comment):
    """The comment's view: its full text, its article, the reply and the moderation buttons."""
    return reverse(f"{URL_NAMESPACE}:inspect", args=[quote(comment.pk)])


def article_links(article, request):
    """The article a comment belongs to: its live address (while it is live) and its page
    editor (when the user may edit the page)."""
    may_edit = PagePermissionPolicy().user_has_permission_for_instance(
        request.user, "change", article
    )
    return {
        "article": article,
        "live_url": article.get_url(request) if article.live else "",
        "edit_url": reverse("wagtailadmin_pages:edit", args=[article.pk]) if may_edit else "",
    }


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


class CommentColumn(TitleColumn):
    """The reader's name, opening the comment's view, over the whole comment: long ones are
    folded in a ``<details>`` (the start, then "Xem toàn văn"), readable without JavaScript."""

    cell_template_name = "components/news/admin/comment_cell.html"
    fold_after = 240

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        summary = instance.shortened(self.fold_after)
        context.update({"comment": instance, "summary": summary, "folded": summary.endswith("…")})
        return context


class ArticleColumn(Column):
    """The comment's article: its title linking to the live page, and "Sửa bài viết"."""

    cell_template_name = "components/news/admin/comment_article_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(article_links(instance.article, parent_context["request"]))
        return context


class ReaderCommentIndexView(IndexView):
    """The listing: each row opens the comment's view and comes back to this listing."""

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        return self._get_title_column_class(CommentColumn)(
            field_name,
            label=_("Ý kiến"),
            get_url=self.get_comment_url,
            get_title_id=lambda comment: f"snippet_{quote(comment.pk)}_title",
            **kwargs,
        )

    @cached_property
    def listing_url(self):
        query = self.request.GET.urlencode()
        return f"{self.index_url}?{query}" if query else self.index_url

    def get_comment_url(self, comment):
        return f"{comment_url(comment)}?{urlencode({'next': self.listing_url})}"


# The buttons of the comment's view: (action, label, status it sets; None keeps it).
MODERATION_ACTIONS = (
    ("approve", _("Duyệt"), CommentStatus.APPROVED),
    ("reject", _("Từ chối"), CommentStatus.REJECTED),
    ("spam", _("Thư rác"), CommentStatus.SPAM),
    ("save", _("Chỉ lưu trả lời"), None),
)
ACTION_MISSING = _("Hãy bấm một trong các nút Duyệt, Từ chối, Thư rác, Chỉ lưu trả lời.")
STATUS_OF_ACTION = {action: status for action, _label, status in MODERATION_ACTIONS}
SUCCESS_MESSAGES = {
    "approve": _("Đã duyệt ý kiến của %(name)s."),
    "reject": _("Đã từ chối ý kiến của %(name)s."),
    "spam": _("Đã đánh dấu ý kiến của %(name)s là thư rác."),
    "save": _("Đã lưu trả lời cho ý kiến của %(name)s."),
}


class ModerationForm(forms.ModelForm):
    """The comment view's form: the editors' reply and the button that was pressed."""

    action = forms.ChoiceField(
        choices=[(action, label) for action, label, _status in MODERATION_ACTIONS],
        error_messages={"required": ACTION_MISSING, "invalid_choice": ACTION_MISSING},
    )

    class Meta:
        model = ReaderComment
        fields = ["reply"]
        widgets = {"reply": forms.Textarea(attrs={"rows": 5})}

    def clean_reply(self):
        # Line breaks are kept; carriage returns and trailing blanks are not.
        lines = self.cleaned_data.get("reply", "").splitlines()
        return "\n".join(line.rstrip() for line in lines).strip()

    def save(self, user):
        """Store the reply and the status of the button, who moderated it and when."""
        comment = super().save(commit=False)
        status = STATUS_OF_ACTION[self.cleaned_data["action"]]
        if status and status != comment.status:
            comment.status = status
            comment.moderated_by = user
        comment.save()  # moderated_at, and the page cache when readers see a change
        return comment

    def success_message(self):
        return SUCCESS_MESSAGES[self.cleaned_data["action"]] % {"name": self.instance.name}


class ReaderCommentView(InspectView):
    """A comment's own page: the whole text, the article with its links, who sent it and
    when, its status, and for moderators the reply with Duyệt / Từ chối / Thư rác."""

    page_title = _("Xem ý kiến")
    template_name = "components/news/admin/comment_view.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            ReaderComment.objects.select_related("article", "moderated_by"),
            pk=unquote(str(self.pk)),
        )

    def get_language_display_value(self):
        return get_language_info(self.object.language)["name_translated"]

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        may_moderate = can_moderate(self.request.user)
        context.update(
            {
                "comment": self.object,
                "form": form or (ModerationForm(instance=self.object) if may_moderate else None),
                "actions": MODERATION_ACTIONS,
                "next_url": get_valid_next_url_from_request(self.request),
                **article_links(self.object.article, self.request),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        form = ModerationForm(request.POST, instance=self.object)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        comment = form.save(request.user)
        log(instance=comment, action="wagtail.edit", user=request.user)
        messages.success(request, form.success_message())
        return redirect(
            get_valid_next_url_from_request(request) or reverse(f"{URL_NAMESPACE}:list")
        )


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
    index_view_class = ReaderCommentIndexView
    inspect_view_class = ReaderCommentView
    edit_view_class = ReaderCommentEditView
    filterset_class = ReaderCommentFilterSet
    search_backend_name = None
    search_fields = ["name", "email", "body", "reply"]
    list_per_page = 50
    list_display = [
        "name",  # the comment itself: see ReaderCommentIndexView
        ArticleColumn("article", label=_("Bài viết")),
        StatusTagColumn(
            "status",
            label=_("Trạng thái"),
            accessor="get_status_display",
            primary=lambda comment: comment.status == CommentStatus.PENDING,
        ),
        DateColumn("created_at", label=_("Thời điểm gửi")),
    ]
    list_export = ["created_at", "article", "name", "body", "status", "reply", "moderated_at"]
    ordering = ["-created_at"]
    # Below the comment, its reply and its article (which the comment's view lays out).
    inspect_view_fields = ["language", "spam_reason", "ip_hash", "user_agent"]
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
        return {"item": obj, "edit_url": comment_url(obj)}

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
            comment.edit_url = comment_url(comment)
        context.update(
            {
                "comments": comments,
                "pending_count": pending_count() if comments else 0,
                "listing_url": reverse(f"{URL_NAMESPACE}:list") + "?status=pending",
            }
        )
        return context
