"""Progress of long runs (a bar on a terminal, lines in a log) and a generated set of
saved pages imported in one run (the 10,000-page measure: tests/benchmarks/archive_import.py)."""

import io

import pytest
from django.core.management import call_command

from archive.models import ArchivedArticle
from archive.progress import Progress
from news.models import NewsArticlePage
from tests.archive.generate import generate


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal():
    stream = Terminal()
    progress = Progress(4, stream, "Nhập lưu trữ")
    for _ in range(4):
        progress.step()
    out = stream.getvalue()
    assert out.count("\r") == 4 and out.endswith("4/4\n")
    assert "[" + "█" * 30 + "]" in out


def test_plain_lines_in_a_log():
    stream = io.StringIO()
    progress = Progress(100, stream, "Nhập lưu trữ")
    for _ in range(100):
        progress.step()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10 and "\r" not in stream.getvalue()
    assert lines[0].startswith("Nhập lưu trữ: 10/100 (") and lines[-1].startswith(
        "Nhập lưu trữ: 100/100"
    )


@pytest.mark.slow
@pytest.mark.django_db
def test_generated_pages_import_in_one_run(news_index, tmp_path):
    """30 generated pages (one in ten HTML): all created, then all unchanged."""
    folder = generate(tmp_path / "pages", 30)
    out, err = io.StringIO(), io.StringIO()
    call_command("import_archive", str(folder), stdout=out, stderr=err)
    assert "Đã đọc 30, tạo mới 30, cập nhật 0, bỏ qua 0 (không đổi), lỗi 0" in out.getvalue()
    assert "Nhập lưu trữ: 30/30" in err.getvalue()
    assert NewsArticlePage.objects.count() == ArchivedArticle.objects.count() == 30
    out = io.StringIO()
    call_command("import_archive", str(folder), stdout=out, stderr=io.StringIO())
    assert "tạo mới 0, cập nhật 0, bỏ qua 30 (không đổi), lỗi 0" in out.getvalue()
