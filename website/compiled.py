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
import weakref

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
    is: what the statement computes from a value (a date's year; a date's marker is in
    the year 1) belongs in the shape, as does an integer compared with a small column
    (the marker is far out of its range, and the ORM drops such a comparison). A value
    left out of the statement is refused when it is compiled (``_slots``).
    """
    key = (connection.alias, shape)
    statement = _COMPILED.get(key)
    if statement is None:
        markers = [_marker(n, value) for n, value in enumerate(values)]
        sql, params = build(markers, *args).query.sql_with_params()
        statement = _COMPILED[key] = (sql, _slots(shape, markers, params))
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
    answers ``as_sql()`` with the stored statement and their values, and
    ``get_converters()`` with the converters of its columns (worked out once per
    database connection: building them cost a tenth of a small query). ``shape`` as for
    ``compiled()``; a value the ORM rewrites (``startswith``: a LIKE pattern) belongs in
    the shape, not in ``values``. Relies on Django's ``ModelIterable`` asking
    ``query.get_compiler()`` once, ``execute_sql()`` asking ``as_sql()`` and
    ``results_iter()`` asking ``get_converters()`` for the selected columns (fingerprinted
    in website/patches/__init__.py, ELSEWHERE).
    """
    key = (connection.alias, "objects", shape)
    prepared = _COMPILED.get(key)
    if prepared is None:
        markers = [_marker(n, value) for n, value in enumerate(values)]
        queryset = build(markers)
        compiler = queryset.query.get_compiler(queryset.db)
        sql, params = compiler.as_sql()  # also fills the compiler's select and klass_info
        prepared = _COMPILED[key] = (
            queryset,
            compiler,
            sql,
            _slots(shape, markers, params),
            weakref.WeakKeyDictionary(),  # database connection -> the columns' converters
        )
    queryset, compiler, sql, slots, converters_of = prepared
    params = tuple(_db_value(values[slot]) if marked else slot for marked, slot in slots)
    here = connections[queryset.db]  # this thread's
    converters = converters_of.get(here)
    if converters is None:
        columns = [column[0] for column in compiler.select[: compiler.col_count]]
        converters = converters_of[here] = _converters(compiler, here, columns)
    compiler = copy.copy(compiler)
    compiler.connection = here
    compiler.as_sql = lambda *args, **kwargs: (sql, params)
    compiler.get_converters = lambda expressions: converters
    queryset = queryset._chain()
    queryset.query.get_compiler = lambda *args, **kwargs: compiler
    return list(queryset)


def _converters(compiler, database, columns):
    """``compiler.get_converters(columns)`` as a compiler on ``database`` gives them."""
    compiler = copy.copy(compiler)
    compiler.connection = database
    return compiler.get_converters(columns)


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


def _slots(shape, markers, params):
    """Where each marker went among a compiled statement's ``params``: [(True, index in
    values) or (False, the literal parameter)].

    A value whose marker is not among them would be left out of every later call, so
    it is refused: the ORM drops a comparison it finds always true or false (an integer
    outside its column's range: ``period_end_year__lt`` with a marker) and the statement
    may have used something computed from the marker instead (a date's ``year``).
    """
    where = {_db_value(marker): n for n, marker in enumerate(markers) if marker is not None}
    slots = [
        (True, where[param]) if _is_marker(param, where) else (False, param) for param in params
    ]
    missing = sorted(set(where.values()) - {slot for marked, slot in slots if marked})
    if missing:
        raise ValueError(
            f"compiled {shape!r}: values {missing} are not in its statement; give the "
            "shape what the ORM drops or computes from them"
        )
    return slots


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
