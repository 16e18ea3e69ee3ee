from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from website.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database and media files into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(settings.BASE_DIR / "backups"),
            help="Folder for the archive (default: backups/).",
        )

    def handle(self, *args, **options):
        try:
            path = create_backup(options["output"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
