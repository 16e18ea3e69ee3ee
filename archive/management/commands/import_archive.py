"""``manage.py import_archive PATH…``: the old portal's saved pages into news articles.

PATH is a saved page (``.txt`` text form, ``.htm``/``.html`` HTML form) or a folder,
read recursively (the ``<name>_files`` image folders are not pages). Re-running updates
what changed and skips the rest. Exit status 1 when any page failed.
"""

import csv
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from archive.importer import CREATED, UNCHANGED, UPDATED, ImportFailed, import_article
from archive.parsing import Malformed, parse
from archive.progress import Progress
from website.bulk import bulk_load

SUFFIXES = {".txt", ".htm", ".html", ".xhtml"}


def saved_pages(paths):
    """The saved pages under ``paths``, in name order; (pages, missing paths)."""
    found, missing = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.endswith("_files") for part in p.relative_to(path).parts[:-1])
            )
        else:
            missing.append(raw)
    return found, missing


class Command(BaseCommand):
    help = "Nhập các trang đã lưu của cổng thông tin cũ thành bài tin tức."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Tệp .txt/.html đã lưu, hoặc thư mục.")
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--publish",
            dest="publish",
            action="store_true",
            default=None,
            help="Xuất bản bài nhập (mặc định theo KCQG_ARCHIVE_PUBLISH).",
        )
        group.add_argument(
            "--draft", dest="publish", action="store_false", help="Để bài nhập ở dạng nháp."
        )
        parser.add_argument(
            "--url-map",
            help="Tệp CSV (tệp,địa chỉ cũ) cho các trang đã lưu không ghi địa chỉ cũ.",
        )

    def handle(self, *args, **options):
        paths = options["paths"]
        publish = options["publish"]
        if publish is None:
            publish = getattr(settings, "KCQG_ARCHIVE_PUBLISH", True)
        url_map = self.read_url_map(options.get("url_map"))
        pages, missing = saved_pages(paths)
        counts = Counter()
        problems = []  # (file, reason, failed?)
        for raw in missing:
            problems.append((raw, _("không có tệp hay thư mục này"), True))
            counts["failed"] += 1
        progress = Progress(len(pages), self.stderr._out, _("Nhập lưu trữ"))
        # Indexes and the page cache once at the end; no renditions made, no e-mail
        # alerts for old articles (website.bulk).
        with bulk_load("archive imported"):
            self.import_pages(pages, url_map, publish, counts, problems, progress)
        self.report(counts, problems, progress.seconds)
        if counts["failed"]:
            raise CommandError(
                _("%(n)s trang không nhập được (xem báo cáo ở trên).") % {"n": counts["failed"]},
                returncode=1,
            )

    def import_pages(self, pages, url_map, publish, counts, problems, progress):
        for path in pages:
            counts["read"] += 1
            try:
                article = parse(path)
                if not article.old_url:
                    article.old_url = url_map.get(path.name, "")
                outcome = import_article(article, publish=publish)
            except (Malformed, ImportFailed, OSError) as error:
                counts["failed"] += 1
                problems.append((str(path), str(error), True))
            else:
                # An unchanged page is counted (the summary gives the reason), not listed.
                counts[outcome.status] += 1
                if outcome.status != UNCHANGED:
                    problems += [(str(path), note, False) for note in outcome.notes]
            progress.step()

    def read_url_map(self, path):
        if not path:
            return {}
        with open(path, encoding="utf-8", newline="") as handle:
            return {
                Path(row[0]).name: row[1].strip() for row in csv.reader(handle) if len(row) >= 2
            }

    def report(self, counts, problems, seconds):
        for path, reason, failed in problems:
            label = _("LỖI") if failed else _("ghi chú")
            self.stdout.write(f"{label}: {path}: {reason}")
        self.stdout.write(
            _(
                "Đã đọc %(read)s, tạo mới %(created)s, cập nhật %(updated)s, bỏ qua %(skipped)s "
                "(không đổi), lỗi %(failed)s; %(seconds).1f giây."
            )
            % {
                "read": counts["read"],
                "created": counts[CREATED],
                "updated": counts[UPDATED],
                "skipped": counts[UNCHANGED],
                "failed": counts["failed"],
                "seconds": seconds,
            }
        )
