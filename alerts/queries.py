"""Every queryset of the alerts app."""

from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from .models import AlertItem, Delivery, DeliveryStatus, Frequency, Subscription


def confirmed(kind, language):
    return Subscription.objects.filter(kind=kind, language=language, confirmed_at__isnull=False)


def subscriptions_of(email):
    return Subscription.objects.filter(email__iexact=email).order_by("kind", "pk")


def expired_unconfirmed(max_age_seconds, now=None):
    cutoff = (now or timezone.now()) - timedelta(seconds=max_age_seconds)
    return Subscription.objects.filter(confirmed_at__isnull=True, consented_at__lt=cutoff)


def items_to_match():
    return AlertItem.objects.filter(matched_at__isnull=True, suppressed=False).order_by("pk")


def immediate_to_send(claim_timeout, now=None):
    """Deliveries to send now: pending, failed ones to retry, and those a worker claimed
    and never finished (it died) longer than ``claim_timeout`` seconds ago."""
    cutoff = (now or timezone.now()) - timedelta(seconds=claim_timeout)
    return (
        Delivery.objects.filter(digest=False)
        .filter(
            Q(status=DeliveryStatus.PENDING)
            | Q(status=DeliveryStatus.FAILED, attempts__lt=3)
            | Q(status=DeliveryStatus.SENDING, claimed_at__lt=cutoff)
        )
        .order_by("pk")
    )


def digests_due(now=None):
    """Subscriptions on a digest whose period has passed and that have something to send."""
    now = now or timezone.now()
    due = Q(last_digest_at__isnull=True) | Q(
        frequency=Frequency.DAILY, last_digest_at__lte=now - timedelta(days=1)
    )
    due |= Q(frequency=Frequency.WEEKLY, last_digest_at__lte=now - timedelta(days=7))
    waiting = Delivery.objects.filter(digest=True).exclude(status=DeliveryStatus.SENT)
    return (
        Subscription.objects.filter(confirmed_at__isnull=False)
        .exclude(frequency=Frequency.IMMEDIATE)
        .filter(due, pk__in=waiting.values("subscription_id"))
        .order_by("pk")
    )


def digest_deliveries(subscription):
    return (
        Delivery.objects.filter(subscription=subscription, digest=True)
        .exclude(status=DeliveryStatus.SENT)
        .select_related("item__page")
        .order_by("item_id")
    )


def counts_by_filter():
    """Confirmed and unconfirmed subscriptions per (kind, description, language)."""
    return (
        Subscription.objects.values("kind", "description", "language")
        .annotate(
            confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
            unconfirmed=Count("pk", filter=Q(confirmed_at__isnull=True)),
        )
        .order_by("-confirmed", "kind", "description")
    )


def last_deliveries(limit=20):
    return (
        Delivery.objects.filter(status=DeliveryStatus.SENT)
        .select_related("subscription", "item__page")
        .order_by("-sent_at")[:limit]
    )


def failed_deliveries(limit=20):
    return (
        Delivery.objects.filter(status=DeliveryStatus.FAILED)
        .select_related("subscription", "item__page")
        .order_by("-claimed_at")[:limit]
    )
