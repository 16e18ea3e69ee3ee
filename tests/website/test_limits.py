"""The shared store of limits (website/limits.py): atomic counters in the database."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from website import limits
from website.models import LimitCounter

pytestmark = pytest.mark.django_db


def test_hit_counts_in_a_window_that_starts_with_the_first_event():
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert [limits.hit("rl:x", 600) for _ in range(3)] == [1, 2, 3]
        assert limits.peek("rl:x") == 3
        assert limits.hit("rl:y", 600) == 1  # another key
    with time_machine.travel(start + dt.timedelta(seconds=599), tick=False):
        assert limits.hit("rl:x", 600) == 4
    with time_machine.travel(start + dt.timedelta(seconds=601), tick=False):
        assert limits.peek("rl:x") == 0
        assert limits.hit("rl:x", 600) == 1  # a new window


def test_first_is_true_once_until_it_expires():
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert limits.first("seen:1:a", 60) is True
        assert limits.first("seen:1:a", 60) is False
        assert limits.first("seen:1:b", 60) is True
    with time_machine.travel(start + dt.timedelta(seconds=61), tick=False):
        assert limits.first("seen:1:a", 60) is True
        assert limits.first("seen:1:a", 60) is False


def test_sweep_deletes_only_expired_rows():
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        limits.hit("short", 10)
        limits.hit("long", 1000)
    with time_machine.travel(start + dt.timedelta(seconds=11), tick=False):
        assert limits.sweep() == 1
    assert list(LimitCounter.objects.values_list("key", flat=True)) == ["long"]
