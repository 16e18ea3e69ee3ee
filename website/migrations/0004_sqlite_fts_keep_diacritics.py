"""SQLite: recreate Wagtail's FTS5 table so that it keeps diacritics.

Wagtail creates ``wagtailsearch_indexentry_fts`` with FTS5's default tokenizer,
``unicode61`` with ``remove_diacritics 1``: it folds letters with one mark
("công" → "cong") but not letters with two ("khuyến", "đề", "quốc" stay), and
never "đ". We fold ourselves (``website.search.fold``, a folded copy of every
page), so the table keeps every mark: ``remove_diacritics 0``. A query as typed
then matches the page's own words exactly, which ranks those pages first.

The triggers Wagtail created on ``wagtailsearch_indexentry`` refer to the table
by name and keep working. ``tests/website/test_search_sqlite.py`` fails if a
later migration undoes this.
"""

from django.db import migrations

FTS_TABLE = "wagtailsearch_indexentry_fts"
ENTRY_TABLE = "wagtailsearch_indexentry"
COLUMNS = "autocomplete, body, title"
KEEP_DIACRITICS = "tokenize='unicode61 remove_diacritics 0'"


def _recreate(schema_editor, tokenize):
    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [FTS_TABLE])
        if cursor.fetchone() is None:  # no FTS5: Wagtail uses its fallback backend
            return
        options = f", {tokenize}" if tokenize else ""
        cursor.execute(f"DROP TABLE {FTS_TABLE}")
        cursor.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({COLUMNS}{options})")
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, autocomplete, body, title) "  # noqa: S608
            f"SELECT id, autocomplete, body, title FROM {ENTRY_TABLE}"
        )


def keep_diacritics(apps, schema_editor):
    _recreate(schema_editor, KEEP_DIACRITICS)


def default_tokenizer(apps, schema_editor):
    _recreate(schema_editor, "")


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0003_standard_page"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(keep_diacritics, default_tokenizer, elidable=False)]
