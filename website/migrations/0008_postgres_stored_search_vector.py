"""PostgreSQL: keep ``title || body`` of every search index entry in a stored column.

Wagtail's PostgreSQL backend matches each entry's ``title || body`` against the query
and writes that expression into the SELECT and, for our exact-diacritics tier, into the
ORDER BY: PostgreSQL concatenated the two vectors of every matching entry two or three
times per search. For a word that nearly every article holds ("cơ khí", 9,997 of
10,282 entries) that was most of a 575 ms query. The generated column ``kcqg_vector``
holds the same vector, computed when the entry is written; ``website.search_backends
.postgres`` matches and tiers on it (Wagtail's rank, from the separate title and body
vectors, is unchanged), and a GIN index on it replaces migration 0007's expression
index. Other databases: nothing to do.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
COLUMN = "kcqg_vector"
INDEX = "kcqg_indexentry_vector_gin"
OLD_INDEX = "kcqg_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS {COLUMN} tsvector"
        " GENERATED ALWAYS AS (title || body) STORED"
    )
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ({COLUMN})")
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON {TABLE} USING gin ((title || body))"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {COLUMN}")


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0007_postgres_search_index"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
