"""PostgreSQL: keep the search index's vectors in the table row, not in its TOAST table.

An entry's ``title``, ``body`` and ``kcqg_vector`` (migration 0008) vectors are about
2.5 KB each for an article, and PostgreSQL moves any value of a row over 2 KB out of
line: into the TOAST table, uncompressed (tsvectors barely compress). Matching and
ranking then read each vector through the TOAST index, once per use: for a word that
nearly every article holds, the match read ~10,000 ``kcqg_vector`` values that way and
the rank four more vectors per entry. At 10,000 articles, matching and ranking "cơ khí"
took 114–145 ms this way and 47 ms with the vectors in the row.

The three vector columns get ``STORAGE MAIN`` (compressed in the row if that helps, out
of line only when the row cannot fit a page otherwise) and the table a
``toast_tuple_target`` of a whole page, so the plain-text columns are compressed or moved
out first. ``VACUUM FULL`` then writes the table again, which moves the existing
vectors in (and gives back the space of the TOAST table). It locks the table while it
runs, so searches wait: about a second at 10,000 articles. It cannot run in a
transaction, so this migration is not atomic. Other databases: nothing to do.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
VECTORS = ("title", "body", "kcqg_vector")
# The largest row that still fits one 8 KB page (PostgreSQL's own upper limit).
WHOLE_PAGE = 8160


def _store(schema_editor, storage, target):
    if schema_editor.connection.vendor != "postgresql":
        return
    columns = ", ".join(f"ALTER COLUMN {column} SET STORAGE {storage}" for column in VECTORS)
    schema_editor.execute(f"ALTER TABLE {TABLE} {columns}")
    schema_editor.execute(f"ALTER TABLE {TABLE} {target}")
    # Each row is written again by the new rules; an UPDATE would keep an unchanged
    # value's TOAST pointer and leave the old rows behind as dead ones.
    schema_editor.execute(f"VACUUM FULL {TABLE}")


def inline(apps, schema_editor):
    _store(schema_editor, "MAIN", f"SET (toast_tuple_target = {WHOLE_PAGE})")


def out_of_line(apps, schema_editor):
    _store(schema_editor, "EXTENDED", "RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("website", "0008_postgres_stored_search_vector"),
    ]

    operations = [migrations.RunPython(inline, out_of_line, elidable=False)]
