"""CSV exports of the admin keep no formula a spreadsheet would run (website.patches.csv_export):
what outsiders typed (producer inquiries, search terms; reader comments in
tests/news/test_comment_moderation.py) comes out with a leading single quote, every cell
quoted, as OWASP recommends; the XLSX export keeps the text as text."""

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from showcase.models import ProducerInquiry
from website.patches.csv_export import neutralise_formula

# What an attacker types, and what a spreadsheet must show of it.
PAYLOADS = {
    '=HYPERLINK("http://evil","x")': '\'=HYPERLINK("http://evil","x")',
    "+1": "'+1",
    "-2+3": "'-2+3",
    "@SUM(A1)": "'@SUM(A1)",
}


def read_csv(response):
    """The rows of a CSV download, after checking that every cell is quoted."""
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    for line in text.splitlines():
        assert line.startswith('"') and line.endswith('"'), line
    return list(csv.reader(io.StringIO(text)))


def assert_neutralised(rows, column):
    """Each payload of PAYLOADS, as typed, is in ``column`` with its leading quote."""
    cells = {row[column] for row in rows[1:]}
    for typed, shown in PAYLOADS.items():
        assert shown in cells, (typed, cells)
        assert typed not in cells


def test_helper_quotes_every_formula_start_and_nothing_else():
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise_formula(f"{start}1+1") == f"'{start}1+1"
    for value in ("Nguyễn Văn An", "0912 345 678", "a=1", "", " =1"):
        assert neutralise_formula(value) == value
    for value in (-2, 3.5, None, True, dt.date(2025, 5, 20)):
        assert neutralise_formula(value) == value


@pytest.fixture
def moderator(db):
    user = User.objects.create_user("kiemduyet", "kd@example.vn", "mat-khau-dai-123")
    user.groups.add(Group.objects.get(name="Kiểm duyệt"))
    return user


@pytest.mark.django_db
def test_inquiries_csv_neutralises_formulas(client, moderator):
    for typed in PAYLOADS:
        ProducerInquiry.objects.create(
            product_title="Mành tre xuất khẩu",
            name=typed,
            organisation=typed,
            phone=typed,
            message=f"{typed} Xin báo giá 500 bộ mành tre.",
        )
    ProducerInquiry.objects.create(
        product_title="Gốm Bát Tràng",
        name="Trần Thị Thu",
        phone="0912 345 678",
        message="Xin báo giá bộ ấm chén.",
    )
    client.force_login(moderator)
    rows = read_csv(client.get("/admin/showcase_inquiry/?export=csv"))
    header = rows[0]
    for column in ("Họ và tên", "Cơ quan, đơn vị", "Điện thoại"):
        assert_neutralised(rows, header.index(column))
    messages = {row[header.index("Lời nhắn")] for row in rows[1:]}
    assert "'-2+3 Xin báo giá 500 bộ mành tre." in messages
    # Ordinary text is unchanged.
    thu = next(row for row in rows if "Trần Thị Thu" in row)
    assert thu[header.index("Điện thoại")] == "0912 345 678"
    assert thu[header.index("Lời nhắn")] == "Xin báo giá bộ ấm chén."


@pytest.mark.django_db
def test_search_terms_typed_by_readers_are_neutralised(client, home):
    for typed in PAYLOADS:
        assert client.get("/tim-kiem/", {"q": typed}).status_code == 200
    admin = User.objects.create_superuser("quantri", "qt@example.vn", "mat-khau-dai-123")
    client.force_login(admin)
    rows = read_csv(client.get(reverse("wagtailsearchpromotions:search_terms") + "?export=csv"))
    cells = {row[0] for row in rows[1:]}
    # The search log keeps queries in lower case.
    assert '\'=hyperlink("http://evil","x")' in cells
    assert {"'+1", "'-2+3", "'@sum(a1)"} <= cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
