"""Counters that hold across workers and machines, without Redis: rate limits, read
de-duplication and used form tokens, in the database (``LimitCounter``).

The default cache is local memory per worker unless ``REDIS_URL`` is set, and Redis
may be down: a limit kept there let 9 of 14 comments through with two workers, and an
outage turned a reader's comment into a 500. Each call here is one SQL statement, an
atomic upsert (``INSERT … ON CONFLICT … RETURNING``, SQLite 3.35+ and PostgreSQL), so
two workers counting at once both count. Expired rows are swept now and then.

- ``hit(key, window)``: count one event in a fixed window, return the count so far;
- ``peek(key)``: the count so far, without counting;
- ``first(key, seconds)``: True for the first call with ``key`` in ``seconds``.
"""

import itertools
import time

from django.db import connection, transaction

from website.models import LimitCounter

SWEEP_EVERY = 500  # calls per process between deletes of expired rows
_calls = itertools.count(1)


def _upsert(key, seconds, on_conflict):
    """Insert ``key`` with count 1, expiring in ``seconds``; when it exists, run
    ``on_conflict`` (SQL with ``{t}`` for the table and ``%s`` for now). Returns the
    row's count, or None when ``on_conflict`` left the row alone."""
    if next(_calls) % SWEEP_EVERY == 0:
        sweep()
    now = int(time.time())
    table = connection.ops.quote_name(LimitCounter._meta.db_table)
    sql = (
        f"INSERT INTO {table} (key, count, expires) VALUES (%s, 1, %s) "  # noqa: S608 - table from _meta
        f"ON CONFLICT (key) DO {on_conflict.format(t=table)} RETURNING count"
    )
    params = [key, now + seconds, *[now] * on_conflict.count("%s")]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return row[0] if row else None


def hit(key, window):
    """Count one event for ``key``; its window starts with the first event and lasts
    ``window`` seconds. Returns the events counted in the window, this one included."""
    return _upsert(
        key,
        window,
        "UPDATE SET count = CASE WHEN {t}.expires <= %s THEN 1 ELSE {t}.count + 1 END, "
        "expires = CASE WHEN {t}.expires <= %s THEN excluded.expires ELSE {t}.expires END",
    )


def peek(key):
    """The events counted for ``key`` in its current window."""
    row = LimitCounter.objects.filter(key=key, expires__gt=int(time.time())).values_list("count")
    found = row.first()
    return found[0] if found else 0


def first(key, seconds):
    """True the first time ``key`` is seen in ``seconds`` (then False until it expires)."""
    updated = _upsert(
        key,
        seconds,
        "UPDATE SET count = 1, expires = excluded.expires WHERE {t}.expires <= %s",
    )
    return updated is not None


def sweep():
    """Delete the expired counters."""
    return LimitCounter.objects.filter(expires__lte=int(time.time())).delete()[0]
