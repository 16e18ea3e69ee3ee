"""manage.py sqlite_table_stats: refresh the table sizes SQLite's planner uses."""

from django.core.management.base import BaseCommand

from website.patches.sqlite_stats import refresh_table_stats


class Command(BaseCommand):
    help = (
        "Write each table's row count into SQLite's sqlite_stat1 (website/patches/sqlite_stats.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, database="default", **options):
        count = refresh_table_stats(database)
        if options["verbosity"]:
            self.stdout.write(
                f"{count} tables measured."
                if count
                else "Nothing measured: not SQLite, or the sqlite_stats patch is off."
            )
