"""Querysets compiled once per shape, run many times with their own values.

Building a ranking of a dozen subqueries with querysets costs ~50 times running it
(~40 ms of Python against under 1 ms of SQL for an article's related articles), and
compiling the query of a page with its related rows (``select_related``) costs more
than running it. The ORM builds each shape of statement once per process and
database, with markers in place of the values; later calls run the same SQL with
their own values. An app's ``queries.py`` uses it for the queries of its busiest
pages; a shape starts with a name of the app's own (``("news", ...)``).

    compiled(shape, build, values)          # rows (tuples)
    compiled_objects(shape, build, values)  # model instances, as the queryset gives them
    compiled_prefetch(instances, relation, shape, build)  # as prefetch_related(relation)
"""

import copy
import datetime
import uuid

from django.db import connection, connections
from modelcluster.queryset import FakeQuerySet

_COMPILED = {}
_MARK = -7_300_000_000  # marker integers count down from here; no id is negative


def compiled(shape, build, values, *args):
    """The rows of ``build(values, *args)`` (a queryset) for these ``values``.

    ``shape`` names everything but ``values`` that changes the statement (list
    lengths, which parts there are, the LIMIT); ``values`` are integers, strings,
    UUIDs, dates or None (None is given as is: it may change the shape, so ``shape``
    must say so). ``build`` gets a marker in place of each value and must use it as it
    is: a date's marker is a date in the year 1, so a statement that needs its year (or
    anything else computed from a value) takes that as a value of its own.
    """
    key = (connection.alias, shape)
    statement = _COMPILED.get(key)
    if statement is None:
        markers = [_marker(n, value) for n, value in enumerate(values)]
        sql, params = build(markers, *args).query.sql_with_params()
        statement = _COMPILED[key] = (sql, _slots(markers, params))
    sql, slots = statement
    params = [_db_value(values[slot]) if marked else slot for marked, slot in slots]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def compiled_objects(shape, build, values):
    """The model instances of ``build(values)`` (a queryset: its ``select_related``
    followed, its ``prefetch_related`` run as usual), its SQL compiled once per shape.

    ``compiled()`` for querysets of whole objects: the first call compiles the statement
    with markers in place of ``values``; later calls give Django's own iteration (the
    objects, their related objects, the prefetches) a copy of that compiler, which
    answers ``as_sql()`` with the stored statement and their values. ``shape`` as for
    ``compiled()``; a value the ORM rewrites (``startswith``: a LIKE pattern) belongs in
    the shape, not in ``values``. Relies on Django's ``ModelIterable`` asking
    ``query.get_compiler()`` once and ``execute_sql()`` asking ``as_sql()`` (fingerprinted
    in website/patches/__init__.py, ELSEWHERE).
    """
    key = (connection.alias, "objects", shape)
    prepared = _COMPILED.get(key)
    if prepared is None:
        markers = [_marker(n, value) for n, value in enumerate(values)]
        queryset = build(markers)
        compiler = queryset.query.get_compiler(queryset.db)
        sql, params = compiler.as_sql()  # also fills the compiler's select and klass_info
        prepared = _COMPILED[key] = (queryset, compiler, sql, _slots(markers, params))
    queryset, compiler, sql, slots = prepared
    params = tuple(_db_value(values[slot]) if marked else slot for marked, slot in slots)
    compiler = copy.copy(compiler)
    compiler.connection = connections[queryset.db]  # this thread's
    compiler.as_sql = lambda *args, **kwargs: (sql, params)
    queryset = queryset._chain()
    queryset.query.get_compiler = lambda *args, **kwargs: compiler
    return list(queryset)


def compiled_prefetch(instances, relation, shape, build):
    """Give each of ``instances`` its rows of the reverse foreign key (or ParentalKey)
    ``relation``, where ``prefetch_related(relation)`` puts them, from ``build(ids)`` (a
    queryset of the related model narrowed to the instances' ids, ``…__in=ids``) compiled
    once per shape and number of instances.

    ``prefetch_related`` builds and compiles its query on every call, which for a handful
    of cards cost more than running it. ``instance.<relation>.all()`` then answers from
    the rows (an in-memory queryset, as modelcluster's), each row's foreign key already
    pointing at its instance. Relies on Django's related managers answering from the
    instance's ``_prefetched_objects_cache`` (fingerprinted in website/patches/__init__.py,
    ELSEWHERE).
    """
    if not instances:
        return
    field = getattr(type(instances[0]), relation).field  # the foreign key, on the rows
    ids = sorted({instance.pk for instance in instances})
    rows = compiled_objects((*shape, len(ids)), build, ids)
    by_owner = {}
    for row in rows:
        by_owner.setdefault(getattr(row, field.attname), []).append(row)
    for instance in instances:
        own = by_owner.get(instance.pk, [])
        for row in own:
            field.set_cached_value(row, instance)
        if not hasattr(instance, "_prefetched_objects_cache"):
            instance._prefetched_objects_cache = {}
        instance._prefetched_objects_cache[field.remote_field.cache_name] = FakeQuerySet(
            field.model, own
        )


def _slots(markers, params):
    """Where each marker went among a compiled statement's ``params``: [(True, index in
    values) or (False, the literal parameter)]."""
    where = {_db_value(marker): n for n, marker in enumerate(markers) if marker is not None}
    return [
        (True, where[param]) if _is_marker(param, where) else (False, param) for param in params
    ]


def _is_marker(param, where):
    return (
        not isinstance(param, bool)
        and isinstance(param, int | str | uuid.UUID | datetime.date)
        and param in where
    )


def _marker(n, value):
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return uuid.UUID(int=2**127 + n)
    if isinstance(value, str):
        return f"~marker{n}~"
    if isinstance(value, datetime.datetime):
        raise TypeError("compiled(): a datetime is not a value it can mark; give a date")
    if isinstance(value, datetime.date):
        return datetime.date(1, 1, 1) + datetime.timedelta(days=n)
    return _MARK - n


def _db_value(value):
    """A value as the database driver is given it (a UUID as hex without a native type,
    a date as the backend adapts a date field's value)."""
    if isinstance(value, uuid.UUID) and not connection.features.has_native_uuid_field:
        return value.hex
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return connection.ops.adapt_datefield_value(value)
    return value
