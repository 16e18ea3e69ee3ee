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
"""

import copy
import uuid

from django.db import connection, connections

_COMPILED = {}
_MARK = -7_300_000_000  # marker integers count down from here; no id is negative


def compiled(shape, build, values, *args):
    """The rows of ``build(values, *args)`` (a queryset) for these ``values``.

    ``shape`` names everything but ``values`` that changes the statement (list
    lengths, which parts there are, the LIMIT); ``values`` are integers, strings,
    UUIDs or None (None is given as is: it may change the shape, so ``shape`` must
    say so).
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


def _slots(markers, params):
    """Where each marker went among a compiled statement's ``params``: [(True, index in
    values) or (False, the literal parameter)]."""
    where = {_db_value(marker): n for n, marker in enumerate(markers) if marker is not None}
    return [
        (True, where[param]) if _is_marker(param, where) else (False, param) for param in params
    ]


def _is_marker(param, where):
    return (
        not isinstance(param, bool) and isinstance(param, int | str | uuid.UUID) and param in where
    )


def _marker(n, value):
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return uuid.UUID(int=2**127 + n)
    if isinstance(value, str):
        return f"~marker{n}~"
    return _MARK - n


def _db_value(value):
    """A value as the database driver is given it (a UUID as hex without a native type)."""
    if isinstance(value, uuid.UUID) and not connection.features.has_native_uuid_field:
        return value.hex
    return value
