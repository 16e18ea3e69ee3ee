"""The shared store of rate limits, read de-duplication and used form tokens."""

from django.db import models


class LimitCounter(models.Model):
    """One counter with an expiry (``website.limits``): written with atomic upserts only."""

    # Written by readers' requests; never shown on a page.
    page_cache_ignore = True

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    # Seconds since the epoch: compared in SQL on every engine without time-zone rules.
    expires = models.BigIntegerField(db_index=True)

    def __str__(self):
        return f"{self.key} = {self.count}"
