"""Signal handlers: extract the text of a document whenever its file is saved."""

from django.db.models.signals import post_save
from wagtail.documents import get_document_model

from .extraction import update_document_text

# Saves that only touch bookkeeping fields leave the file as it was.
_BOOKKEEPING = {"file_size", "file_hash"}


def document_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is not None and set(update_fields) <= _BOOKKEEPING:
        return
    update_document_text(instance)


def connect():
    post_save.connect(
        document_saved, sender=get_document_model(), dispatch_uid="policies.document_text"
    )
