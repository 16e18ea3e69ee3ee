"""The view counter's tables move from the news app to website (news 0008, website 0012)
with every count kept, and back again.

Its file name sorts after test_backup.py on purpose: the database the backup test
restores (Django's serialized rollback into a flushed database) fails with a duplicate
content type after this test's migrations back and forth have run (seen on SQLite and
PostgreSQL), while this test passes after the backup test."""

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("news", "0007_related_indexes"), ("website", "0011_limit_counter")]
AFTER = [("news", "0008_view_counter_moves_to_website"), ("website", "0012_page_view_counter")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def rows(table):
    quoted = connection.ops.quote_name(table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT page_id, views FROM {quoted} ORDER BY page_id")  # noqa: S608
        return cursor.fetchall()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_counts_survive_the_move_to_website():
    # As in a database made before the move: the content types are the news app's.
    ContentType.objects.filter(app_label="website", model__startswith="pageview").delete()
    ContentType.objects.get_or_create(app_label="news", model="pageviewday")
    ContentType.objects.get_or_create(app_label="news", model="pageviewtotal")
    try:
        migrate(BEFORE)
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO news_pageviewtotal (page_id, views) VALUES (1, 1731)")
            cursor.execute(
                "INSERT INTO news_pageviewday (page_id, day, views) VALUES (1, %s, 42)",
                [dt.date(2026, 5, 20)],
            )
        migrate(AFTER)
        assert rows("website_pageviewtotal") == [(1, 1731)]
        assert rows("website_pageviewday") == [(1, 42)]
        moved = ContentType.objects.filter(model__in=["pageviewday", "pageviewtotal"])
        assert sorted(moved.values_list("app_label", "model")) == [
            ("website", "pageviewday"),
            ("website", "pageviewtotal"),
        ]
        migrate(BEFORE)
        assert rows("news_pageviewtotal") == [(1, 1731)]
    finally:
        migrate(AFTER)
        ContentType.objects.clear_cache()
