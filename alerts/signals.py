"""A page published for the first time becomes an ``AlertItem``; the task queue does the
rest (``alerts.tasks.deliver_new_items``). A page published again (a correction) alerts
nobody: its item exists already. An editor may publish with "Xuất bản, không gửi thông
báo" (``alerts.wagtail_hooks``): the item is kept, marked ``suppressed``."""

import threading

from django.core.signals import request_finished
from django.db import transaction
from wagtail.signals import page_published

from website import bulk

from .models import AlertItem
from .sources import source_for

_state = threading.local()


def suppress_next():
    """The next page published in this thread, within this request, sends no alert."""
    _state.suppressed = True


def clear_suppression(**kwargs):
    _state.suppressed = False


def page_was_published(sender, instance, **kwargs):
    # A bulk load (the archive import, the demo) publishes old pages: no alert for them.
    suppressed = getattr(_state, "suppressed", False) or bulk.loading()
    clear_suppression()
    page = instance.specific
    source = source_for(page)
    if source is None:
        return
    item, created = AlertItem.objects.get_or_create(
        page_id=page.pk,
        defaults={
            "kind": source["kind"],
            "language": page.locale.language_code,
            "suppressed": suppressed,
        },
    )
    if created and not suppressed:
        from .tasks import deliver_new_items

        transaction.on_commit(deliver_new_items.enqueue)


def connect():
    page_published.connect(page_was_published, dispatch_uid="alerts.page_published")
    request_finished.connect(clear_suppression, dispatch_uid="alerts.clear_suppression")
