"""Write SITE_ORIGIN's host name and port into the default Site record."""

from django.core.management.base import BaseCommand, CommandError

from website import origin


class Command(BaseCommand):
    help = (
        "Write SITE_ORIGIN's host name and port into Wagtail's default Site record "
        "(make setup and every deployment run it)."
    )

    def handle(self, *args, **options):
        site = origin.write_to_site()
        if site is None:
            raise CommandError("No default Site yet: run `manage.py migrate` first.")
        self.stdout.write(f"Site {site.site_name or site.hostname}: {origin.origin()}")
