"""Signal handlers: extract the text of a document whenever its file is saved; keep
the relation dates behind each document's status (models.refresh_relation_dates)."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.signals import page_published, page_unpublished

from .extraction import update_document_text
from .models import PolicyPage, PolicyRelation, refresh_relation_dates

# Saves that only touch bookkeeping fields leave the file as it was.
_BOOKKEEPING = {"file_size", "file_hash"}


def document_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is not None and set(update_fields) <= _BOOKKEEPING:
        return
    update_document_text(instance)


def relations_changed(sender, raw=False, **kwargs):
    """A relation was saved or deleted, or a document went live or offline (its dates
    may have changed too): the status of the documents it replaces or amends."""
    if raw:
        return
    refresh_relation_dates()


def connect():
    post_save.connect(
        document_saved, sender=get_document_model(), dispatch_uid="policies.document_text"
    )
    for signal, name in [
        (post_save, "relation_saved"),
        (post_delete, "relation_deleted"),
    ]:
        signal.connect(relations_changed, sender=PolicyRelation, dispatch_uid=f"policies.{name}")
    for signal, name in [(page_published, "published"), (page_unpublished, "unpublished")]:
        signal.connect(relations_changed, sender=PolicyPage, dispatch_uid=f"policies.{name}")
