"""Matching published pages with subscriptions, and sending, at a limited rate.

1. ``match_pending()``: each new ``AlertItem`` gets one ``Delivery`` row per confirmed
   subscription of its kind and language whose filters it matches (the owning app decides,
   ``alerts.sources``); the rows are unique per (subscription, item), so matching twice
   adds nothing.
2. ``send_pending()``: each immediate delivery is claimed (pending → sending, in one
   UPDATE, so two workers never take the same row), sent, and marked sent. A worker that
   dies leaves at most the message in flight "sending"; after ``KCQG_ALERTS_CLAIM_TIMEOUT``
   seconds the next run sends it again, with the same Message-ID. Nothing sent is sent
   again, nobody is skipped. A failed send is retried up to three times.
3. ``send_digests()``: the daily and weekly subscribers whose period has passed get one
   message with every item waiting for them.

``KCQG_ALERTS_PER_MINUTE`` caps the messages per minute of one worker.
"""

import json
import logging
import time

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext, override

from website.origin import absolute

from . import mail
from .models import AlertItem, Delivery, DeliveryStatus, Frequency
from .queries import (
    confirmed,
    digest_deliveries,
    digests_due,
    expired_unconfirmed,
    immediate_to_send,
    items_to_match,
)
from .sources import source_for
from .tokens import confirm_max_age

logger = logging.getLogger(__name__)
BATCH = 500


def per_minute():
    return max(1, int(getattr(settings, "KCQG_ALERTS_PER_MINUTE", 120)))


def claim_timeout():
    return int(getattr(settings, "KCQG_ALERTS_CLAIM_TIMEOUT", 600))


# Matching ------------------------------------------------------------------------------


def match_item(item):
    """Create the item's deliveries; the number created."""
    page = item.page.specific
    source = source_for(page) if page.live else None
    created = 0
    if source is not None and not item.suppressed:
        rows = confirmed(item.kind, item.language).values_list("pk", "filters", "frequency")
        verdicts = {}
        deliveries = []
        for pk, filters, frequency in rows.iterator():
            key = json.dumps(filters or {}, sort_keys=True)
            if key not in verdicts:
                verdicts[key] = bool(source["matches"](filters or {}))
            if verdicts[key]:
                deliveries.append(
                    Delivery(subscription_id=pk, item=item, digest=frequency != Frequency.IMMEDIATE)
                )
        Delivery.objects.bulk_create(deliveries, ignore_conflicts=True, batch_size=BATCH)
        created = len(deliveries)
    AlertItem.objects.filter(pk=item.pk).update(matched_at=timezone.now())
    return created


def match_pending():
    return sum(match_item(item) for item in items_to_match().select_related("page"))


# What a page says in a mail ------------------------------------------------------------


class ItemTexts:
    """Title, summary, date and link of each item, looked up once per run."""

    def __init__(self):
        self.cache = {}

    def __call__(self, item):
        if item.pk not in self.cache:
            page = item.page.specific
            source = source_for(page) if page.live else None
            if source is None:
                self.cache[item.pk] = None
            else:
                self.cache[item.pk] = {
                    "title": source["title"],
                    "summary": source.get("summary") or "",
                    "date": source.get("date"),
                    "url": absolute(page.get_url()),
                }
        return self.cache[item.pk]


# Sending -------------------------------------------------------------------------------


class Pacer:
    """At most ``rate`` calls per minute: waits before a call that would come too soon."""

    def __init__(self, rate, sleep=time.sleep, clock=time.monotonic):
        self.interval = 60.0 / rate
        self.sleep = sleep
        self.clock = clock
        self.next_at = None

    def wait(self):
        now = self.clock()
        if self.next_at is not None and now < self.next_at:
            self.sleep(self.next_at - now)
            now = self.next_at
        self.next_at = now + self.interval


def _finish(pks, status, error=""):
    now = timezone.now()
    values = {"status": status, "error": error[:500]}
    if status == DeliveryStatus.SENT:
        values["sent_at"] = now
    Delivery.objects.filter(pk__in=pks).update(**values)


def _send(connection, message):
    """Send one message; the error text, or "" when the server accepted it."""
    try:
        connection.send_messages([message])
    except Exception as error:  # noqa: BLE001 - any failure is recorded and retried
        logger.warning("Alert to %s failed: %s", message.to, error)
        connection.close()  # the next message opens a fresh connection
        return str(error) or error.__class__.__name__
    return ""


def send_pending(*, limit=None, pacer=None, connection=None):
    """Send the immediate deliveries; the number sent."""
    pacer = pacer or Pacer(per_minute())
    texts = ItemTexts()
    connection = connection or get_connection()
    tried = set()
    sent = 0
    try:
        while limit is None or sent < limit:
            candidates = immediate_to_send(claim_timeout()).exclude(pk__in=tried)
            pks = list(candidates.values_list("pk", flat=True)[:BATCH])
            if not pks:
                break
            batch = Delivery.objects.select_related("subscription", "item__page").in_bulk(pks)
            for pk in pks:
                if limit is not None and sent >= limit:
                    break
                tried.add(pk)
                claimed = (
                    immediate_to_send(claim_timeout())
                    .filter(pk=pk)
                    .update(
                        status=DeliveryStatus.SENDING,
                        claimed_at=timezone.now(),
                        attempts=F("attempts") + 1,
                    )
                )
                if not claimed:
                    continue  # another worker has it
                delivery = batch[pk]
                item = texts(delivery.item)
                if item is None:
                    with override(delivery.subscription.language):
                        error = gettext("Trang không còn được xuất bản.")
                    Delivery.objects.filter(pk=pk).update(
                        status=DeliveryStatus.FAILED, attempts=3, error=error
                    )
                    continue
                message = mail.alert(delivery.subscription, [item], ("alert", delivery.pk))
                pacer.wait()
                error = _send(connection, message)
                if error:
                    _finish([pk], DeliveryStatus.FAILED, error)
                else:
                    _finish([pk], DeliveryStatus.SENT)
                    sent += 1
    finally:
        connection.close()
    return sent


def send_digests(*, pacer=None, connection=None, now=None):
    """One message per digest subscriber whose period has passed; the number sent."""
    pacer = pacer or Pacer(per_minute())
    texts = ItemTexts()
    connection = connection or get_connection()
    sent = 0
    try:
        for subscription in digests_due(now):
            deliveries = list(digest_deliveries(subscription))
            items = [(d.pk, texts(d.item)) for d in deliveries]
            gone = [pk for pk, item in items if item is None]
            if gone:
                _finish(gone, DeliveryStatus.FAILED, "unpublished")
            items = [(pk, item) for pk, item in items if item is not None]
            if not items:
                continue
            pks = [pk for pk, _item in items]
            Delivery.objects.filter(pk__in=pks).update(
                status=DeliveryStatus.SENDING,
                claimed_at=timezone.now(),
                attempts=F("attempts") + 1,
            )
            message = mail.alert(
                subscription, [item for _pk, item in items], ("digest", subscription.pk, pks[0])
            )
            pacer.wait()
            error = _send(connection, message)
            if error:
                _finish(pks, DeliveryStatus.FAILED, error)
                continue
            _finish(pks, DeliveryStatus.SENT)
            subscription.last_digest_at = now or timezone.now()
            subscription.save(update_fields=["last_digest_at"])
            sent += 1
    finally:
        connection.close()
    return sent


def expire_unconfirmed(now=None):
    """Delete the subscriptions never confirmed within the confirmation link's life."""
    deleted, _per_model = expired_unconfirmed(confirm_max_age(), now).delete()
    return deleted
