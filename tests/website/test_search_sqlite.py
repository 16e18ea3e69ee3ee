"""SQLite: Wagtail's FTS5 table keeps diacritics (website/0001_squashed_0006, the step
of the old 0004), and stays so."""

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

pytestmark = pytest.mark.django_db

FTS_TABLE = "wagtailsearch_indexentry_fts"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_fts_table_keeps_diacritics_after_all_migrations():
    # Fails if a later migration (e.g. a Wagtail upgrade) recreates the table
    # with the default tokenizer: then add a migration like the old website/0004 after it.
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [FTS_TABLE])
        (sql,) = cursor.fetchone()
    assert "remove_diacritics 0" in sql
    assert "fts5(autocomplete, body, title" in sql.replace("\n", " ")


def test_our_migration_runs_after_wagtails_last_search_migration():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    ours = ("website", "0001_squashed_0006_help_texts")
    wagtail_leaves = graph.leaf_nodes("wagtailsearch")
    assert wagtail_leaves, "wagtailsearch has no migrations?"
    for leaf in wagtail_leaves:
        assert leaf in graph.forwards_plan(ours), (
            f"{leaf} is newer than {ours[1]}: check it keeps the FTS5 tokenizer, "
            "then make a website migration that recreates the table after it"
        )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_index_rows_are_copied_and_triggers_still_fill_the_table(home):
    from website.models import StandardPage

    home.add_child(instance=StandardPage(title="Quốc gia", intro="Đề án"))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH 'quốc'")  # noqa: S608
        (exact,) = cursor.fetchone()
        cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH 'quoc'")  # noqa: S608
        (folded,) = cursor.fetchone()
    assert exact >= 1 and folded >= 1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_a_search_among_one_page_type_is_driven_by_the_fts_match(home):
    """With one content type, SQLite would otherwise walk that type's index entries
    and run the MATCH once per entry (3.5 s at 10,000 articles instead of 4 ms)."""
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from news.models import NewsArticlePage
    from website.search import plan_search

    for queryset in (NewsArticlePage.objects.live(), Page.objects.live()):
        plan = plan_search("Hộ rèn nông cụ Cao Bằng")
        for _kind, built in plan.tiers:
            results = get_search_backend().search(built, queryset)
            compiler = results.query_compiler
            matching, bonuses = compiler.ranked_parts(compiler.get_config(results.backend))
            assert bonuses
            _assert_driven_by_the_match([matching.entries, *[bonus.entries for bonus in bonuses]])


def _assert_driven_by_the_match(parts):
    for part in parts:
        sql, params = part.values_list("pk").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = [row[-1] for row in cursor.fetchall()]
        assert plan[0].startswith(f"SCAN {FTS_TABLE} VIRTUAL TABLE"), plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_table_sizes_are_written_for_the_planner_and_nothing_else(home):
    from django.core.management import call_command

    from website.models import StandardPage

    home.add_child(instance=StandardPage(title="Giới thiệu", slug="gioi-thieu"))
    call_command("sqlite_table_stats", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT tbl, idx, stat FROM sqlite_stat1")
        rows = cursor.fetchall()
        cursor.execute("SELECT count(*) FROM wagtailcore_page")
        (pages,) = cursor.fetchone()
    stats = {table: stat for table, index, stat in rows}
    assert all(index is None for _table, index, _stat in rows)  # table sizes only
    assert stats["wagtailcore_page"] == str(pages)
    assert stats["website_standardpage"] == "1"
    assert FTS_TABLE not in stats
