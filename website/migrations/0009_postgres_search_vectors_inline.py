"""PostgreSQL: keep the vectors that searches read in the index table's rows.

An entry's ``body`` and ``kcqg_vector`` (migration 0008) vectors are about 2.5 KB each
for an article, and PostgreSQL moves any value of a row over 2 KB out of line: into the
TOAST table, uncompressed (tsvectors barely compress). Matching and ranking then read
each vector through the TOAST index, once per use: for a word that nearly every article
holds, ~10,000 ``kcqg_vector`` values for the match and four more vectors per entry for
the rank. At 10,000 articles, matching and ranking "cơ khí" took 114–145 ms that way.

``title`` and ``kcqg_vector`` get ``STORAGE MAIN``: kept in the row (compressed if that
helps) unless the row cannot fit a page otherwise. Searches match and rank on those two
(``website.search_backends.postgres``); ``body`` and the plain-text columns, which they no
longer read, stay out of line, so about two rows fit a page: the match reads half the
pages it would with every vector in the row (39 MB instead of 79 MB at 10,000 articles).
Matching and ranking "đề án" there: 39 ms with all three vectors in the row, 27 ms this way.

``VACUUM FULL`` then writes the table again, which moves the existing vectors in (and
gives back the TOAST table's space). It locks the table while it runs, so searches wait:
about a second at 10,000 articles. It cannot run in a transaction, so this migration is
not atomic. Other databases: nothing to do.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
SEARCHED = ("title", "kcqg_vector")


def _store(schema_editor, storage):
    if schema_editor.connection.vendor != "postgresql":
        return
    columns = ", ".join(f"ALTER COLUMN {column} SET STORAGE {storage}" for column in SEARCHED)
    schema_editor.execute(f"ALTER TABLE {TABLE} {columns}")
    # Each row is written again by the new rules; an UPDATE would keep an unchanged
    # value's TOAST pointer and leave the old rows behind as dead ones.
    schema_editor.execute(f"VACUUM FULL {TABLE}")


def inline(apps, schema_editor):
    _store(schema_editor, "MAIN")


def out_of_line(apps, schema_editor):
    _store(schema_editor, "EXTENDED")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("website", "0008_postgres_stored_search_vector"),
    ]

    operations = [migrations.RunPython(inline, out_of_line, elidable=False)]
