"""PostgreSQL: a stored, indexed ``title || body`` vector for every search index entry,
kept in the table's rows. Other databases: nothing to do.

Squashes 0007 (a GIN index on the expression ``title || body``), 0008 (the stored column
that replaced it) and 0009 (the storage of the searched columns); a database that applied
those three has nothing to do here.

- Wagtail's PostgreSQL backend matches each entry's ``title || body`` against the query
  and writes that expression into the SELECT and, for our exact-diacritics tier, into
  the ORDER BY: PostgreSQL concatenated the two vectors of every matching entry two or
  three times per search (575 ms for a word in 9,997 of 10,282 entries). The generated
  column ``kcqg_vector`` holds the same vector, computed when the entry is written, with
  a GIN index on it (≈ 1 ms to find 900 of 10,000 entries); ``website.search_backends
  .postgres`` matches and tiers on it (Wagtail's rank, from the separate title and body
  vectors, is unchanged). ``tests/website/test_search_postgres.py`` checks that the
  planner uses the index.
- An entry's ``body`` and ``kcqg_vector`` are about 2.5 KB each for an article, and
  PostgreSQL moves any value of a row over 2 KB out of line, into the TOAST table, read
  once per use. ``title`` and ``kcqg_vector`` get ``STORAGE MAIN``: kept in the row
  unless the row cannot fit a page otherwise; ``body`` and the plain-text columns, which
  searches no longer read, stay out of line (matching and ranking "đề án" at 10,000
  articles: 27 ms this way, 39 ms with all three vectors in the row, 114–145 ms through
  TOAST).

On a fresh database the table is empty, so the storage applies to every row written.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
COLUMN = "kcqg_vector"
INDEX = "kcqg_indexentry_vector_gin"
SEARCHED = ("title", COLUMN)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS {COLUMN} tsvector"
        " GENERATED ALWAYS AS (title || body) STORED"
    )
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ({COLUMN})")
    columns = ", ".join(f"ALTER COLUMN {column} SET STORAGE MAIN" for column in SEARCHED)
    schema_editor.execute(f"ALTER TABLE {TABLE} {columns}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN title SET STORAGE EXTENDED")
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {COLUMN}")


class Migration(migrations.Migration):
    replaces = [
        ("website", "0007_postgres_search_index"),
        ("website", "0008_postgres_stored_search_vector"),
        ("website", "0009_postgres_search_vectors_inline"),
    ]

    dependencies = [
        ("website", "0001_squashed_0006_help_texts"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
