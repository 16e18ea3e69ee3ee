"""Build a complete demo site: ``python manage.py load_demo_content``.

Idempotent: a second run changes nothing. ``--articles N`` scales the news to
N articles (for benchmarks). ``--with-admin`` creates the demo administrator and ends
the output with its login. The output is one summary line per step; Wagtail's
per-page log lines and fontTools' font-subsetting lines are held back during the
load (shown with ``--verbosity 2``).
"""

import contextlib
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from demo.build import DemoContext, quiet_loggers
from demo.loaders import multimedia, news, policies, showcase, site
from website.bulk import bulk_load
from website.patches.sqlite_stats import refresh_table_stats

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "khuyencong-demo"  # noqa: S105 - documented demo login
# The apps' loaders, in this order (showcase links news, policies link site pages).
LOADERS = [news, showcase, policies, multimedia]


class Command(BaseCommand):
    help = "Build the demo site (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=None,
            help="Make the news section hold this many articles (for benchmarks).",
        )
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help=f"Create the demo administrator ({DEMO_ADMIN_USERNAME}).",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        verbose = options["verbosity"] >= 2
        with contextlib.nullcontext() if verbose else quiet_loggers():
            user = self.load(options)
        if options["verbosity"] >= 1:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content ready ({time.monotonic() - started:.0f} s).")
            )
            if user is not None:
                self.report_admin(user)

    def load(self, options):
        # Indexes, page cache: once at the end; no renditions made, no alerts (website.bulk).
        with bulk_load("demo content loaded"):
            user = self.ensure_admin() if options["with_admin"] else None
            ctx = DemoContext(stdout=self.stdout, options=options, locales={}, homes={}, user=user)
            with transaction.atomic():
                ctx.locales = site.ensure_locales()
                ctx.homes = site.ensure_homes(ctx.locales, user)
                site.ensure_settings(ctx.homes["vi"])
                pages = site.ensure_standard_pages(ctx.homes, ctx.locales, user)
            ctx.log(
                f"Site: {len(ctx.locales)} languages, home pages, settings, "
                f"{pages} standard pages per language."
            )
            for loader in LOADERS:
                loader.load(ctx)
        # Bulk inserts change table sizes a lot: tell the planner (SQLite: table
        # sizes; PostgreSQL: ANALYZE now rather than whenever autovacuum gets to it,
        # until then it plans 10,000 articles as if they were a handful).
        refresh_table_stats()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return user

    def ensure_admin(self):
        User = get_user_model()
        user = User.objects.filter(username=DEMO_ADMIN_USERNAME).first()
        if user is None:
            user = User.objects.create_superuser(
                DEMO_ADMIN_USERNAME, "admin@example.com", DEMO_ADMIN_PASSWORD
            )
        return user

    def report_admin(self, user):
        """The demo administrator's login, last, so that it is not buried."""
        known = user.check_password(DEMO_ADMIN_PASSWORD)
        shown = DEMO_ADMIN_PASSWORD if known else "(changed since it was created; not shown)"
        self.stdout.write(
            "\n"
            + self.style.MIGRATE_HEADING("Demo administrator (admin site: /admin/)")
            + f"\n  user:     {user.get_username()}\n  password: {shown}\n"
        )
