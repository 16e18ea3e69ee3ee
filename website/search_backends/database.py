"""The database backend with folding, for whatever database ``default`` is."""

from django.db import connection
from modelsearch.backends.database.fallback import DatabaseSearchBackend

from . import FoldingBackendMixin


class FallbackFoldingBackend(FoldingBackendMixin, DatabaseSearchBackend):
    pass


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up
    if connection.vendor == "postgresql":
        from .postgres import PostgresFoldingBackend

        return PostgresFoldingBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

        if fts5_available() and fts_table_exists():
            from .sqlite import SQLiteFoldingBackend

            return SQLiteFoldingBackend(params)
    if connection.vendor == "mysql":
        from modelsearch.backends.database.mysql.mysql import MySQLSearchBackend

        backend_class = type("MySQLFoldingBackend", (FoldingBackendMixin, MySQLSearchBackend), {})
        return backend_class(params)
    return FallbackFoldingBackend(params)
