"""The Vietnamese of locale_upstream/ against the packages' own catalogues.

``manage.py upstream_translations`` counts, per package, the msgids its Vietnamese
catalogue lacks and how many locale_upstream/ fills; ``--missing`` lists those still
unfilled (after upgrading Wagtail, say); ``--export DIR`` writes one vi .po per
package with our entries that its catalogue lacks or translates differently, ready
to offer upstream (docs/upstream-translations.md).
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

UPSTREAM = "locale_upstream"
# Packages whose strings editors meet in the admin; the template catalogue of each
# (en, or the first language that has one) lists every msgid.
PACKAGES = ("wagtail", "wagtail_localize", "taggit", "axes", "django")


def upstream_folder():
    for path in settings.LOCALE_PATHS:
        if Path(path).name == UPSTREAM:
            return Path(path)
    raise LookupError(f"{UPSTREAM}/ is not in LOCALE_PATHS")


def package_catalogues():
    """[(label, domain, template .po, vi .po or None)] of Django and the installed apps."""
    import django

    found = []
    folders = [("django", Path(django.__file__).parent / "conf")]
    folders += [
        (config.name, Path(config.path))
        for config in apps.get_app_configs()
        if config.name.split(".")[0] in PACKAGES
    ]
    for name, folder in folders:
        locale = folder / "locale"
        if not locale.is_dir():
            continue
        for domain in ("django", "djangojs"):
            templates = [locale / "en" / "LC_MESSAGES" / f"{domain}.po"]
            templates += sorted(locale.glob(f"*/LC_MESSAGES/{domain}.po"))
            template = next((path for path in templates if path.exists()), None)
            if template is None:
                continue
            vi = locale / "vi" / "LC_MESSAGES" / f"{domain}.po"
            found.append((name, domain, template, vi if vi.exists() else None))
    return found


def _key(entry):
    return (entry.msgctxt, entry.msgid)


def _meant_for(entry, name):
    """Whether our entry names the package (its "packages:" comment): the same msgid
    in another package (Django admin's "History") may rightly say something else."""
    for line in entry.comment.splitlines():
        if line.startswith("packages:"):
            return name in line.removeprefix("packages:").replace(" ", "").split(",")
    return False


def _translation(entry):
    return entry.msgstr or entry.msgstr_plural.get(0, "") or entry.msgstr_plural.get("0", "")


class Command(BaseCommand):
    help = "Compare locale_upstream/ with the packages' Vietnamese catalogues."

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="list msgids still unfilled")
        parser.add_argument("--export", metavar="DIR", help="write one vi .po per package")

    def handle(self, *args, missing=False, export=None, **options):
        folder = upstream_folder() / "vi" / "LC_MESSAGES"
        ours = {
            domain: {_key(e): e for e in polib.pofile(str(folder / f"{domain}.po"))}
            for domain in ("django", "djangojs")
        }
        for name, domain, template, vi in package_catalogues():
            theirs = {}
            if vi is not None:
                theirs = {_key(e): e for e in polib.pofile(str(vi)).translated_entries()}
            wanted = [e for e in polib.pofile(str(template)) if e.msgid and not e.obsolete]
            lacking = [e for e in wanted if _key(e) not in theirs]
            filled = [e for e in lacking if _key(e) in ours[domain]]
            corrected = [
                ours[domain][_key(e)]
                for e in wanted
                if _key(e) in theirs
                and _key(e) in ours[domain]
                and _meant_for(ours[domain][_key(e)], name)
                and _translation(ours[domain][_key(e)]) != _translation(theirs[_key(e)])
            ]
            self.stdout.write(
                f"{name} {domain}: {len(wanted)} msgids, vi lacks {len(lacking)}, "
                f"we fill {len(filled)}, we correct {len(corrected)}"
            )
            if missing:
                for entry in lacking:
                    if _key(entry) not in ours[domain]:
                        self.stdout.write(f"    {entry.msgid!r}")
            if export:
                self._export(Path(export), name, domain, filled, corrected, ours[domain])

    def _export(self, folder, name, domain, filled, corrected, ours):
        entries = [ours[_key(e)] for e in filled] + corrected
        if not entries:
            return
        po = polib.POFile()
        po.metadata = {
            "Project-Id-Version": name,
            "Language": "vi",
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": "nplurals=1; plural=0;",
        }
        for entry in entries:
            po.append(entry)
        path = folder / name.replace(".", "-") / "vi" / "LC_MESSAGES" / f"{domain}.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        po.save(str(path))
        self.stdout.write(f"    wrote {path} ({len(entries)} entries)")
