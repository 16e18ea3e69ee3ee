"""locale_upstream/ leaves no gap in the catalogues of the screens editors use, and
exports as one Vietnamese .po per package for upstream."""

import re
from io import StringIO

import polib
from django.core.management import call_command
from django.utils import translation

# Every msgid of these catalogues has Vietnamese (theirs or ours). After an upgrade of
# Wagtail or wagtail-localize this fails and lists what to translate.
COMPLETE = [
    ("wagtail", "django"),
    ("wagtail.admin", "django"),
    ("wagtail.admin", "djangojs"),
    ("wagtail.images", "django"),
    ("wagtail.documents", "django"),
    ("wagtail.snippets", "django"),
    ("wagtail.users", "django"),
    ("wagtail.contrib.search_promotions", "django"),
    ("wagtail_localize", "django"),
    ("wagtail_localize", "djangojs"),
    ("taggit", "django"),
    ("axes", "django"),
]


def test_no_gap_left_in_the_editors_catalogues(tmp_path):
    out = StringIO()
    call_command("upstream_translations", "--missing", "--export", str(tmp_path), stdout=out)
    report = out.getvalue()
    for package, domain in COMPLETE:
        line = re.search(rf"^{re.escape(package)} {domain}: .*$", report, re.MULTILINE)
        assert line, f"{package} {domain} not compared"
        lacks, fills = re.search(r"vi lacks (\d+), we fill (\d+)", line.group()).groups()
        assert lacks == fills, report[line.start() : line.start() + 2000]

    exported = polib.pofile(str(tmp_path / "wagtail-admin/vi/LC_MESSAGES/django.po"))
    assert exported.find("Save draft").msgstr == "Lưu nháp"
    assert exported.find("Locale").msgstr == "Ngôn ngữ"  # a correction of "Vùng miền"
    assert exported.metadata["Language"] == "vi"


def test_project_strings_win_and_upstream_fills_beat_the_packages():
    with translation.override("vi"):
        assert translation.gettext("History") == "Lịch sử"  # Django admin says "Bản ghi nhớ"
        assert translation.gettext("Locale") == "Ngôn ngữ"  # Wagtail says "Vùng miền"
        assert translation.gettext("A comma-separated list of tags.") == (
            "Danh sách thẻ, cách nhau bằng dấu phẩy."
        )
    with translation.override("en"):
        assert translation.gettext("Save draft") == "Save draft"
