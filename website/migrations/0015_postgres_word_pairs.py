"""PostgreSQL: each index entry's stored vector ``kcqg_vector`` also holds every pair of
neighbouring folded words as one lexeme of its own ("chế biến chè" → 'che bien',
'bien che'), without positions. Other databases: nothing to do.

A query typed with diacritics matches "the words as typed, or the folded words as a
phrase" (``website.search.plan_search``). PostgreSQL's GIN index stores no positions, so
it answered the phrase with every entry that holds all its folded words, and PostgreSQL
then read each of those rows to check the positions: for "chế biến chè" at 100,000
articles, 34,235 rows (every text about "chế biến" holds "che" and "bien"), ~100 ms
whatever the plan. ``website.search_backends.postgres`` now asks for the pairs as well as
the phrase ('che bien' & 'bien che' & che <-> bien <-> che): the index answers the pairs
exactly, and only entries that have them are read to check the phrase; a phrase of two
words is its pair alone, and no entry is read to check it. The pairs are a
consequence of the phrase (they are taken from the same positions the phrase operator
reads), so a search finds exactly what it found before; ranking never asks for them
(a lexeme the query does not name does not change ``ts_rank``).

``kcqg_word_pairs`` keeps pairs of plain ASCII lexemes only: the folded copies, which
are what the phrase tier searches. A generated column's expression cannot be changed on
PostgreSQL 15, so the column and its index are made again (every row's vector is
computed once more: 62–90 s for 100,000 articles here, see docs/deployment.md), with
LZ4 compression where the server has it (the bench could tell no gain over pglz).
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
COLUMN = "kcqg_vector"
INDEX = "kcqg_indexentry_vector_gin"
FUNCTION = "kcqg_word_pairs"

CREATE_FUNCTION = """
CREATE OR REPLACE FUNCTION kcqg_word_pairs(vector tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH words AS (
    SELECT lexeme, unnest(positions) AS position
    FROM unnest(vector) WHERE lexeme ~ '^[a-z0-9]+$'
  )
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), '')
  FROM words a JOIN words b ON b.position = a.position + 1
$$
"""


def _lz4(schema_editor):
    """Whether this PostgreSQL can compress with LZ4 (built ``--with-lz4``, as Debian's
    and the official images are)."""
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        )
        row = cursor.fetchone()
    return bool(row and row[0])


def _rebuild(schema_editor, expression, lz4=False):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {COLUMN}")
    # One statement: the storage (and compression) are set before the table is written
    # again.
    compression = f", ALTER COLUMN {COLUMN} SET COMPRESSION lz4" if lz4 else ""
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ADD COLUMN {COLUMN} tsvector"
        f" GENERATED ALWAYS AS ({expression}) STORED,"
        f" ALTER COLUMN {COLUMN} SET STORAGE MAIN{compression}"
    )
    schema_editor.execute(f"CREATE INDEX {INDEX} ON {TABLE} USING gin ({COLUMN})")


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(CREATE_FUNCTION)
    _rebuild(schema_editor, f"title || body || {FUNCTION}(title || body)", _lz4(schema_editor))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    _rebuild(schema_editor, "title || body")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector)")


class Migration(migrations.Migration):
    dependencies = [("website", "0014_seed_search_synonyms")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
