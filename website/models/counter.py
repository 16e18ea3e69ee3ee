"""View counter: daily buckets and a running total per page, updated atomically.

The foreign key is to Wagtail's ``Page``; a page type opts in with
``website.counter.ViewCounted`` and its template shows ``{% view_beacon page %}``.
The tables were the news app's until the counter moved here (migration
``website.0012_page_view_counter``); the index keeps its first name.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViewDay(models.Model):
    """Reads of one page on one day (Asia/Ho_Chi_Minh)."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang"),
        on_delete=models.CASCADE,
        related_name="view_days",
    )
    day = models.DateField(_("ngày"))
    views = models.PositiveIntegerField(_("lượt xem"), default=0)

    # Written by readers' reads: the first read of a page each day must not expire
    # every cached page (website/signals.py).
    page_cache_ignore = True

    class Meta:
        verbose_name = _("lượt xem trong ngày")
        verbose_name_plural = _("lượt xem trong ngày")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="unique_page_view_day")]
        indexes = [models.Index(fields=["day", "page"], name="news_pageviewday_day_page")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"


class PageViewTotal(models.Model):
    """All reads of one page since it was first counted."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("trang"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="view_total",
    )
    views = models.PositiveBigIntegerField(_("lượt xem"), default=0)

    page_cache_ignore = True  # written by readers' reads, like PageViewDay

    class Meta:
        verbose_name = _("tổng lượt xem")
        verbose_name_plural = _("tổng lượt xem")

    def __str__(self):
        return f"{self.page_id}: {self.views}"
