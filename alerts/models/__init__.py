from .subscriptions import AlertItem, Delivery, DeliveryStatus, Frequency, Kind, Subscription

__all__ = ["AlertItem", "Delivery", "DeliveryStatus", "Frequency", "Kind", "Subscription"]
