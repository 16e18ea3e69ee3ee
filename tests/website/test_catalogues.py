"""Every UI string has an English translation, and the committed .mo files are current."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from website.management.commands.compile_catalogues import project_catalogues

ROOT = Path(__file__).resolve().parents[2]


def test_catalogues_exist_for_both_languages():
    languages = {path.parts[-3] for path in project_catalogues()}
    assert {"vi", "en"} <= languages


@pytest.mark.parametrize("po_path", project_catalogues(), ids=lambda p: str(p.relative_to(ROOT)))
def test_mo_matches_po(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} missing: run `make messages`"
    po = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(po_path)).translated_entries()}
    mo = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(mo_path)) if e.msgid}
    assert po == mo, f"{mo_path} is stale: run `make messages`"


def _english_translations():
    translated = set()
    for po_path in project_catalogues():
        if po_path.parts[-3] == "en":
            translated |= {e.msgid for e in polib.pofile(str(po_path)).translated_entries()}
    return translated


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext (xgettext) not installed")
def test_every_ui_string_has_an_english_translation(tmp_path):
    # Extract every msgid of the project into a scratch copy, then look each up.
    scratch = tmp_path / "src"
    for name in (
        "website",
        "news",
        "showcase",
        "policies",
        "multimedia",
        "archive",
        "alerts",
        "demo",
        "templates",
    ):
        shutil.copytree(ROOT / name, scratch / name, ignore=shutil.ignore_patterns("locale"))
    shutil.copy(ROOT / "manage.py", scratch / "manage.py")
    (scratch / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "-v0"],
        cwd=scratch,
        check=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(scratch)},
    )
    extracted = {e.msgid for e in polib.pofile(str(scratch / "locale/en/LC_MESSAGES/django.po"))}
    missing = sorted(extracted - _english_translations() - {""})
    assert not missing, f"no English translation for: {missing}"
