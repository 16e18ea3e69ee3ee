"""Performance: table sizes for SQLite's query planner.

SQLite plans without statistics unless told otherwise, and then assumes every
table is large and every index selective. At 100,000 articles that sends small
queries the long way: "the 4 featured case studies" read every page row in
tree order to find the few case studies (40 ms instead of under 1 ms), and the
home page took 4x its time at 10,000 articles.

This writes only the row count of each table into ``sqlite_stat1`` (rows with
no index), so the planner starts from the small table. Full ``ANALYZE``
statistics are deliberately not used: with them SQLite chose far worse plans
for our page-visibility subqueries (a listing count took 22 s).

Refreshed after migrations, after loading demo content, and by
``manage.py sqlite_table_stats`` (a daily cron in production on SQLite; see
docs/deployment.md). New stats reach a connection when it is next opened.

Writes into SQLite's own statistics table (``sqlite_stat1``, whose format SQLite
documents: https://sqlite.org/fileformat2.html#stat1tab). Off (``KCQG_PATCHES``),
nothing refreshes them after migrations, and ``manage.py sqlite_table_stats`` empties
the table, so SQLite plans as it does by default.
"""

from django.apps import apps
from django.db import connections
from django.db.models.signals import post_migrate

from website import patches

CHECKED_AGAINST = "SQLite 3.40 (Python 3.11's sqlite3)"
UPSTREAM = {}  # SQLite's documented file format; tests/website/test_patches.py checks it


def refresh_table_stats(using="default"):
    """Write each table's row count for SQLite's planner (or, with the patch off, remove
    any); returns how many tables were measured, 0 on other databases."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return 0
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE sqlite_master")  # creates sqlite_stat1 when missing
        if not patches.enabled("sqlite_stats"):
            cursor.execute("DELETE FROM sqlite_stat1")
            return 0
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
        tables = [name for (name,) in cursor.fetchall()]
        rows = []
        for table in tables:
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT count(*) FROM {quoted}")  # noqa: S608 - a table name
            rows.append((table, str(max(cursor.fetchone()[0], 1))))
        cursor.execute("DELETE FROM sqlite_stat1")
        cursor.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (%s, NULL, %s)", rows)
    return len(rows)


def on_migrated(sender, using="default", **kwargs):
    """After migrations: table sizes for SQLite's planner."""
    refresh_table_stats(using)


def install():
    post_migrate.connect(
        on_migrated, sender=apps.get_app_config("website"), dispatch_uid="sqlite_table_stats"
    )
