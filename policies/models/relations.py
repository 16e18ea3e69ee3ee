"""The child rows of a document: its files and its relations to other documents
(replaces, amends), and the relation dates its status is computed from."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable


class PolicyAttachment(Orderable):
    """A file of the document: the signed PDF, an annex, a form (PDF, DOC, DOCX)."""

    page = ParentalKey("policies.PolicyPage", on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("tệp"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Tệp PDF hoặc DOCX của văn bản; nội dung được tìm kiếm được."),
    )
    title = models.CharField(
        _("tên hiển thị"),
        max_length=255,
        blank=True,
        help_text=_("Để trống để dùng tên tài liệu."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    def __str__(self):
        return self.title or str(self.document)


class PolicyRelation(Orderable):
    """This document replaces or amends another one. The reverse is shown on the other."""

    class Kind(models.TextChoices):
        REPLACES = "thay-the", _("Thay thế")
        AMENDS = "sua-doi", _("Sửa đổi, bổ sung")

    page = ParentalKey("policies.PolicyPage", on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(
        _("quan hệ"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("Văn bản này thay thế hay sửa đổi văn bản được chọn."),
    )
    target = models.ForeignKey(
        "policies.PolicyPage",
        verbose_name=_("văn bản"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
        help_text=_("Văn bản bị thay thế hoặc sửa đổi."),
    )

    panels = [FieldPanel("kind"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("văn bản liên quan")
        verbose_name_plural = _("văn bản liên quan")

    def __str__(self):
        return f"{self.get_kind_display()} {self.target}"

    def clean(self):
        super().clean()
        if self.page_id and self.target_id and self.page_id == self.target_id:
            raise ValidationError({"target": _("Văn bản không thể liên quan tới chính nó.")})


# Status as SQL: each status is a condition on the row's dates. Whether (and from
# when) live documents replace or amend this one is kept in ``replaced_from`` and
# ``amended_from`` by refresh_relation_dates(). Relations are matched by translation
# key, so a document has the same status in every language.

RELATION_DATE_FIELDS = {
    PolicyRelation.Kind.REPLACES: "replaced_from",
    PolicyRelation.Kind.AMENDS: "amended_from",
}


def refresh_relation_dates(policy_model=None, relation_model=None):
    """Recompute ``replaced_from`` and ``amended_from`` of every document; write only
    the rows that change. Runs whenever a relation is saved or deleted and whenever a
    document is published or unpublished (policies/signals.py); a few queries, as
    the documents number in the hundreds. The models are parameters for the
    migration that fills the fields."""
    relation_model = relation_model or PolicyRelation
    policy_model = policy_model or relation_model._meta.get_field("page").related_model
    first = {}
    rows = (
        relation_model.objects.filter(kind__in=list(RELATION_DATE_FIELDS), page__live=True)
        .values_list("target__translation_key", "kind")
        .annotate(start=Min(Coalesce("page__effective_date", "page__issue_date")))
        .order_by()
    )
    for key, kind, start in rows:
        first.setdefault(key, {})[RELATION_DATE_FIELDS[kind]] = start
    changes = {}
    current = policy_model.objects.values_list(
        "pk", "translation_key", "replaced_from", "amended_from"
    )
    for pk, key, replaced_from, amended_from in current:
        wanted = first.get(key, {})
        dates = (wanted.get("replaced_from"), wanted.get("amended_from"))
        if dates != (replaced_from, amended_from):
            changes.setdefault(dates, []).append(pk)
    for (replaced_from, amended_from), pks in changes.items():
        policy_model.objects.filter(pk__in=pks).update(
            replaced_from=replaced_from, amended_from=amended_from
        )
