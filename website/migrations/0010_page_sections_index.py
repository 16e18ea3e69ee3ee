"""An index of the sections of each home page (pages at depth 3), by path.

Wagtail finds a page's children by its path prefix and their depth. For the children
of a home page, the path index alone reads every descendant, so every article: at
100,000 articles the menu and the home page's sections (both kept in the chrome cache,
so built again after each publish) took 50–100 ms each on SQLite. From this index they
take well under a millisecond.

It is partial on purpose. An index of (depth, path) over all pages also drew the
article lists (``depth >= 3`` and a path prefix) away from the publish-date index: the
news index with every cache cleared went from 136 to 900 ms at 100,000 articles. A
query uses this one only when it says ``depth = 3``: SQLite plans with the bound
value, and Django sends PostgreSQL its values inline (client-side binding).
"""

from django.db import migrations

INDEX = "kcqg_page_sections"


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0007_squashed_0009_postgres_search_vector"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (path) WHERE depth = 3",
            f"DROP INDEX IF EXISTS {INDEX}",
            elidable=False,
        )
    ]
