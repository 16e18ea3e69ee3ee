"""Attached files: their text is searchable, bad files do no harm, downloads are sane."""

import datetime
import io

import pytest
import time_machine
from django.http import QueryDict

from policies.extraction import extract_text
from policies.factories import attach, make_document, pdf_bytes
from policies.listing import parse_query, run_finder
from policies.models import DocumentText
from policies.pdfgen import make_pdf

pytestmark = pytest.mark.django_db
PHRASE = "bánh cốm làng Vòng"


def search(locale, text):
    params = QueryDict(mutable=True)
    params["q"] = text
    query = parse_query(params)
    return [r["page"].document_number for r in run_finder(query, locale).results]


def test_phrase_only_in_an_attachment_becomes_searchable(library, locale_vi):
    assert search(locale_vi, PHRASE) == []
    document = make_document(
        "Phụ lục Hà Nội",
        pdf_bytes(["Phụ lục mức hỗ trợ.", f"Sản phẩm tiêu biểu: {PHRASE}."], title="Phụ lục"),
        "phu-luc-ha-noi.pdf",
    )
    record = DocumentText.objects.get(document=document)
    assert record.outcome == DocumentText.Outcome.OK
    assert PHRASE in record.text
    attach(library["hanoi"], document)
    assert search(locale_vi, PHRASE) == ["12/2022/QĐ-UBND"]
    assert search(locale_vi, "cốm Vòng") == ["12/2022/QĐ-UBND"]


def test_a_new_file_version_is_reindexed(library, locale_vi, django_capture_on_commit_callbacks):
    document = make_document("Phụ lục", pdf_bytes(["Nội dung cũ: mứt gừng."]), "phu-luc.pdf")
    attach(library["decree"], document)
    assert search(locale_vi, "mứt gừng") == ["45/2012/NĐ-CP"]
    from django.core.files.base import ContentFile

    with django_capture_on_commit_callbacks(execute=True):
        document.file.save("phu-luc-moi.pdf", ContentFile(pdf_bytes(["Mới: chè shan tuyết."])))
    assert search(locale_vi, "shan tuyết") == ["45/2012/NĐ-CP"]
    assert search(locale_vi, "mứt gừng") == []


def _scanned_pdf():
    """A PDF whose page is only a picture: no text layer, like a scan."""
    from fpdf import FPDF
    from PIL import Image

    image = Image.new("RGB", (200, 100), (230, 230, 230))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=10, y=10, w=100)
    return bytes(pdf.output())


def test_scanned_broken_and_odd_files_are_handled(library, caplog):
    scanned = make_document("Bản quét", _scanned_pdf(), "ban-quet.pdf")
    assert DocumentText.objects.get(document=scanned).outcome == DocumentText.Outcome.EMPTY
    broken = make_document("Hỏng", b"%PDF-1.4\n garbage \x00\xff", "hong.pdf")
    record = DocumentText.objects.get(document=broken)
    assert record.outcome == DocumentText.Outcome.FAILED
    assert record.text == ""
    zipped = make_document("Nén", b"PK\x03\x04 not a docx", "nen.docx")
    assert DocumentText.objects.get(document=zipped).outcome == DocumentText.Outcome.FAILED
    sheet = make_document("Bảng", b"a,b", "bang.xlsx")
    assert DocumentText.objects.get(document=sheet).outcome == DocumentText.Outcome.UNSUPPORTED
    # Attaching them breaks neither the page nor the index.
    attach(library["decree"], scanned)
    attach(library["decree"], broken)


def test_pdf_without_a_unicode_font_still_has_words():
    text, outcome = extract_text(make_pdf(["Hỗ trợ máy móc"], font_path=""), "pdf")
    assert outcome == DocumentText.Outcome.OK
    assert "Ho tro may moc" in text


def test_docx_text_is_extracted_without_python_docx(monkeypatch):
    import sys
    import zipfile

    # python-docx is a dev requirement (tests write Word files with it); production has
    # only the runtime requirements, where `import docx` fails: act as if it did.
    monkeypatch.setitem(sys.modules, "docx", None)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "word/document.xml",
            "<w:document><w:body><w:p><w:r><w:t>Hỗ trợ đào tạo nghề mây tre</w:t></w:r></w:p>"
            "</w:body></w:document>",
        )
    text, outcome = extract_text(buffer.getvalue(), "docx")
    assert outcome == DocumentText.Outcome.OK
    assert "mây tre" in text


@time_machine.travel("2026-06-01 09:00 +0700")
def test_policy_page_lists_files_with_type_and_size(client, library):
    document = make_document("Nghị định 45 (PDF)", pdf_bytes(["Điều 1."]), "nghi-dinh-45.pdf")
    attach(library["decree"], document, title="Toàn văn Nghị định")
    html = client.get(library["decree"].url).content.decode()
    assert "Toàn văn Nghị định" in html
    assert f'href="{document.url}"' in html
    assert 'download="nghi-dinh-45.pdf"' in html
    assert "PDF, " in html
    assert "KB" in html or "bytes" in html


def test_downloads_have_a_sane_name_and_type(client):
    pdf = make_document("Quyết định 1288", pdf_bytes(["Điều 1."]), "quyet-dinh-1288.pdf")
    response = client.get(pdf.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="quyet-dinh-1288.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")

    docx = make_document("Mẫu đề án", b"PK\x03\x04...", "mau-de-an.docx")
    response = client.get(docx.url)
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response["Content-Disposition"].startswith('attachment; filename="mau-de-an.docx"')

    doc = make_document("Mẫu cũ", b"\xd0\xcf\x11\xe0", "mau-cu.doc")
    assert client.get(doc.url)["Content-Type"] == "application/msword"

    # A Vietnamese file name keeps its letters in filename* and an ASCII fallback.
    named = make_document("Tờ trình", b"\xd0\xcf\x11\xe0", "tờ-trình.doc")
    disposition = client.get(named.url)["Content-Disposition"]
    assert "filename*=UTF-8''t%E1%BB%9D-tr%C3%ACnh.doc" in disposition
    assert disposition.isascii()


def test_file_lists_and_dates(library):
    assert library["decree"].files() == []
    assert library["decree"].start_date == datetime.date(2012, 7, 10)
