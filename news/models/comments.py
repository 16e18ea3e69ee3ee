"""Reader comments ("Ý kiến bạn đọc") on news articles, moderated by the editors.

Not Wagtail's own comments (those are notes between editors inside the admin). A comment
is stored pending and shows on the article only once a moderator approves it. We keep no
raw IP address: a salted hash of it (``website.antispam.hash_ip``) and a truncated user
agent are enough to group the submissions of one abuser.
"""

from django.conf import settings
from django.core.validators import MinLengthValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from website.page_cache import bump_version

BODY_MIN = 5
BODY_MAX = 2000
USER_AGENT_MAX = 255


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Chờ duyệt")
    APPROVED = "approved", _("Đã duyệt")
    REJECTED = "rejected", _("Bị từ chối")
    SPAM = "spam", _("Thư rác")


class ReaderCommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=CommentStatus.APPROVED)

    def pending(self):
        return self.filter(status=CommentStatus.PENDING)

    def moderate(self, status, user=None):
        """Set the status of every comment here; returns how many changed.

        The page cache expires when an approved comment appears or disappears.
        """
        changing = self.exclude(status=status)
        touches_public = (
            status == CommentStatus.APPROVED
            or changing.filter(status=CommentStatus.APPROVED).exists()
        )
        count = changing.update(
            status=status,
            moderated_at=timezone.now(),
            moderated_by=user if getattr(user, "pk", None) else None,
        )
        if count and touches_public:
            transaction.on_commit(lambda: bump_version("reader comments moderated"))
        return count


class ReaderComment(models.Model):
    """One reader's comment on one article, with the editors' optional reply."""

    article = models.ForeignKey(
        "news.NewsArticlePage",
        verbose_name=_("bài viết"),
        on_delete=models.CASCADE,
        related_name="reader_comments",
        help_text=_("Bài viết mà bạn đọc góp ý."),
    )
    name = models.CharField(
        _("họ và tên"), max_length=80, help_text=_("Tên bạn đọc tự ghi, được hiện công khai.")
    )
    email = models.EmailField(
        _("thư điện tử"),
        blank=True,
        db_index=True,
        help_text=_("Không bao giờ công bố."),
    )
    body = models.TextField(
        _("ý kiến"),
        max_length=BODY_MAX,
        validators=[MinLengthValidator(BODY_MIN)],
        help_text=_("Văn bản thuần, hiện đúng như bạn đọc gõ (không có HTML)."),
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=10,
        choices=CommentStatus.choices,
        default=CommentStatus.PENDING,
        db_index=True,
        help_text=_("Chỉ ý kiến đã duyệt mới hiện dưới bài viết."),
    )
    language = models.CharField(_("ngôn ngữ"), max_length=8, default="vi", editable=False)
    created_at = models.DateTimeField(
        _("thời điểm gửi"),
        default=timezone.now,
        db_index=True,
        help_text=_("Lúc bạn đọc gửi ý kiến."),
    )
    moderated_at = models.DateTimeField(
        _("thời điểm kiểm duyệt"),
        null=True,
        blank=True,
        help_text=_("Ghi tự động khi ý kiến được duyệt, từ chối hoặc đánh dấu thư rác."),
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người kiểm duyệt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ghi tự động: người đã kiểm duyệt ý kiến."),
    )
    reply = models.TextField(
        _("Ban biên tập trả lời"),
        blank=True,
        max_length=BODY_MAX,
        help_text=_("Hiện dưới ý kiến khi ý kiến được duyệt."),
    )
    spam_reason = models.CharField(
        _("lý do đánh dấu thư rác"),
        max_length=255,
        blank=True,
        help_text=_("Ghi tự động khi bộ lọc chống thư rác chặn ý kiến."),
    )
    ip_hash = models.CharField(_("mã địa chỉ IP"), max_length=64, blank=True, editable=False)
    user_agent = models.CharField(
        _("trình duyệt"), max_length=USER_AGENT_MAX, blank=True, editable=False
    )

    objects = ReaderCommentQuerySet.as_manager()

    # A new pending comment changes nothing readers see: it must not expire the whole
    # page cache (website.signals). save()/delete() expire it when an approved comment
    # changes.
    page_cache_ignore = True

    class Meta:
        verbose_name = _("ý kiến bạn đọc")
        verbose_name_plural = _("ý kiến bạn đọc")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["article", "status", "created_at"], name="news_comment_article"),
        ]

    def __str__(self):
        return f"{self.name}: {self.shortened(60)}"

    def save(self, *args, **kwargs):
        loaded = getattr(self, "_loaded_status", None)
        if loaded is not None and loaded != self.status:
            self.moderated_at = timezone.now()
        super().save(*args, **kwargs)
        if CommentStatus.APPROVED in (loaded, self.status):
            self._expire_pages("saved")
        self._loaded_status = self.status

    def delete(self, *args, **kwargs):
        approved = self.status == CommentStatus.APPROVED
        result = super().delete(*args, **kwargs)
        if approved:
            self._expire_pages("deleted")
        return result

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_status = instance.__dict__.get("status")
        return instance

    def _expire_pages(self, what):
        transaction.on_commit(lambda: bump_version(f"reader comment {self.pk} {what}"))

    @property
    def is_pending(self):
        return self.status == CommentStatus.PENDING

    @property
    def excerpt(self):
        return self.shortened(80)

    def shortened(self, limit):
        """The comment on one line, cut at a word before ``limit`` characters ("…")."""
        text = " ".join(self.body.split())
        if len(text) <= limit:
            return text
        cut = text[: limit - 1]
        return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"
