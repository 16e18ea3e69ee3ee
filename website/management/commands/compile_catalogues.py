"""Compile every .po catalogue of the project to .mo, without GNU gettext.

``make messages`` runs it. The .mo files are committed, so a fresh clone needs
neither this command nor gettext; tests check that they match their .po files.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def project_catalogues():
    """Every django.po under the project's locale folders (root and apps)."""
    base = Path(settings.BASE_DIR)
    folders = [Path(p) for p in settings.LOCALE_PATHS]
    folders += [
        base / app / "locale"
        for app in ("website", "news", "showcase", "policies", "multimedia", "archive", "alerts")
    ]
    return sorted(
        po for folder in folders if folder.exists() for po in folder.glob("*/LC_MESSAGES/*.po")
    )


class Command(BaseCommand):
    help = "Compile the project's .po catalogues to .mo with polib."

    def handle(self, *args, **options):
        for po_path in project_catalogues():
            catalogue = polib.pofile(str(po_path))
            catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
            self.stdout.write(f"{po_path}: {len(catalogue.translated_entries())} translated")
