from django.core.management.base import BaseCommand, CommandError

from website.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Replace the database and media files with those of a backup archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz made by `manage.py backup`.")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, **options):
        if not options["yes"]:
            answer = input(
                "This replaces the whole database and media folder. Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("restore cancelled")
        try:
            manifest = restore_backup(options["archive"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the {manifest['engine']} backup of {manifest['created']}.")
