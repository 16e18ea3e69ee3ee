"""Table sizes for SQLite's query planner.

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
"""

from django.db import connections


def refresh_table_stats(using="default"):
    """Write each table's row count for SQLite's planner; no-op on other databases."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return 0
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE sqlite_master")  # creates sqlite_stat1 when missing
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
